import {createHash} from 'node:crypto'
import {equals, type LexiconTable, lexiconTable} from './pos-lexicon.js'

/**
 * SHA-256 of the lexicon `scanLexicon` is known to read exactly (pos
 * 0.4.2's `lexicon.js`; `test/pos-lexicon.test.ts` checks the installed
 * one). Only a digest: nothing of the file is shipped.
 */
export const knownLexiconDigest = 'ea4b1ed9660e47a1e9d0ba786edd9ec3f8b0d01705ef3a772407a4478956d045'

/** What opens every key of the known lexicon, and nothing else in it. */
const keyOpening = '\n    "'

/**
 * Whether `bytes` are the known lexicon (a hash of 4 MB: a few ms).
 *
 * @param bytes
 *   Bytes of `pos/lexicon.js`.
 * @returns
 *   Whether `indexKnownLexicon` may read them.
 */
export function isKnownLexicon(bytes: Uint8Array): boolean {
  return createHash('sha256').update(bytes).digest('hex') === knownLexiconDigest
}

/**
 * The known lexicon's table, without `scanLexicon`'s validation of every
 * byte (done once, by the tests, for this very file): its keys are found
 * with a native string search for their line opening, and as the file has
 * no duplicate keys, an entry goes in the first free slot. About half the
 * CPU of the scan (most of which is spent before V8 optimizes it; the loop
 * is kept small and call-free for that reason).
 *
 * @param bytes
 *   Bytes of the known lexicon (`isKnownLexicon`).
 * @returns
 *   The same answers as `scanLexicon(bytes)`.
 */
export function indexKnownLexicon(bytes: Uint8Array): LexiconTable {
  // Offsets of keys (0: free; no key starts at byte 0), about one third full.
  const slots = new Int32Array(2 ** Math.max(4, Math.ceil(Math.log2(bytes.length / 16))))
  const mask = slots.length - 1
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('latin1')
  let size = 0
  for (let at = text.indexOf(keyOpening); at !== -1; at = text.indexOf(keyOpening, at)) {
    at += keyOpening.length
    const key = at
    // FNV-1a over the key's characters (an escape stands for the byte after it), as `scanLexicon` hashes.
    let hash = 0x811c9dc5 | 0
    let byte = bytes[at] as number
    while (byte !== 0x22) {
      if (byte === 0x5c) byte = bytes[++at] as number
      hash = Math.imul(hash ^ byte, 16_777_619)
      byte = bytes[++at] as number
    }
    let slot = hash & mask
    while (slots[slot] !== 0) slot = (slot + 1) & mask
    slots[slot] = key
    size++
  }
  return lexiconTable(bytes, size, (word) => {
    let hash = 0x811c9dc5 | 0
    for (let k = 0; k < word.length; k++) {
      const code = word.charCodeAt(k)
      // Keys are printable ASCII.
      if (code < 0x20 || code > 0x7e) return -1
      hash = Math.imul(hash ^ code, 16_777_619)
    }
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const key = slots[slot] as number
      if (key === 0) return -1
      if (equals(bytes, key, word)) return key
    }
  })
}
