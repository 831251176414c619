/** Control characters no text format allows in output (C0 except tab/LF, DEL, C1). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point
const controls = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g

/** Result of `stripControls`. */
export interface StripResult {
  text: string
  /** How many characters were removed or replaced. */
  count: number
  /** Offset (in the input) of the first one, or -1. */
  first: number
}

/**
 * Remove control characters that would make output invalid (XML 1.0 forbids most C0
 * characters; C1 characters are mis-decoded bytes). A form feed or vertical tab, used
 * as page or line breaks by some wire systems, becomes a line break.
 *
 * @param text Text with `\n` line endings.
 * @returns The cleaned text, how many were found, and where the first was.
 */
export function stripControls(text: string): StripResult {
  let count = 0
  let first = -1
  const cleaned = text.replace(controls, (character, offset: number) => {
    count++
    if (first === -1) first = offset
    return character === '\f' || character === '\v' ? '\n' : ''
  })
  return {text: cleaned, count, first}
}
