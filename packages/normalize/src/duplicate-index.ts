import {CopydeskError} from '@copydesk/schema'
import {checkSignature, type Fingerprint, fmix, readFingerprint, type Signature, signatureLength, signatureOf} from './fingerprint.js'

/** An article body, its fingerprint, or its signature (the same result any way). */
export type DuplicateItem = {id: string; text: string} | {id: string; fingerprint: Fingerprint} | {id: string; signature: Signature}

/** What an item repeats. */
export interface Repeat {
  /** Position (in checking order) of the earlier article that is kept. */
  of: number
  /** `exact`: the same words; `near`: mostly the same word sequences; `id`: the same id. */
  kind: 'exact' | 'near' | 'id'
  /** Estimated share of word 5-grams in common for `near` (equal signature slots), 1 for `exact`, 0 for `id`. */
  similarity: number
}

/** Bodies sharing at least this share of word 5-grams are near duplicates. */
export const nearDuplicateThreshold = 0.8

/**
 * LSH banding of the signature: 25 bands of 5 slots (slots 125-127 only count in the
 * estimate). Two signatures are compared when one band is equal, which happens with
 * probability 1 - (1 - s^5)^25 for Jaccard similarity s: 1 - 5e-5 at 0.8, 1 - 2e-10 at 0.9,
 * 0.55 at 0.5, 0.06 at 0.3, 0.0025 at 0.1.
 */
const rows = 5
const bands = 25

/**
 * Whether an item would be related by `DuplicateIndex` to any of some others, in either order:
 * the same words, the same id, or a near duplicate under the same LSH banding and estimate.
 * When items that relate to nothing replace items no decision involved, every other decision of
 * a run stays as it was, which lets an incremental build keep its decisions without checking
 * the whole run again.
 *
 * @param item Id and body text, fingerprint or signature.
 * @param others The other items (the item itself, by identity, is skipped).
 * @param threshold Near-duplicate threshold, in (0, 1].
 * @returns True when any other item relates to it.
 * @throws {CopydeskError} `INPUT` for a fingerprint of another version.
 */
export function relatesToAny(item: DuplicateItem, others: Iterable<DuplicateItem>, threshold: number = nearDuplicateThreshold): boolean {
  const signature = signatureOfItem(item)
  const needed = Math.ceil(threshold * signatureLength - 1e-9)
  for (const other of others) {
    if (other === item) continue
    if (other.id === item.id) return true
    const theirs = signatureOfItem(other)
    if (theirs.words === signature.words) return true
    if (signature.shingles === 0 || theirs.shingles === 0) continue
    if (Math.min(theirs.shingles, signature.shingles) < threshold * Math.max(theirs.shingles, signature.shingles) - 1e-9) continue
    if (!shareBand(signature.minhash, theirs.minhash)) continue
    let equal = 0
    for (let slot = 0; slot < signatureLength; slot++) if (theirs.minhash[slot] === signature.minhash[slot]) equal++
    if (equal >= needed) return true
  }
  return false
}

function signatureOfItem(item: DuplicateItem): Signature {
  if ('signature' in item) return checkSignature(item.signature)
  return 'fingerprint' in item ? readFingerprint(item.fingerprint) : signatureOf(item.text)
}

/** Whether two signatures agree on every row of some band (then LSH compares them). */
function shareBand(a: Uint16Array, b: Uint16Array): boolean {
  for (let band = 0; band < bands; band++) {
    let same = true
    for (let row = band * rows; row < band * rows + rows && same; row++) same = a[row] === b[row]
    if (same) return true
  }
  return false
}

/**
 * Online duplicate detection with `findDuplicates`'s rules, for runs too large to hold: items
 * are checked in run order, only kept ones are remembered, each in about 1 KB (its
 * signature, 25 band entries, its id and words hash: 100,000 articles take about 100 MB),
 * and an item is compared only with kept items that share a band of its signature, so a run
 * costs time linear in its size.
 */
export class DuplicateIndex {
  readonly #threshold: number
  readonly #byWords = new Map<string, number>()
  readonly #byId = new Map<string, number>()
  #checked = 0
  #kept = 0
  #at = new Int32Array(1024)
  #sizes = new Int32Array(1024)
  #stamps = new Int32Array(1024)
  #signatures = new Uint16Array(1024 * signatureLength)
  /** Band entry `kept * bands + band` -> the next entry of the same bucket + 1 (0 ends). */
  #next = new Int32Array(1024 * bands)
  /** Open-addressing table: band bucket -> its latest entry + 1 (0 is empty). */
  #heads = new Int32Array(1 << 12)
  #buckets = 0

  /**
   * @param threshold Near-duplicate threshold, in (0, 1].
   * @throws {CopydeskError} `CONFIG` for a threshold out of range.
   */
  constructor(threshold: number = nearDuplicateThreshold) {
    if (!(threshold > 0 && threshold <= 1)) throw new CopydeskError('CONFIG', `Invalid near-duplicate threshold \`${threshold}\`: give a number above 0 and at most 1`)
    this.#threshold = threshold
  }

