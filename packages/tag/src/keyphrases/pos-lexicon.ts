/**
 * First tags of [`pos`](https://github.com/dariusk/pos-js)'s lexicon, read
 * from its source (`pos/lexicon.js`, `module.exports = {"word": ["NN", ...],
 * ...};`) without evaluating it. Evaluating the 4 MB object literal costs
 * about 0.3 s of CPU per process (92,662 properties, one array each); this
 * scan builds an open-addressing hash table of byte offsets into the file
 * instead (about 0.05-0.08 s with the read) and decodes a word's first tag only when asked.
 *
 * The file stays `pos`'s own, unmodified (LGPL-3.0): nothing derived from it
 * is shipped. The scan accepts only what it can read exactly as JavaScript
 * would (ASCII, string escapes `\\ \" \' \/`, no `__proto__` key; a later
 * duplicate key wins); anything else throws, and the caller evaluates the
 * file instead.
 */

/** Lookup of a word's own lexicon entry. */
export interface LexiconTable {
  /** Number of distinct words. */
  readonly size: number
  /**
   * The first tag of `word`'s own entry (`'undefined'` for an empty tag
   * list, as `String(entry[0])` gives), `undefined` when the lexicon has no
   * such own property.
   */
  get(word: string): string | undefined
}

const quote = 0x22
const backslash = 0x5c

function isSpace(byte: number): boolean {
  return byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09
}

function fail(at: number, reason: string): never {
  throw new Error(`Unexpected pos lexicon source at byte ${at}: ${reason}`)
}

/** The character an escape `\<byte>` stands for (only those JSON and JS read alike, plus `\'`). */
function escaped(byte: number, at: number): number {
  if (byte === quote || byte === backslash || byte === 0x27 || byte === 0x2f) return byte
  return fail(at, 'unsupported escape')
}

/** FNV-1a over UTF-16 code units. */
function hashStep(hash: number, code: number): number {
  return Math.imul(hash ^ code, 16_777_619)
}

const fnvOffset = 0x811c9dc5 | 0

function hashOf(word: string): number {
  let hash = fnvOffset
  for (let k = 0; k < word.length; k++) hash = hashStep(hash, word.charCodeAt(k))
  return hash
}

const protoHash = hashOf('__proto__')

/** Position after the whitespace and block comments from `at` on. */
function skipSpace(bytes: Uint8Array, at: number): number {
  const length = bytes.length
  for (;;) {
    while (at < length && isSpace(bytes[at] as number)) at++
    // A block comment (the file opens with one).
    if (at + 1 < length && bytes[at] === 0x2f && bytes[at + 1] === 0x2a) {
      const end = indexOf(bytes, 0x2a, 0x2f, at + 2)
      if (end === -1) fail(at, 'unterminated comment')
      at = end + 2
    } else return at
  }
}

/** Position after `text`, which must be at `at`. */
function expect(bytes: Uint8Array, at: number, text: string): number {
  for (let k = 0; k < text.length; k++) {
    if (at + k >= bytes.length || bytes[at + k] !== text.charCodeAt(k)) fail(at, `expected \`${text}\``)
  }
  return at + text.length
}

/** Position after the (validated) string whose opening quote is at `at`. */
function skipString(bytes: Uint8Array, at: number): number {
  const length = bytes.length
  if (at >= length || bytes[at] !== quote) fail(at, 'expected a string')
  at++
  for (;;) {
    if (at >= length) fail(at, 'unterminated string')
    const byte = bytes[at] as number
    if (byte === quote) break
    if (byte < 0x20 || byte > 0x7e) fail(at, 'control or non-ASCII byte')
    if (byte === backslash) {
      at++
      if (at >= length) fail(at, 'unterminated string')
      escaped(bytes[at] as number, at)
    }
    at++
  }
  return at + 1
}

