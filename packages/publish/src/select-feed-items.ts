import type {FeedOptionsInput} from '@copydesk/schema'
import {articleDate} from './article-date.js'
import {parseIsoInstant} from './parse-iso-instant.js'
import {resolveOptions} from './resolve-options.js'

/** The fields `selectFeedItems` reads: a published article, or a small record of one. */
export interface FeedCandidate {
  id: string
  date?: string | undefined
  editionDate?: string | undefined
  timeZone?: string | undefined
}

/**
 * Choose the items of a feed: articles with a date (`date`, else `editionDate`), without
 * the future-dated ones (later than `options.now`, else the current time) unless
 * `includeFuture`, newest first, ties by id, one per id (the first kept), at most
 * `maxItems`.
 *
 * @param articles Published articles (or records with their `id`, dates and time zone), in any order.
 * @param input Feed options (validated here).
 * @returns The feed's articles, newest first.
 */
export function selectFeedItems<T extends FeedCandidate>(articles: readonly T[], input: FeedOptionsInput): T[] {
  const options = resolveOptions(input)
  const now = options.now === undefined ? Date.now() : (parseIsoInstant(options.now) ?? Date.now())
  const dated: {article: T; instant: number}[] = []
  for (const article of articles) {
    const date = articleDate(article)
    if (!date) continue
    if (!options.includeFuture && date.instant > now) continue
    dated.push({article, instant: date.instant})
  }
  dated.sort((a, b) => b.instant - a.instant || compare(a.article.id, b.article.id))
  const seen = new Set<string>()
  const result: T[] = []
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