  /**
   * Check the next item of the run against the kept ones; when it repeats none, keep it.
   * Exact duplicates come first, then the same id, then the most similar near duplicate
   * (ties go to the earliest).
   *
   * @param item Id and body text, fingerprint or signature.
   * @returns What it repeats, or `undefined` when it is kept.
   * @throws {CopydeskError} `INPUT` for a fingerprint or signature of another version.
   */
  check(item: DuplicateItem): Repeat | undefined {
    const signature = signatureOfItem(item)
    const position = this.#checked++
    const sameWords = this.#byWords.get(signature.words)
    if (sameWords !== undefined) return {of: this.#at[sameWords] as number, kind: 'exact', similarity: 1}
    const sameId = this.#byId.get(item.id)
    if (sameId !== undefined) return {of: this.#at[sameId] as number, kind: 'id', similarity: 0}
    const near = this.#near(signature)
    if (near) return {of: this.#at[near.kept] as number, kind: 'near', similarity: near.similarity}
    this.#keep(signature, item.id, position)
    return undefined
  }

  #near(signature: Signature): {kept: number; similarity: number} | undefined {
    if (signature.shingles === 0) return undefined
    const stamp = this.#checked
    const needed = Math.ceil(this.#threshold * signatureLength - 1e-9)
    let best: {kept: number; similarity: number} | undefined
    for (let band = 0; band < bands; band++) {
      for (let entry = this.#bucketHead(signature.minhash, 0, band); entry > 0; entry = this.#next[entry - 1] as number) {
        const other = Math.floor((entry - 1) / bands)
        if (this.#stamps[other] === stamp) continue
        this.#stamps[other] = stamp
        const size = this.#sizes[other] as number
        // Jaccard similarity is at most the smaller set over the larger one.
        if (Math.min(size, signature.shingles) < this.#threshold * Math.max(size, signature.shingles) - 1e-9) continue
        let equal = 0
        const base = other * signatureLength
        for (let slot = 0; slot < signatureLength; slot++) if (this.#signatures[base + slot] === signature.minhash[slot]) equal++
        if (equal < needed) continue
        const similarity = equal / signatureLength
        if (!best || similarity > best.similarity || (similarity === best.similarity && other < best.kept)) best = {kept: other, similarity}
      }
    }
    return best
  }

  #keep(signature: Signature, id: string, position: number): void {
    const kept = this.#kept++
    this.#grow(this.#kept)
    this.#at[kept] = position
    this.#sizes[kept] = signature.shingles
    this.#byWords.set(signature.words, kept)
    this.#byId.set(id, kept)
    if (signature.shingles === 0) return
    this.#signatures.set(signature.minhash, kept * signatureLength)
    // Linear probing stays short up to a 0.7 load; the table is most of the memory per article.
    if ((this.#buckets + bands) * 10 > this.#heads.length * 7) this.#rehash(this.#heads.length * 2)
    for (let band = 0; band < bands; band++) this.#insert(kept * bands + band)
  }

  /** Add a band entry at the head of its bucket. */
  #insert(entry: number): void {
    const kept = Math.floor(entry / bands)
    const slot = this.#find(this.#signatures, kept * signatureLength, entry % bands)
    const head = this.#heads[slot] as number
    if (head === 0) this.#buckets++
    this.#next[entry] = head
    this.#heads[slot] = entry + 1
  }

  /** The latest entry + 1 of the bucket of a band of a signature (0 when none). */
  #bucketHead(values: Uint16Array, base: number, band: number): number {
    return this.#heads[this.#find(values, base, band)] as number
  }

  /** The table slot of a band's bucket: where its entries are, or the empty slot to put them. */
  #find(values: Uint16Array, base: number, band: number): number {
    const mask = this.#heads.length - 1
    const start = base + band * rows
    let hash = fmix(band + 1)
    for (let row = 0; row < rows; row++) hash = fmix(Math.imul(hash, 31) + (values[start + row] as number))
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const head = this.#heads[slot] as number
      if (head === 0) return slot
      const entry = head - 1
      if (entry % bands !== band) continue
      const other = Math.floor(entry / bands) * signatureLength + band * rows
      let same = true
      for (let row = 0; row < rows && same; row++) same = this.#signatures[other + row] === values[start + row]
      if (same) return slot
    }
  }

  #rehash(size: number): void {
    const old = this.#heads
    this.#heads = new Int32Array(size)
    for (const head of old) {
      if (head === 0) continue
      const entry = head - 1
      const kept = Math.floor(entry / bands)
      this.#heads[this.#find(this.#signatures, kept * signatureLength, entry % bands)] = head
    }
  }

  #grow(count: number): void {
    if (count <= this.#at.length) return
    const size = this.#at.length * 2
    const grown = <T extends Int32Array | Uint16Array>(array: T, length: number): T => {
      const copy = new (array.constructor as new (length: number) => T)(length)
      copy.set(array)
      return copy
    }
    this.#at = grown(this.#at, size)
    this.#sizes = grown(this.#sizes, size)
    this.#stamps = grown(this.#stamps, size)
    this.#signatures = grown(this.#signatures, size * signatureLength)
    this.#next = grown(this.#next, size * bands)
  }
}
