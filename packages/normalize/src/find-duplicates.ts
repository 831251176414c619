import {openingWords} from './article-id.js'

/** One article found to repeat an earlier one. */
export interface Duplicate {
  /** Index of the repeat. */
  index: number
  /** Index of the earlier article that is kept. */
  of: number
  /** `exact`: the same words; `near`: mostly the same word sequences; `id`: the same id. */
  kind: 'exact' | 'near' | 'id'
  /** Share of word 5-grams in common (1 for exact). */
  similarity: number
}

/** Bodies sharing at least this share of word 5-grams are near duplicates. */
export const nearDuplicateThreshold = 0.8

const shingleSize = 5

/**
 * Find exact and near duplicates among article bodies. Exact: the same words after
 * normalization (case, punctuation, quotes and whitespace ignored). Near: a Jaccard
 * similarity of word 5-grams at or above `threshold` (the same wire story from two feeds,
 * one with a credit line more or a typo fixed). The same id also counts. The earliest
 * article is kept.
 *
 * @param items Each article's id and body text, in input order.
 * @param threshold Near-duplicate threshold.
 * @returns The repeats, each naming the article it repeats.
 */
export function findDuplicates(items: ReadonlyArray<{id: string; text: string}>, threshold = nearDuplicateThreshold): Duplicate[] {
  const duplicates: Duplicate[] = []
  const byId = new Map<string, number>()
  const byWords = new Map<string, number>()
  const index = new Map<string, number[]>()
  const sizes: number[] = []
  items.forEach((item, current) => {
    const words = openingWords(item.text, Number.POSITIVE_INFINITY)
    const shingles = shinglesOf(words)
    sizes[current] = shingles.size
    const sameId = byId.get(item.id)
    const sameWords = byWords.get(words)
    if (sameWords !== undefined) {
      duplicates.push({index: current, of: sameWords, kind: 'exact', similarity: 1})
      return
    }
    if (sameId !== undefined) {
      duplicates.push({index: current, of: sameId, kind: 'id', similarity: 0})
      return
    }
    const shared = new Map<number, number>()
    for (const shingle of shingles) for (const other of index.get(shingle) ?? []) shared.set(other, (shared.get(other) ?? 0) + 1)
    let best: {of: number; similarity: number} | undefined
    for (const [other, count] of shared) {
      const similarity = count / (shingles.size + (sizes[other] ?? 0) - count)
      if (similarity >= threshold && (!best || similarity > best.similarity)) best = {of: other, similarity}
    }
    if (best) {
      duplicates.push({index: current, of: best.of, kind: 'near', similarity: best.similarity})
      return
    }
    byId.set(item.id, current)
    byWords.set(words, current)
    for (const shingle of shingles) {
      const list = index.get(shingle)
      if (list) list.push(current)
      else index.set(shingle, [current])
    }
  })
  return duplicates
}

function shinglesOf(words: string): Set<string> {
  const list = words.split(' ').filter(Boolean)
  const shingles = new Set<string>()
  if (list.length < shingleSize) return shingles
  for (let start = 0; start + shingleSize <= list.length; start++) shingles.add(list.slice(start, start + shingleSize).join(' '))
  return shingles
}
