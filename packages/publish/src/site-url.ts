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
  return new URL(path.replace(/^\/+/, ''), folderOf(options.siteUrl)).href
}

/** The site URL as a folder, remembered for the last site URL seen: a feed asks once per item. */
let last: {siteUrl: string; folder: string} | undefined

function folderOf(siteUrl: string): string {
  if (last?.siteUrl === siteUrl) return last.folder
  const base = new URL(siteUrl)
  if (!base.pathname.endsWith('/')) base.pathname += '/'
  base.search = ''
  base.hash = ''
  last = {siteUrl, folder: base.href}
  return last.folder
}
