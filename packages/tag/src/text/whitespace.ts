/**
 * Whether a UTF-16 code unit is what `\s` matches in a JavaScript regular
 * expression (with or without the `u` flag): the ECMAScript WhiteSpace and
 * LineTerminator characters. The same answer as `/\s/.test(text.charAt(i))`
 * for `text.charCodeAt(i)`, without the call and the one-character string.
 *
 * @param code
 *   Code unit (`charCodeAt`), or `NaN` past the end (not whitespace).
 * @returns
 *   Whether it is whitespace.
 */
export function isWhitespace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d)
  if (code < 0xa0) return false
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  )
}
