const email = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu
const prefix = /^(?:contact the (?:writer|reporter|author)s?(?: at)?|e-?mail|contact|reporter|write to)\s*[:-]?\s*/iu

/** Longer lines are story text, not e-mail lines. */
export const maxEmailLineLength = 300

/**
 * Parse a line that holds only reporter e-mail addresses (optionally after `E-mail:`,
 * `Contact:` or `Contact the writer at`, optionally in `<...>`, separated by commas,
 * semicolons, `and` or spaces).
 *
 * @param line A trimmed line.
 * @returns The addresses (lower-cased), or `undefined` when the line holds anything else.
 */
export function parseEmailLine(line: string): string[] | undefined {
  if (line.length > maxEmailLineLength || !line.includes('@')) return undefined
  const rest = line.trim().replace(prefix, '')
  const found = rest.match(email)
  if (!found) return undefined
  const leftover = rest.replace(email, '').replace(/[<>()[\],;.|/\s]|\band\b/gi, '')
  if (leftover !== '') return undefined
  return found.map((address) => address.toLowerCase().replace(/\.$/, ''))
}
