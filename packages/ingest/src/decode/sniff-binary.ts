/** Signatures of common binary formats that may contain no NUL byte early on. */
const magic: ReadonlyArray<{name: string; bytes: number[]}> = [
  {name: 'PDF', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d]},
  {name: 'ZIP (or docx, epub)', bytes: [0x50, 0x4b, 0x03, 0x04]},
  {name: 'gzip', bytes: [0x1f, 0x8b]},
  {name: 'PNG', bytes: [0x89, 0x50, 0x4e, 0x47]},
  {name: 'JPEG', bytes: [0xff, 0xd8, 0xff]},
  {name: 'GIF', bytes: [0x47, 0x49, 0x46, 0x38]},
  {name: 'Word 97-2003', bytes: [0xd0, 0xcf, 0x11, 0xe0]}
]

/** How many leading bytes are looked at. */
const window = 8192

/**
 * Tell whether `bytes` look like a binary file rather than text in any encoding
 * (a known signature, a NUL byte, or many control characters in the first 8 KB).
 * Call it only when there is no UTF-16 byte order mark.
 *
 * @param bytes Source bytes.
 * @returns The kind of binary file (e.g. `PDF`, `binary`), or `undefined` for text.
 */
export function sniffBinary(bytes: Uint8Array): string | undefined {
  for (const {name, bytes: signature} of magic) {
    if (signature.every((byte, index) => bytes[index] === byte)) return name
  }
  const end = Math.min(bytes.length, window)
  let controls = 0
  for (let index = 0; index < end; index++) {
    const byte = bytes[index] as number
    if (byte === 0) return 'binary'
    // Tab, LF, VT, FF, CR and ESC appear in real text; other C0 bytes rarely do.
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0b && byte !== 0x0c && byte !== 0x0d && byte !== 0x1b) controls++
  }
  return end > 0 && controls / end > 0.1 ? 'binary' : undefined
}

/**
 * Guess UTF-16 without a byte order mark: ASCII-heavy UTF-16 has a NUL in every other byte.
 *
 * @param bytes Source bytes.
 * @returns `utf-16le`, `utf-16be`, or `undefined`.
 */
export function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const end = Math.min(bytes.length - (bytes.length % 2), 512)
  if (end < 4) return undefined
  let evenZero = 0
  let oddZero = 0
  for (let index = 0; index < end; index += 2) {
    if (bytes[index] === 0) evenZero++
    if (bytes[index + 1] === 0) oddZero++
  }
  const pairs = end / 2
  if (oddZero / pairs > 0.4 && evenZero / pairs < 0.05) return 'utf-16le'
  if (evenZero / pairs > 0.4 && oddZero / pairs < 0.05) return 'utf-16be'
  return undefined
}