/**
 * An open-addressing hash table of entries, two numbers a slot (8 bytes, so
 * building it touches little memory): the key's hash and its offset (0 for
 * a free slot: a key never starts at byte 0).
 */
class Slots {
  readonly capacity: number
  readonly cells: Int32Array
  size = 0

  constructor(capacity: number) {
    this.capacity = capacity
    this.cells = new Int32Array(capacity * 2)
  }

  /** Add an entry (a duplicate key replaces the earlier entry, as in an object literal). */
  place(bytes: Uint8Array, hash: number, key: number): void {
    const {cells} = this
    const mask = this.capacity - 1
    let slot = hash & mask
    for (;;) {
      const at = slot * 2
      const other = cells[at + 1] as number
      if (other === 0) {
        cells[at] = hash
        cells[at + 1] = key
        this.size++
        return
      }
      if (cells[at] === hash && decode(bytes, other) === decode(bytes, key)) {
        cells[at + 1] = key
        return
      }
      slot = (slot + 1) & mask
    }
  }

  /** The same entries in a table twice as large. */
  grown(bytes: Uint8Array): Slots {
    const next = new Slots(this.capacity * 2)
    const {cells} = this
    for (let at = 0; at < cells.length; at += 2) {
      const key = cells[at + 1] as number
      if (key !== 0) next.place(bytes, cells[at] as number, key)
    }
    return next
  }

  /** Offset of the key `word`, or -1 when there is none. */
  find(bytes: Uint8Array, word: string): number {
    let hash = fnvOffset
    for (let k = 0; k < word.length; k++) {
      const code = word.charCodeAt(k)
      // Keys are printable ASCII.
      if (code < 0x20 || code > 0x7e) return -1
      hash = hashStep(hash, code)
    }
    const {cells} = this
    const mask = this.capacity - 1
    let slot = hash & mask
    for (;;) {
      const at = slot * 2
      const key = cells[at + 1] as number
      if (key === 0) return -1
      if (cells[at] === hash && equals(bytes, key, word)) return key
      slot = (slot + 1) & mask
    }
  }
}

/** Offset of the first tag of the (validated) entry whose key starts at `key`, or -1 for an empty list. */
function firstTagOffset(bytes: Uint8Array, key: number): number {
  let at = skipString(bytes, key - 1)
  at = skipSpace(bytes, at) + 1
  at = skipSpace(bytes, at) + 1
  at = skipSpace(bytes, at)
  return bytes[at] === quote ? at + 1 : -1
}

/**
 * Scan `pos/lexicon.js`'s bytes into a lookup table.
 *
 * @param bytes
 *   The file's bytes.
 * @returns
 *   The table.
 * @throws
 *   When the source is not in the exact form this scan reads.
 */
