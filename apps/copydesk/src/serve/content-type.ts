import path from 'node:path'

const types: Record<string, string> = {
  '.json': 'application/json; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.xml': 'application/xml; charset=utf-8'
}

/**
 * The media type of a published file. Feeds get their own types by name: `feed.xml` (or any
 * `*.rss`) is RSS, `atom.xml` Atom, `feed.json` JSON Feed.
 *
 * @param file File path.
 * @param feeds Paths of the feeds relative to the served folder.
 * @returns A `Content-Type` value.
 */
export function contentType(file: string, feeds: {rss: string; atom: string; jsonfeed: string}): string {
  const name = file.split(path.sep).join('/')
  if (name === feeds.rss || name.endsWith('.rss')) return 'application/rss+xml; charset=utf-8'
  if (name === feeds.atom || name.endsWith('.atom')) return 'application/atom+xml; charset=utf-8'
  if (name === feeds.jsonfeed) return 'application/feed+json; charset=utf-8'
  return types[path.extname(name).toLowerCase()] ?? 'application/octet-stream'
}

/**
 * Whether a type is worth compressing.
 *
 * @param type A `Content-Type` value.
 * @returns True for text, JSON, XML and SVG.
 */
export function compressible(type: string): boolean {
  return /^(text\/|application\/(json|feed\+json|rss\+xml|atom\+xml|xml)|image\/svg\+xml)/.test(type)
}
