/** Sections whose `&` is not a reference (CDATA, comments, PIs), or an `&` that starts no reference. */
const token = /<!\[CDATA\[[\s\S]*?(?:\]\]>|$)|<!--[\s\S]*?(?:-->|$)|<\?[\s\S]*?(?:\?>|$)|&(?![A-Za-z_][\w.-]*;|#[0-9]+;|#x[0-9A-Fa-f]+;)/g

/**
 * Escape every `&` that starts no character or entity reference (`AT&T`, `Q&A`, `fish & chips`),
 * the most common defect of hand-made feeds; CDATA sections and comments are left alone.
 *
 * @param text XML document.
 * @returns The repaired text, how many were escaped, and the offset of the first.
 */
export function escapeBareAmpersands(text: string): {text: string; count: number; first: number} {
  let count = 0
  let first = -1
  const repaired = text.replace(token, (match: string, offset: number) => {
    if (match !== '&') return match
    count++
    if (first === -1) first = offset
    return '&amp;'
  })
  return {text: repaired, count, first}
}