export function scanLexicon(bytes: Uint8Array): LexiconTable {
  const length = bytes.length
  // About one entry per 40 bytes in pos's file: start at under half full, grow past half.
  let slots = new Slots(2 ** Math.max(4, Math.ceil(Math.log2(length / 16))))
  let at = skipSpace(bytes, 0)
  at = expect(bytes, at, 'module.exports')
  at = expect(bytes, skipSpace(bytes, at), '=')
  at = expect(bytes, skipSpace(bytes, at), '{')
  // The entries, in one loop with the whitespace skips written out (no comments between them): this
  // runs over all 4 MB once per process, mostly before V8 has optimized anything, so calls cost.
  let byte = bytes[at]
  for (;;) {
    while (byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09) byte = bytes[++at]
    if (byte !== quote) break
    const key = ++at
    let hash = fnvOffset
    for (;;) {
      byte = bytes[at]
      if (byte === quote) break
      if (byte === undefined || byte < 0x20 || byte > 0x7e) fail(at, 'unterminated string, control or non-ASCII byte')
      if (byte === backslash) byte = escaped(bytes[++at] as number, at)
      hash = Math.imul(hash ^ byte, 16_777_619)
      at++
    }
    if (hash === protoHash && decode(bytes, key) === '__proto__') fail(key, 'a `__proto__` key')
    byte = bytes[++at]
    while (byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09) byte = bytes[++at]
    if (byte !== 0x3a) fail(at, 'expected `:`')
    byte = bytes[++at]
    while (byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09) byte = bytes[++at]
    if (byte !== 0x5b) fail(at, 'expected `[`')
    byte = bytes[++at]
    while (byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09) byte = bytes[++at]
    if (byte === quote) {
      // The tags: strings separated by commas.
      for (;;) {
        for (;;) {
          byte = bytes[++at]
          if (byte === quote) break
          if (byte === undefined || byte < 0x20 || byte > 0x7e) fail(at, 'unterminated string, control or non-ASCII byte')
          if (byte === backslash) escaped(bytes[++at] as number, at)
        }
        byte = bytes[++at]
        while (byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09) byte = bytes[++at]
        if (byte !== 0x2c) break
        byte = bytes[++at]
        while (byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09) byte = bytes[++at]
        if (byte !== quote) fail(at, 'expected a string')
      }
    }
    if (byte !== 0x5d) fail(at, 'expected `]`')
    if (slots.size * 2 >= slots.capacity) slots = slots.grown(bytes)
    slots.place(bytes, hash, key)
    byte = bytes[++at]
    while (byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09) byte = bytes[++at]
    if (byte !== 0x2c) break
    byte = bytes[++at]
  }
  at = skipSpace(bytes, expect(bytes, at, '}'))
  if (at < length && bytes[at] === 0x3b) at = skipSpace(bytes, at + 1)
  if (at !== length) fail(at, 'trailing content')

  const table = slots
  return lexiconTable(bytes, table.size, (word) => table.find(bytes, word))
}

/**
 * A lookup over a lexicon's bytes.
 *
 * @param bytes
 *   The (validated) source.
 * @param size
 *   Number of distinct words.
 * @param find
 *   Byte offset of a word's key (after its opening quote), -1 when none.
 * @returns
 *   The table: first tags decoded on demand, once each.
 */
export function lexiconTable(bytes: Uint8Array, size: number, find: (word: string) => number): LexiconTable {
  const found = new Map<number, string>()
  return {
    size,
    get(word: string): string | undefined {
      const key = find(word)
      if (key === -1) return undefined
      const tag = firstTagOffset(bytes, key)
      if (tag === -1) return 'undefined'
      let value = found.get(tag)
      if (value === undefined) {
        value = decode(bytes, tag)
        found.set(tag, value)
      }
      return value
    }
  }
}

/** Index of the two-byte sequence `a b` from `from` on, or -1. */
function indexOf(bytes: Uint8Array, a: number, b: number, from: number): number {
  for (let at = from; at < bytes.length - 1; at++) if (bytes[at] === a && bytes[at + 1] === b) return at
  return -1
}

/** The (already validated) string starting at byte `start` (after its opening quote). */
function decode(bytes: Uint8Array, start: number): string {
  let value = ''
  for (let at = start; bytes[at] !== quote; at++) {
    let byte = bytes[at] as number
    if (byte === backslash) {
      at++
      byte = bytes[at] as number
    }
    value += String.fromCharCode(byte)
  }
  return value
}

/**
 * Whether the (validated) string at byte `start` is `word`.
 *
 * @param bytes
 *   Source.
 * @param start
 *   Offset after the string's opening quote.
 * @param word
 *   Word.
 * @returns
 *   Whether they are the same.
 */
export function equals(bytes: Uint8Array, start: number, word: string): boolean {
  let at = start
  for (let k = 0; k < word.length; k++) {
    let byte = bytes[at] as number
    if (byte === quote) return false
    if (byte === backslash) {
      at++
      byte = bytes[at] as number
    }
    if (byte !== word.charCodeAt(k)) return false
    at++
  }
  return bytes[at] === quote
}
