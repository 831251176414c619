import type {FeedOptions, PublishedArticle} from '@copydesk/schema'
import {siteUrl} from './site-url.js'

/**
 * The URL of an article's page on the site: `<siteUrl>/<articlesPath>/<slug>.html`, the
 * page a site generator makes next to the published `<slug>.json` and `<slug>.md`. It
 * depends on the slug, so feeds identify items by the article id instead (guid, Atom id).
 *
 * @param article Article with a slug.
 * @param options Options with `siteUrl` and `articlesPath` (resolved, see `resolveOptions`).
 * @returns The absolute URL.
 */
export function articleUrl(article: Pick<PublishedArticle, 'slug'>, options: Pick<FeedOptions, 'siteUrl' | 'articlesPath'>): string {
  const folder = options.articlesPath.replace(/^\/+|\/+$/g, '')
  const file = `${encodeURIComponent(article.slug)}.html`
  return siteUrl(options, folder ? `${folder}/${file}` : file)
}
