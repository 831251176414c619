import {createHash} from 'node:crypto'
import {CopydeskError} from '@copydesk/schema'
import {openingWordList} from './article-id.js'

/**
 * What duplicate detection needs of one article body, small enough to keep for every
 * article of a run and to cache as JSON (about 420 bytes): a hash of its words (exact
 * duplicates), how many distinct word 5-grams it has, and a MinHash signature of those
 * 5-grams (near duplicates). `findDuplicates` gives the same result for an article's
 * fingerprint as for its text.
 */
export interface Fingerprint {
  /** Format version (`fingerprintVersion`); fingerprints of another version cannot be compared. */
  version: typeof fingerprintVersion
  /** 32 lowercase hex digits: the first 128 bits of the SHA-256 of the body's words (see `openingWords`). */
  words: string
  /** Distinct word 5-grams (0 under 5 words). */
  shingles: number
  /** MinHash signature: `signatureLength` 16-bit values, big-endian, in base64; empty when `shingles` is 0. */
  minhash: string
}

/** Version of the `Fingerprint` format; changes whenever hashing or signatures change. */
export const fingerprintVersion = 1

/** Slots in a MinHash signature. */
export const signatureLength = 128

/**
 * A fingerprint as `findDuplicates` works on it: what `fingerprint` serializes, decoded. A
 * caller that stores many can keep these (in its own binary form) and pass them as
 * `{id, signature}` items, with no base64 to decode.
 */
export interface Signature {
  words: string
  shingles: number
  /** `signatureLength` values, or none when there are no shingles. */
  minhash: Uint16Array
}

const shingleSize = 5
const binBits = 7 // 2 ** binBits === signatureLength
const seed = 0x5eed_c0de

/**
 * Fingerprint an article body for `findDuplicates` (and for caching between runs).
 *
 * The words are taken as `openingWords(text, Infinity)` gives them (NFKC, lower case, quotes
 * and punctuation ignored), so typography never makes two bodies differ. Each word 5-gram is
 * hashed once (32-bit MurmurHash3 of the words' FNV-1a hashes, in JavaScript, so the same on
 * every platform) and the signature is a one-permutation MinHash: the top 7 bits of a hash
 * pick one of 128 slots, each slot keeps its smallest hash (its low 16 bits are stored), and
 * empty slots borrow from others by a fixed probe sequence (optimal densification,
 * Shrivastava 2017). The share of equal slots of two signatures estimates the Jaccard
 * similarity of their 5-gram sets (standard error about 0.035 at 0.8).
 *
 * @param text The body text (`article.text`).
 * @returns A JSON-serializable fingerprint.
 */
export function fingerprint(text: string): Fingerprint {
  const signature = signatureOf(text)
  const bytes = Buffer.alloc(signature.minhash.length * 2)
  for (let index = 0; index < signature.minhash.length; index++) bytes.writeUInt16BE(signature.minhash[index] as number, index * 2)
  return {version: fingerprintVersion, words: signature.words, shingles: signature.shingles, minhash: bytes.toString('base64')}
}

/**
 * Compute the signature of a body (what `fingerprint` serializes).
 *
 * @param text The body text.
 * @returns Words hash, shingle count and MinHash values.
 */
export function signatureOf(text: string): Signature {
  const ascii = asciiWordHashes(text)
  if (ascii) return signatureFrom(ascii.hashes, ascii.count, createHash('sha256').update(ascii.words).digest('hex').slice(0, 32))
  const list = openingWordList(text, Number.POSITIVE_INFINITY)
  const wordHashes = new Uint32Array(list.length)
  list.forEach((word, index) => {
    wordHashes[index] = fnv1a(word)
  })
  return signatureFrom(wordHashes, list.length, hashWords(list.join(' ')))
}

