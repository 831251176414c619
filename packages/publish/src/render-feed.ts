import {CopydeskError, type FeedOptionsInput, type PublishedArticle} from '@copydesk/schema'
import {feedFormats, renderers} from './renderers/index.js'
import {resolveOptions} from './resolve-options.js'
import {selectFeedItems} from './select-feed-items.js'
import type {FeedFormat} from './types.js'
import {validateArticle} from './validate-article.js'

/**
 * Render a feed of the newest articles (see `selectFeedItems`) as RSS 2.0, Atom 1.0 or
 * JSON Feed 1.1. Options and articles are validated first.
 *
 * @param articles Published articles, in any order.
 * @param format `rss`, `atom` or `jsonfeed`.
 * @param options Feed options.
 * @returns The feed; the same input always gives the same bytes (with `options.now`, or
 *   as long as no article's date passes the current time).
 * @throws {CopydeskError} `CONFIG` for an unknown format, `VALIDATION` for invalid options or articles.
 */
export function renderFeed(articles: readonly PublishedArticle[], format: FeedFormat, options: FeedOptionsInput): string {
  if (!(feedFormats as readonly string[]).includes(format)) {
    throw new CopydeskError('CONFIG', `Unknown feed format \`${String(format)}\`: use one of ${feedFormats.map((name) => `\`${name}\``).join(', ')}`)
  }
  const resolved = resolveOptions(options)
  const items = selectFeedItems(
    articles.map((article) => validateArticle(article)),
    resolved
  )
  return renderers[format](items, resolved)
}
