/**
 * The matches `text.matchAll(pattern)` yields, as an array, from `exec` on
 * `pattern` itself: `matchAll` first copies the pattern (a new `RegExp` per
 * call), which costs more than the search on a short text.
 *
 * @param pattern
 *   Global (`g`) pattern; its `lastIndex` is set to 0 first and is 0 after.
 * @param text
 *   Text to search.
 * @returns
 *   Matches in order (an empty match moves on by one character, as in
 *   `matchAll`).
 */
export function allMatches(pattern: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = []
  pattern.lastIndex = 0
  for (;;) {
    const match = pattern.exec(text)
    if (match === null) break
    out.push(match)
    if (match[0].length === 0) pattern.lastIndex = advance(text, pattern.lastIndex, pattern.unicode || pattern.flags.includes('v'))
  }
  pattern.lastIndex = 0
  return out
}

/** The ECMAScript AdvanceStringIndex: the next index, past a surrogate pair in unicode mode. */
function advance(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1
  const code = text.charCodeAt(index)
  if (code < 0xd800 || code > 0xdbff) return index + 1
  const next = text.charCodeAt(index + 1)
  return next >= 0xdc00 && next <= 0xdfff ? index + 2 : index + 1
}
