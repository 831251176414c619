import type {FeedOptions} from '@copydesk/schema'

/**
 * Resolve a path against the site URL. The site URL is treated as a folder (a missing
 * trailing slash is added) and leading slashes of the path are ignored, so
 * `https://example.com/news` + `/feed.xml` is `https://example.com/news/feed.xml`.
 *
 * @param options Options with the absolute `siteUrl`.
 * @param path Path relative to the site; empty for the site itself.
 * @returns The absolute URL.
 */
export function siteUrl(options: Pick<FeedOptions, 'siteUrl'>, path = ''): string {
  const base = new URL(options.siteUrl)
  if (!base.pathname.endsWith('/')) base.pathname += '/'
  base.search = ''
  base.hash = ''
  return new URL(path.replace(/^\/+/, ''), base).href
}
