import {DuplicateIndex, type DuplicateItem, type Repeat, nearDuplicateThreshold} from './duplicate-index.js'

/** One article found to repeat an earlier one. */
export interface Duplicate extends Repeat {
  /** Index of the repeat. */
  index: number
  /** Index of the earlier article that is kept. */
  of: number
}

/**
 * Find exact and near duplicates among article bodies. Exact: the same words after
 * normalization (case, punctuation, quotes and whitespace ignored). Near: word 5-gram sets
 * with a Jaccard similarity at or above `threshold` (the same wire story from two feeds, one
 * with a credit line more or a typo fixed), estimated from MinHash signatures (see
 * `fingerprint`): pairs at 0.9 or more are found and pairs at 0.6 or less are left apart
 * with near certainty (a pair at exactly 0.9 is missed about once in 3,000, at 0.95 once in
 * 10^9; one at 0.6 is joined once in 1.6 million); near the threshold the estimate (standard
 * error about 0.035) decides.
 * The same id also counts. The earliest article is kept; an article repeating several is
 * reported against the most similar (ties: the earliest).
 *
 * Time is linear in the number of items (see `DuplicateIndex`), and the result depends only
 * on the fingerprints: items given as `{id, text}` and as `{id, fingerprint: fingerprint(text)}`
 * (say, from a cache) give the same duplicates.
 *
 * @param items Each article's id and body text, or id and fingerprint, in input order.
 * @param threshold Near-duplicate threshold, in (0, 1].
 * @returns The repeats, in input order, each naming the article it repeats.
 * @throws {CopydeskError} `CONFIG` for a bad threshold, `INPUT` for a fingerprint of another version.
 */
export function findDuplicates(items: Iterable<DuplicateItem>, threshold = nearDuplicateThreshold): Duplicate[] {
  const index = new DuplicateIndex(threshold)
  const duplicates: Duplicate[] = []
  let current = 0
  for (const item of items) {
    const repeat = index.check(item)
    if (repeat) duplicates.push({index: current, ...repeat})
    current++
  }
  return duplicates
}
