import type {SourceFormat} from '@copydesk/schema'

const byExtension: Readonly<Record<string, SourceFormat | 'xml'>> = {
  txt: 'text',
  text: 'text',
  md: 'markdown',
  markdown: 'markdown',
  mdown: 'markdown',
  mkd: 'markdown',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  json: 'json',
  jsonl: 'json',
  ndjson: 'json',
  xml: 'xml',
  rss: 'xml',
  atom: 'xml',
  rdf: 'xml',
  feed: 'xml'
}

/**
 * Detect the format of a source from its file extension and by sniffing its text.
 * `.txt` and `.md` are trusted; XML and JSON files are sniffed to tell feeds (RSS 2.0,
 * RSS 1.0/RDF, Atom, JSON Feed) from other documents; files with another or no extension
 * are sniffed entirely (markup, JSON, front matter), and plain text is the fallback.
 *
 * @param text Decoded text (the first few kilobytes are enough).
 * @param path File path, for the extension.
 * @returns The format, or `undefined` for XML that is no known feed.
 */
export function detectFormat(text: string, path?: string): SourceFormat | undefined {
  const extension = /\.([A-Za-z0-9]+)$/.exec(path ?? '')?.[1]?.toLowerCase()
  const hinted = extension === undefined ? undefined : byExtension[extension]
  if (hinted === 'text' || hinted === 'markdown') return hinted
  const head = text.slice(0, 4096).replace(/^\uFEFF/, '').trimStart()
  if (hinted === 'json' || head.startsWith('{') || head.startsWith('[')) return sniffJson(head) ?? (hinted === 'json' ? 'json' : 'text')
  if (hinted === 'xml' || hinted === 'html' || head.startsWith('<')) return sniffMarkup(head, hinted)
  if (/^(?:---|\+\+\+)[ \t]*\n/.test(head)) return 'markdown'
  return 'text'
}

function sniffJson(head: string): SourceFormat | undefined {
  if (/"version"\s*:\s*"https?:\/\/jsonfeed\.org\/version\//.test(head) && /^\{/.test(head)) return 'jsonfeed'
  if (head.startsWith('{') || head.startsWith('[')) return 'json'
  return undefined
}

function sniffMarkup(head: string, hinted: SourceFormat | 'xml' | undefined): SourceFormat | undefined {
  // Skip the XML declaration, comments, processing instructions and doctype to find the root.
  const body = head.replace(/^(?:\s*(?:<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>[]*(?:\[[\s\S]*?\])?\s*>))*\s*/i, '')
  const root = /^<([A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)/.exec(body)
  const name = root?.[2]?.toLowerCase()
  if (name === 'rss') return 'rss'
  if (name === 'rdf') return 'rdf'
  if (name === 'feed') return 'atom'
  if (name === 'html' || /^<!doctype html/i.test(head) || hinted === 'html') return 'html'
  if (name && /^(?:head|body|article|main|div|p|h[1-6]|meta|title|section)$/.test(name)) return 'html'
  return hinted === 'xml' ? undefined : 'text'
}

/**
 * Tell whether an extension names a format copydesk reads.
 *
 * @param extension Extension without the dot.
 * @returns Whether `detectFormat` knows it.
 */
export function isKnownExtension(extension: string): boolean {
  return Object.hasOwn(byExtension, extension.toLowerCase())
}
