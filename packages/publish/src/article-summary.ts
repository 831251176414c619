import type {PublishedArticle} from '@copydesk/schema'
import {cleanLine} from './clean-text.js'

/**
 * The summary of an article: the source's own summary, else the tagger's extractive
 * summary, else the dek. Cleaned to one line.
 *
 * @param article Published article.
 * @returns The summary, or an empty string when there is none.
 */
export function articleSummary(article: Pick<PublishedArticle, 'summary' | 'dek' | 'analysis'>): string {
  for (const candidate of [article.summary, article.analysis.summary, article.dek]) {
    const line = cleanLine(candidate ?? '')
    if (line) return line
  }
  return ''
}
