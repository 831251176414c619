import {documentCount, documentFrequencies} from './document-frequency.js'

let table: Map<string, number> | undefined

/**
 * Inverse document frequency of a stem, scaled to 0..1: 1 for stems rare in
 * news (or unknown), near 0 for stems in almost every article.
 *
 * @param stem
 *   Porter stem of a lowercased word.
 * @returns
 *   Scaled IDF.
 */
export function idf(stem: string): number {
  if (!table) {
    table = new Map()
    const parts = documentFrequencies.split(' ')
    for (let i = 0; i + 1 < parts.length; i += 2) table.set(parts[i] as string, scaled(Number(parts[i + 1])))
  }
  return table.get(stem) ?? 1
}

function scaled(df: number): number {
  return Math.log((documentCount + 1) / (df + 1)) / Math.log(documentCount + 1)
}
