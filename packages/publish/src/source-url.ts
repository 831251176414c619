import type {PublishedArticle} from '@copydesk/schema'
import {cleanLine} from './clean-text.js'

/**
 * The article's URL at its source, when it is an absolute http(s) URL: normalized by the
 * WHATWG URL parser (so spaces, `<`, `>` are percent-encoded). Feeds link it as `via` /
 * `external_url`.
 *
 * @param article Article with an optional `url`.
 * @returns The URL, or `undefined` when there is none or it is not absolute http(s).
 */
export function sourceUrl(article: Pick<PublishedArticle, 'url'>): string | undefined {
  if (article.url === undefined) return undefined
  try {
    const url = new URL(cleanLine(article.url))
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined
  } catch {
    return undefined
  }
}
