/**
 * Characters that may not appear in XML 1.0 (C0 controls other than tab, line feed and
 * carriage return; lone surrogates; U+FFFE, U+FFFF) plus those XML 1.0 discourages and
 * feed validators warn about (DEL, C1 controls, the noncharacters U+FDD0..U+FDEF).
 */
const unwanted = /[^\t\n\r\u0020-\u007E\u00A0-\uD7FF\uE000-\uFDCF\uFDF0-\uFFFD\u{10000}-\u{10FFFF}]/gu

/**
 * A superset of `unwanted` that needs no `u` flag (surrogates, paired or not, count), so
 * the common clean string is checked by a fast scan and returned as it is.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point
const suspect = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uD800-\uDFFF\uFDD0-\uFDEF\uFFFE\uFFFF]/

/**
 * `suspect` and anything else `cleanLine` changes inside a value (ASCII whitespace other
 * than one space, two spaces), in one scan; whitespace at the ends is checked apart
 * (`\s$` in the same expression would be tried at every position).
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point
const untidy = /[\u0000-\u001F\u007F-\u009F\uD800-\uDFFF\uFDD0-\uFDEF\uFFFE\uFFFF]| {2}/

/** What `trim` removes (and `\s` matches), for the characters at the ends. */
const space = /\s/

function isSpace(code: number): boolean {
  // ASCII first: the rest of `\s` (U+00A0, U+2028, U+FEFF...) is rare.
  return code === 32 || (code >= 9 && code <= 13) || (code >= 0xa0 && space.test(String.fromCharCode(code)))
}

/**
 * Remove every character that is illegal (or discouraged) in XML 1.0, so that the value can
 * go into any feed or front matter as text.
 *
 * @param value Any string, possibly with control characters or lone surrogates.
 * @returns The string without them; everything else is kept as is.
 */
export function cleanText(value: string): string {
  return suspect.test(value) ? value.replace(unwanted, '') : value
}

/**
 * Clean a value for use on one line: illegal characters removed, runs of ASCII whitespace
 * (tabs, line breaks) collapsed to one space, and the ends trimmed.
 *
 * @param value Any string.
 * @returns The cleaned single-line string (may be empty).
 */
export function cleanLine(value: string): string {
  if (value === '') return value
  if (!untidy.test(value) && !isSpace(value.charCodeAt(0)) && !isSpace(value.charCodeAt(value.length - 1))) return value
  return cleanText(value).replace(/[\t\n\v\f\r ]+/g, ' ').trim()
}
