import type {PublishedArticle} from '@copydesk/schema'
import {cleanLine} from './clean-text.js'

/**
 * The categories a feed item carries: the tagger's categories, the source's tags, then
 * every entity name and keyphrase. Cleaned, empty ones dropped, duplicates (ignoring case)
 * kept once, in that order.
 *
 * @param article Published article.
 * @returns Category labels.
 */
export function articleCategories(article: Pick<PublishedArticle, 'tags' | 'analysis'>): string[] {
  const seen = new Set<string>()
  const result: string[] = []
  const candidates = [
    ...article.analysis.categories,
    ...article.tags,
    ...article.analysis.entities.map((entity) => entity.name),
    ...article.analysis.keyphrases.map((keyphrase) => keyphrase.phrase)
  ]
  for (const candidate of candidates) {
    const label = cleanLine(candidate)
    const key = label.toLowerCase()
    if (label && !seen.has(key)) {
      seen.add(key)
      result.push(label)
    }
  }
  return result
}
