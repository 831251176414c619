import type {FeedOptions, PublishedArticle} from '@copydesk/schema'
import type {Element} from 'xast'
import {x} from 'xastscript'
import {articleAuthors, type PublishedAuthor} from '../article-authors.js'
import {articleCategories} from '../article-categories.js'
import {articleDate, articleUpdated, type ResolvedDate} from '../article-date.js'
import {articleSummary} from '../article-summary.js'
import {articleTitle} from '../article-title.js'
import {articleUrl} from '../article-url.js'
import {bodyHtml} from '../body-html.js'
import {cleanLine} from '../clean-text.js'
import {entryId} from '../entry-id.js'
import {toRfc3339} from '../format-date.js'
import {generatorName, generatorUri} from '../generator.js'
import {parseIsoInstant} from '../parse-iso-instant.js'
import {siteUrl} from '../site-url.js'
import {sourceUrl} from '../source-url.js'
import type {FeedRenderer} from '../types.js'
import {xmlDocument} from '../xml-document.js'

function author(value: PublishedAuthor): Element {
  return x('author', {}, x('name', value.name), value.email ? x('email', value.email) : undefined)
}

function entry(article: PublishedArticle, options: FeedOptions): Element {
  const published = articleDate(article)
  const updated = articleUpdated(article)
  const summary = articleSummary(article)
  const html = bodyHtml(article)
  const via = sourceUrl(article)
  return x(
    'entry',
    {},
    x('id', entryId(cleanLine(article.id))),
    x('title', {type: 'text'}, articleTitle(article)),
    x('link', {rel: 'alternate', type: 'text/html', href: articleUrl(article, options)}),
    via ? x('link', {rel: 'via', href: via}) : undefined,
    published ? x('published', toRfc3339(published)) : undefined,
    updated ? x('updated', toRfc3339(updated)) : undefined,
    articleAuthors(article).map((value) => author(value)),
    articleCategories(article).map((term) => x('category', {term})),
    summary ? x('summary', {type: 'text'}, summary) : undefined,
    html ? x('content', {type: 'html'}, html) : undefined
  )
}

/**
 * The feed's `updated`: the latest `updated` of its entries; for an empty feed
 * `options.now`, else the epoch (never the build time, so output stays deterministic).
 */
function feedUpdated(items: readonly PublishedArticle[], options: FeedOptions): ResolvedDate {
  let latest: ResolvedDate | undefined
  for (const article of items) {
    const date = articleUpdated(article)
    if (date && (!latest || date.instant > latest.instant)) latest = date
  }
  return latest ?? {instant: (options.now && parseIsoInstant(options.now)) || 0, offset: 0}
}

/**
 * Render an Atom 1.0 feed with the same items, ids and dates as the RSS feed: entry id
 * from the article id (see `entryId`), `published` and `updated` in RFC 3339, an author
 * per entry (the feed author, `options.author` or else the feed title, covers the rest),
 * categories, summary (text) and content (HTML).
 *
 * @param items Articles, newest first (see `selectFeedItems`).
 * @param options Resolved options.
 * @returns The Atom document.
 */
export const renderAtom: FeedRenderer = (items, options) => {
  const self = siteUrl(options, options.atomPath)
  const feed = x(
    'feed',
    {xmlns: 'http://www.w3.org/2005/Atom', 'xml:lang': cleanLine(options.language) || undefined},
    x('id', self),
    x('title', {type: 'text'}, cleanLine(options.title)),
    x('subtitle', {type: 'text'}, cleanLine(options.description)),
    x('updated', toRfc3339(feedUpdated(items, options))),
    x('link', {rel: 'self', type: 'application/atom+xml', href: self}),
    x('link', {rel: 'alternate', type: 'text/html', href: siteUrl(options)}),
    author({name: cleanLine(options.author ?? '') || cleanLine(options.title)}),
    x('generator', {uri: generatorUri}, generatorName)
  )
  // The entries follow, each built as it is written (see `StreamedChildren`).
  return xmlDocument(feed, {parent: feed, children: entryElements(items, options)})
}

function* entryElements(items: readonly PublishedArticle[], options: FeedOptions): Generator<Element> {
  for (const article of items) yield entry(article, options)
}
