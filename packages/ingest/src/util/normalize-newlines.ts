/**
 * Normalize line endings to `\n` (CRLF and lone CR, as old Mac wire systems wrote them).
 *
 * @param text Decoded text.
 * @returns The text with `\n` line endings only.
 */
export function normalizeNewlines(text: string): string {
  return text.replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n')
}
