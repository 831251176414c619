/** Tags, and the constructs whose content is not markup (CDATA, comments, PIs, doctype). */
const token = /<!\[CDATA\[[\s\S]*?(?:\]\]>|$)|<!--[\s\S]*?(?:-->|$)|<\?[\s\S]*?(?:\?>|$)|<!DOCTYPE[^>[]*(?:\[[\s\S]*?\])?[^>]*>|<(\/?)[A-Za-z_][^<>]*?(\/?)>/g

/**
 * Find where an XML document first nests deeper than `limit`, with a cheap scan over its
 * tags, before a namespace-aware parser (whose cost grows with depth times tags) sees it.
 *
 * @param text XML document.
 * @param limit Deepest nesting allowed.
 * @returns Offset of the first tag past the limit, or undefined.
 */
export function xmlTooDeepAt(text: string, limit: number): number | undefined {
  let depth = 0
  token.lastIndex = 0
  for (let match = token.exec(text); match; match = token.exec(text)) {
    if (match[1] === undefined) continue
    if (match[1] === '/') depth = Math.max(0, depth - 1)
    else if (match[2] !== '/') {
      depth++
      if (depth > limit) return match.index
    }
  }
  return undefined
}
