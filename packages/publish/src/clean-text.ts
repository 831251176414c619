/**
 * Characters that may not appear in XML 1.0 (C0 controls other than tab, line feed and
 * carriage return; lone surrogates; U+FFFE, U+FFFF) plus those XML 1.0 discourages and
 * feed validators warn about (DEL, C1 controls, the noncharacters U+FDD0..U+FDEF).
 */
const unwanted = /[^\t\n\r\u0020-\u007E\u00A0-\uD7FF\uE000-\uFDCF\uFDF0-\uFFFD\u{10000}-\u{10FFFF}]/gu

/**
 * Remove every character that is illegal (or discouraged) in XML 1.0, so that the value can
 * go into any feed or front matter as text.
 *
 * @param value Any string, possibly with control characters or lone surrogates.
 * @returns The string without them; everything else is kept as is.
 */
export function cleanText(value: string): string {
  return value.replace(unwanted, '')
}

/**
 * Clean a value for use on one line: illegal characters removed, runs of ASCII whitespace
 * (tabs, line breaks) collapsed to one space, and the ends trimmed.
 *
 * @param value Any string.
 * @returns The cleaned single-line string (may be empty).
 */
export function cleanLine(value: string): string {
  return cleanText(value).replace(/[\t\n\v\f\r ]+/g, ' ').trim()
}
