/**
 * Peer: the npm `feed` package rendering the same RSS 2.0 feed as our `renderFeed`,
 * from the same published articles, with the same items and fields.
 * @module
 */
import {Feed} from 'feed'

/**
 * Render RSS 2.0 with `feed`.
 * @param {any[]} articles PublishedArticle objects
 * @param {{siteUrl: string, title: string, description: string, articlesPath?: string, maxItems: number}} options
 * @returns {string}
 */
export function feedRss(articles, options) {
  const base = options.siteUrl.endsWith('/') ? options.siteUrl : `${options.siteUrl}/`
  const folder = options.articlesPath ?? 'articles'
  const feed = new Feed({
    title: options.title,
    description: options.description,
    id: base,
    link: base,
    language: 'en',
    copyright: '',
    generator: 'feed',
    feedLinks: {rss: `${base}feed.xml`}
  })
  const newest = articles
    .filter((a) => a.date ?? a.editionDate)
    .sort((a, b) => String(b.date ?? b.editionDate).localeCompare(String(a.date ?? a.editionDate)))
    .slice(0, options.maxItems)
  for (const article of newest) {
    const link = `${base}${folder}/${article.slug}.html`
    feed.addItem({
      title: article.title,
      id: article.id,
      link,
      description: article.summary ?? article.analysis?.summary ?? '',
      content: article.paragraphs?.map((/** @type {string} */ p) => `<p>${p}</p>`).join('\n'),
      author: (article.authors ?? []).map((/** @type {{name?: string, email?: string}} */ a) => ({name: a.name, email: a.email})),
      date: new Date(article.date ?? article.editionDate),
      category: (article.analysis?.categories ?? article.tags ?? []).map((/** @type {string} */ name) => ({name}))
    })
  }
  return feed.rss2()
}
