import type {FeedOptions, PublishedArticle} from '@copydesk/schema'
import type {Element} from 'xast'
import {x} from 'xastscript'
import {articleAuthors} from '../article-authors.js'
import {articleCategories} from '../article-categories.js'
import {articleDate} from '../article-date.js'
import {articleSummary} from '../article-summary.js'
import {articleTitle} from '../article-title.js'
import {articleUrl} from '../article-url.js'
import {bodyHtml, textHtml} from '../body-html.js'
import {cleanLine} from '../clean-text.js'
import {toRfc822} from '../format-date.js'
import {generatorName} from '../generator.js'
import {siteUrl} from '../site-url.js'
import type {FeedRenderer} from '../types.js'
import {xmlDocument} from '../xml-document.js'

/** Namespaces an RSS feed uses, declared on `<rss>`. */
const namespaces = {
  'xmlns:atom': 'http://www.w3.org/2005/Atom',
  'xmlns:content': 'http://purl.org/rss/1.0/modules/content/',
  'xmlns:dc': 'http://purl.org/dc/elements/1.1/'
}

function item(article: PublishedArticle, options: FeedOptions): Element {
  const date = articleDate(article)
  const summary = articleSummary(article)
  const html = bodyHtml(article)
  return x(
    'item',
    {},
    x('title', articleTitle(article)),
    x('link', articleUrl(article, options)),
    x('guid', {isPermaLink: 'false'}, cleanLine(article.id)),
    date ? x('pubDate', toRfc822(date)) : undefined,
    articleAuthors(article, options.author).map((author) => x('dc:creator', author.name)),
    articleCategories(article).map((category) => x('category', category)),
    summary ? x('description', textHtml(summary)) : undefined,
    html ? x('content:encoded', html) : undefined
  )
}

/**
 * Render an RSS 2.0 feed: channel title, link, description, language, generator,
 * `lastBuildDate` (the newest item's date, never the build time) and `atom:link
 * rel="self"`; per item title, link, guid (the article id, `isPermaLink="false"`),
 * `pubDate` (RFC 822, numeric zone), `dc:creator`, categories, description (the summary)
 * and `content:encoded` (the body as HTML).
 *
 * @param items Articles, newest first (see `selectFeedItems`).
 * @param options Resolved options.
 * @returns The RSS document.
 */
export const renderRss: FeedRenderer = (items, options) => {
  const newest = items[0] ? articleDate(items[0]) : undefined
  const channel = x(
    'channel',
    {},
    x('title', cleanLine(options.title)),
    x('link', siteUrl(options)),
    x('description', cleanLine(options.description)),
    x('language', cleanLine(options.language)),
    x('generator', generatorName),
    newest ? x('lastBuildDate', toRfc822(newest)) : undefined,
    x('atom:link', {href: siteUrl(options, options.feedPath), rel: 'self', type: 'application/rss+xml'})
  )
  // The items follow, each built as it is written (see `StreamedChildren`).
  return xmlDocument(x('rss', {version: '2.0', ...namespaces}, channel), {parent: channel, children: itemElements(items, options)})
}

function* itemElements(items: readonly PublishedArticle[], options: FeedOptions): Generator<Element> {
  for (const article of items) yield item(article, options)
}