/** The signature of `count` words, given their FNV-1a hashes and the hash of the words. */
function signatureFrom(wordHashes: Uint32Array, wordCount: number, words: string): Signature {
  const count = Math.max(0, wordCount - shingleSize + 1)
  const mins = new Uint32Array(signatureLength)
  const filled = new Uint8Array(signatureLength)
  const hashes = new Uint32Array(count)
  for (let start = 0; start < count; start++) {
    const hash = shingleHash(wordHashes, start)
    hashes[start] = hash
    const bin = hash >>> (32 - binBits)
    const rest = hash & 0x1ff_ffff
    if (filled[bin] === 0 || rest < (mins[bin] as number)) {
      mins[bin] = rest
      filled[bin] = 1
    }
  }
  const shingles = distinctCount(hashes)
  return {words, shingles, minhash: shingles === 0 ? new Uint16Array(0) : densify(mins, filled)}
}

// Scratch space of asciiWordHashes (grown as needed): the words' bytes and hashes.
let wordBytes = new Uint8Array(0)
let wordHashScratch = new Uint32Array(0)

/**
 * The words of an ASCII text as `openingWordList(text, Infinity)` gives them (lower case,
 * apostrophes dropped, runs of `[a-z0-9]`), in one pass without a string per word: their
 * FNV-1a hashes and the UTF-8 of `words.join(' ')` (for ASCII, one byte per character).
 * Undefined when the text has a character above U+007F (NFKC and Unicode lower case apply).
 */
function asciiWordHashes(text: string): {hashes: Uint32Array; count: number; words: Uint8Array} | undefined {
  const length = text.length
  if (wordBytes.length < length + 1) {
    wordBytes = new Uint8Array(length + 1)
    wordHashScratch = new Uint32Array((length >>> 1) + 1)
  }
  const bytes = wordBytes
  const hashes = wordHashScratch
  let size = 0
  let count = 0
  let hash = 0x811c_9dc5
  let inWord = false
  for (let index = 0; index < length; index++) {
    let code = text.charCodeAt(index)
    if (code > 0x7f) return undefined
    if (code >= 0x41 && code <= 0x5a) code += 0x20
    if ((code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39)) {
      if (!inWord) {
        if (count > 0) bytes[size++] = 0x20
        inWord = true
        hash = 0x811c_9dc5
      }
      bytes[size++] = code
      hash = Math.imul(hash ^ code, 0x0100_0193)
    } else if (code !== 0x27 && inWord) {
      // An apostrophe is dropped before words are split, so it does not end one.
      hashes[count++] = hash >>> 0
      inWord = false
    }
  }
  if (inWord) hashes[count++] = hash >>> 0
  return {hashes, count, words: bytes.subarray(0, size)}
}

// Scratch space of distinctCount (grown as needed): an open-addressing set of 32-bit values.
let setValues = new Uint32Array(0)
let setUsed = new Uint8Array(0)

/**
 * How many different values an array of hashes holds: the size of a `Set` of them, counted in
 * a table of typed arrays (no heap number per value). The values are MurmurHash3 outputs, so
 * their low bits pick a slot well.
 */
function distinctCount(values: Uint32Array): number {
  if (values.length < 2) return values.length
  let size = 64
  while (size < values.length * 2) size *= 2
  if (setValues.length < size) {
    setValues = new Uint32Array(size)
    setUsed = new Uint8Array(size)
  }
  const table = setValues
  const used = setUsed
  used.fill(0, 0, size)
  const mask = size - 1
  let distinct = 0
  for (let index = 0; index < values.length; index++) {
    const value = values[index] as number
    let slot = value & mask
    while (used[slot] === 1 && table[slot] !== value) slot = (slot + 1) & mask
    if (used[slot] === 0) {
      used[slot] = 1
      table[slot] = value
      distinct++
    }
  }
  return distinct
}

/**
 * Check and decode a fingerprint (from a cache, say).
 *
 * @param print The fingerprint.
 * @returns Its signature.
 * @throws {CopydeskError} `INPUT` when it is not a fingerprint of this version.
 */
