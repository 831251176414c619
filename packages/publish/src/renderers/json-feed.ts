import type {FeedOptions, PublishedArticle} from '@copydesk/schema'
import {articleAuthors, type PublishedAuthor} from '../article-authors.js'
import {articleCategories} from '../article-categories.js'
import {articleDate, articleUpdated} from '../article-date.js'
import {articleSummary} from '../article-summary.js'
import {articleTitle} from '../article-title.js'
import {articleUrl} from '../article-url.js'
import {bodyHtml, bodyText} from '../body-html.js'
import {cleanLine} from '../clean-text.js'
import {toRfc3339} from '../format-date.js'
import {siteUrl} from '../site-url.js'
import {sourceUrl} from '../source-url.js'
import type {FeedRenderer} from '../types.js'

function author(value: PublishedAuthor): Record<string, string> {
  return value.email ? {name: value.name, url: `mailto:${value.email}`} : {name: value.name}
}

function item(article: PublishedArticle, options: FeedOptions): Record<string, unknown> {
  const published = articleDate(article)
  const updated = articleUpdated(article)
  const summary = articleSummary(article)
  const language = cleanLine(article.language)
  const via = sourceUrl(article)
  const authors = articleAuthors(article)
  const tags = articleCategories(article)
  return {
    id: cleanLine(article.id),
    url: articleUrl(article, options),
    external_url: via,
    title: articleTitle(article),
    content_html: bodyHtml(article),
    content_text: bodyText(article),
    summary: summary || undefined,
    date_published: published ? toRfc3339(published) : undefined,
    date_modified: updated && published && updated.instant !== published.instant ? toRfc3339(updated) : undefined,
    authors: authors.length > 0 ? authors.map((value) => author(value)) : undefined,
    tags: tags.length > 0 ? tags : undefined,
    language: language && language !== 'und' ? language : undefined
  }
}

/**
 * Render a JSON Feed 1.1 with the same items, ids and dates as the RSS and Atom feeds:
 * `id` is the article id, `content_html` and `content_text` the body, dates in RFC 3339.
 *
 * @param items Articles, newest first (see `selectFeedItems`).
 * @param options Resolved options.
 * @returns The JSON Feed document.
 */
export const renderJsonFeed: FeedRenderer = (items, options) => {
  const fallback = cleanLine(options.author ?? '')
  const feed = {
    version: 'https://jsonfeed.org/version/1.1',
    title: cleanLine(options.title),
    home_page_url: siteUrl(options),
    feed_url: siteUrl(options, options.jsonFeedPath),
    description: cleanLine(options.description),
    language: cleanLine(options.language) || undefined,
    authors: fallback ? [{name: fallback}] : undefined,
    items: items.map((article) => item(article, options))
  }
  return `${JSON.stringify(feed, null, 2)}\n`
}
