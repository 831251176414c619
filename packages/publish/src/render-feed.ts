import {CopydeskError, type FeedOptions, type FeedOptionsInput, type PublishedArticle} from '@copydesk/schema'
import {feedFormats, feedRenderers} from './renderers/feed-renderers.js'
import {resolveOptions} from './resolve-options.js'
import {selectFeedItems} from './select-feed-items.js'
import type {FeedFormat} from './types.js'
import {validateArticle} from './validate-article.js'

/**
 * Render a feed of the newest articles (see `selectFeedItems`) as RSS 2.0, Atom 1.0 or
 * JSON Feed 1.1. Options are validated first, then the selected articles.
 *
 * @param articles Published articles, in any order.
 * @param format `rss`, `atom` or `jsonfeed`.
 * @param options Feed options.
 * @returns The feed; the same input always gives the same bytes (with `options.now`, or
 *   as long as no article's date passes the current time).
 * @throws {CopydeskError} `CONFIG` for an unknown format, `VALIDATION` for invalid options or an invalid selected article.
 */
export function renderFeed(articles: readonly PublishedArticle[], format: FeedFormat, options: FeedOptionsInput): string {
  checkFormat(format)
  const resolved = resolveOptions(options)
  return feedRenderers[format](validItems(articles, resolved), resolved)
}

/** One format's result of `renderFeeds`. */
export type FeedResult = {format: FeedFormat; content: string} | {format: FeedFormat; error: Error}

/**
 * Render several feeds of the same articles, selecting and validating once (see `renderFeed`).
 * A feed that fails (or an invalid selected article, which fails every feed) gives its
 * error instead of throwing.
 *
 * @param articles Published articles, in any order.
 * @param formats Feed formats, in the order wanted.
 * @param options Feed options.
 * @returns One result per format, in order; each the bytes `renderFeed` gives.
 * @throws {CopydeskError} `CONFIG` for an unknown format, `VALIDATION` for invalid options.
 */
export function renderFeeds(articles: readonly PublishedArticle[], formats: readonly FeedFormat[], options: FeedOptionsInput): FeedResult[] {
  for (const format of formats) checkFormat(format)
  const resolved = resolveOptions(options)
  let items: PublishedArticle[]
  try {
    items = validItems(articles, resolved)
  } catch (error) {
    return formats.map((format) => ({format, error: error as Error}))
  }
  return formats.map((format) => {
    try {
      return {format, content: feedRenderers[format](items, resolved)}
    } catch (error) {
      return {format, error: error as Error}
    }
  })
}

/**
 * The feed's items, each checked against the schema. Selected first, then validated: a
 * feed of 20 from 100,000 articles checks 20. The items are the given objects, not the
 * parsed copies: the published-article schema has no defaults or transforms, so a copy
 * differs only in key order, which no feed depends on; keeping every copy of a big feed
 * alive while it is written made the garbage collector copy them again and again.
 */
function validItems(articles: readonly PublishedArticle[], options: FeedOptions): PublishedArticle[] {
  const items = selectFeedItems(articles, options)
  for (const article of items) validateArticle(article)
  return items
}

function checkFormat(format: FeedFormat): void {
  if (!(feedFormats as readonly string[]).includes(format)) {
    throw new CopydeskError('CONFIG', `Unknown feed format \`${String(format)}\`: use one of ${feedFormats.map((name) => `\`${name}\``).join(', ')}`)
  }
}