export function readFingerprint(print: Fingerprint): Signature {
  const bytes = typeof print?.minhash === 'string' ? Buffer.from(print.minhash, 'base64') : Buffer.alloc(1)
  const shingles = print?.shingles
  if (
    print?.version !== fingerprintVersion ||
    typeof print.words !== 'string' ||
    !/^[0-9a-f]{32}$/.test(print.words) ||
    typeof shingles !== 'number' ||
    !Number.isSafeInteger(shingles) ||
    shingles < 0 ||
    bytes.length !== (shingles === 0 ? 0 : signatureLength * 2)
  ) {
    throw new CopydeskError('INPUT', `Not a fingerprint of version ${fingerprintVersion}: \`${JSON.stringify(print)?.slice(0, 120)}\`; compute it again with \`fingerprint(text)\``)
  }
  const minhash = new Uint16Array(bytes.length / 2)
  for (let index = 0; index < minhash.length; index++) minhash[index] = bytes.readUInt16BE(index * 2)
  return {words: print.words, shingles, minhash}
}

/**
 * Check a signature given as is (a caller that keeps signatures in its own binary form, say).
 *
 * @param signature The signature, as `signatureOf` gives it.
 * @returns The same signature.
 * @throws {CopydeskError} `INPUT` when its fields are not those of a signature of this version.
 */
export function checkSignature(signature: Signature): Signature {
  const shingles = signature?.shingles
  if (
    typeof signature?.words !== 'string' ||
    !/^[0-9a-f]{32}$/.test(signature.words) ||
    typeof shingles !== 'number' ||
    !Number.isSafeInteger(shingles) ||
    shingles < 0 ||
    !(signature.minhash instanceof Uint16Array) ||
    signature.minhash.length !== (shingles === 0 ? 0 : signatureLength)
  ) {
    throw new CopydeskError('INPUT', `Not a signature of fingerprint version ${fingerprintVersion} (words, shingles, ${signatureLength} MinHash values); compute it again with \`signatureOf(text)\``)
  }
  return signature
}

function hashWords(words: string): string {
  return createHash('sha256').update(words).digest('hex').slice(0, 32)
}

/** Fill empty slots from non-empty ones: slot `j` takes the first filled slot of its own fixed probe sequence. */
function densify(mins: Uint32Array, filled: Uint8Array): Uint16Array {
  const result = new Uint16Array(signatureLength)
  for (let slot = 0; slot < signatureLength; slot++) {
    let from = slot
    for (let attempt = 1; filled[from] === 0; attempt++) {
      // The probe sequence ends with probability 1; a scan guarantees it ends in bounded steps.
      from = attempt <= 4096 ? fmix(Math.imul(slot + 1, 0x9e37_79b1) ^ Math.imul(attempt, 0x85eb_ca6b) ^ seed) >>> (32 - binBits) : (slot + attempt) % signatureLength
    }
    result[slot] = (mins[from] as number) & 0xffff
  }
  return result
}

function fnv1a(word: string): number {
  let hash = 0x811c_9dc5
  for (let index = 0; index < word.length; index++) hash = Math.imul(hash ^ word.charCodeAt(index), 0x0100_0193)
  return hash >>> 0
}

/** MurmurHash3 (x86, 32-bit) of the five word hashes from `start`. */
function shingleHash(wordHashes: Uint32Array, start: number): number {
  let hash = seed
  for (let offset = 0; offset < shingleSize; offset++) {
    let block = Math.imul(wordHashes[start + offset] as number, 0xcc9e_2d51)
    block = Math.imul((block << 15) | (block >>> 17), 0x1b87_3593)
    hash ^= block
    hash = (hash << 13) | (hash >>> 19)
    hash = (Math.imul(hash, 5) + 0xe654_6b64) | 0
  }
  return fmix(hash ^ (shingleSize * 4))
}

/**
 * MurmurHash3's finalizer: spreads every input bit over the 32 output bits.
 *
 * @param value A 32-bit integer.
 * @returns Its mix, unsigned.
 */
export function fmix(value: number): number {
  let hash = value
  hash = Math.imul(hash ^ (hash >>> 16), 0x85eb_ca6b)
  hash = Math.imul(hash ^ (hash >>> 13), 0xc2b2_ae35)
  return (hash ^ (hash >>> 16)) >>> 0
}
