/** Windows-1252 code points for bytes 0x80-0x9F (the rest equal ISO-8859-1); unassigned bytes keep their C1 value. */
const high = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc,
  0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178
]

/**
 * Decode Windows-1252 (what WHATWG also uses for `iso-8859-1` and `us-ascii` labels).
 * Done by hand because Node's `TextDecoder` decodes this label as ISO-8859-1 in some builds,
 * turning curly quotes and dashes into C1 control characters.
 *
 * @param bytes Source bytes.
 * @returns Decoded text.
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = []
  const chunk = 8192
  for (let start = 0; start < bytes.length; start += chunk) {
    const codes: number[] = []
    const end = Math.min(bytes.length, start + chunk)
    for (let index = start; index < end; index++) {
      const byte = bytes[index] as number
      codes.push(byte >= 0x80 && byte < 0xa0 ? (high[byte - 0x80] as number) : byte)
    }
    parts.push(String.fromCharCode(...codes))
  }
  return parts.join('')
}
