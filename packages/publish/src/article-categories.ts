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
  const add = (candidate: string): void => {
    const label = cleanLine(candidate)
    if (label === '') return
    const key = label.toLowerCase()
    if (!seen.has(key)) {
      seen.add(key)
      result.push(label)
    }
  }
  for (const category of article.analysis.categories) add(category)
  for (const tag of article.tags) add(tag)
  for (const entity of article.analysis.entities) add(entity.name)
  for (const keyphrase of article.analysis.keyphrases) add(keyphrase.phrase)
  return result
}
