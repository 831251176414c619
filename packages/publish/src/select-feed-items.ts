import type {FeedOptionsInput, PublishedArticle} from '@copydesk/schema'
import {articleDate} from './article-date.js'
import {parseIsoInstant} from './parse-iso-instant.js'
import {resolveOptions} from './resolve-options.js'

/**
 * Choose the items of a feed: articles with a date (`date`, else `editionDate`), without
 * the future-dated ones (later than `options.now`, else the current time) unless
 * `includeFuture`, newest first, ties by id, one per id (the first kept), at most
 * `maxItems`.
 *
 * @param articles Published articles, in any order.
 * @param input Feed options (validated here).
 * @returns The feed's articles, newest first.
 */
export function selectFeedItems(articles: readonly PublishedArticle[], input: FeedOptionsInput): PublishedArticle[] {
  const options = resolveOptions(input)
  const now = options.now === undefined ? Date.now() : (parseIsoInstant(options.now) ?? Date.now())
  const dated: {article: PublishedArticle; instant: number}[] = []
  for (const article of articles) {
    const date = articleDate(article)
    if (!date) continue
    if (!options.includeFuture && date.instant > now) continue
    dated.push({article, instant: date.instant})
  }
  dated.sort((a, b) => b.instant - a.instant || compare(a.article.id, b.article.id))
  const seen = new Set<string>()
  const result: PublishedArticle[] = []
  for (const {article} of dated) {
    if (seen.has(article.id)) continue
    seen.add(article.id)
    result.push(article)
    if (result.length === options.maxItems) break
  }
  return result
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
