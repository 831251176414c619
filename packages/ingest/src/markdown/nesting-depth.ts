/** Container markers (`>`, list bullets, ordered list numbers) at the start of a line. */
const prefix = /^(?:[ \t]*(?:>|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t])))*/

/** Most containers (block quotes, list items) a line of an article may open. */
export const maxMarkdownMarkers = 12

/** Most leading columns a line may be indented. */
export const maxMarkdownIndent = 48

/**
 * Find the first line nested deeper than Markdown parsers handle quickly: many nested block
 * quotes or lists make parsing time grow with the cube of the depth, a cheap way to hang a
 * reader. Real articles stay far below the limits.
 *
 * @param text Markdown body.
 * @returns The 1-indexed line (relative to `text`) that is too deep, or undefined.
 */
export function tooDeepLine(text: string): number | undefined {
  let line = 0
  for (const value of text.split('\n')) {
    line++
    // Only indentation, `>`, bullets and numbers can nest: most lines start otherwise.
    const first = value.charCodeAt(0)
    if (!(first === 32 || first === 9 || first === 62 || first === 42 || first === 43 || first === 45 || (first >= 48 && first <= 57))) continue
    const head = prefix.exec(value)?.[0] ?? ''
    const markers = head.replace(/[^>*+\-\d]/g, '').replace(/\d+/g, '1').length
    const indent = /^[ \t]*/.exec(value.slice(head.length))?.[0].replace(/\t/g, '    ').length ?? 0
    if (markers > maxMarkdownMarkers || head.length + indent > maxMarkdownIndent) return line
  }
  return undefined
}
