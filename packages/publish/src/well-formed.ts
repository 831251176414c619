const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/**
 * Replace lone surrogates (half of an emoji cut off) with U+FFFD. The string keeps its
 * length, so tag offsets into it stay valid, and it can be written as I-JSON (RFC 7493).
 *
 * @param value Any string.
 * @returns A well-formed UTF-16 string of the same length.
 */
export function wellFormed(value: string): string {
  return value.replace(loneSurrogate, '\uFFFD')
}
