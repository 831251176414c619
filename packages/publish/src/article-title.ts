import type {PublishedArticle} from '@copydesk/schema'
import {cleanLine} from './clean-text.js'

/**
 * The title to publish: cleaned to one line; the slug when nothing is left of it.
 *
 * @param article Published article.
 * @returns A non-empty title.
 */
export function articleTitle(article: Pick<PublishedArticle, 'title' | 'slug'>): string {
  return cleanLine(article.title) || article.slug
}
