import {hastToParagraphs} from '../html/hast-to-paragraphs.js'
import {htmlToLine} from '../html/html-to-paragraphs.js'
import type {XmlElement, XmlNode} from '../xml/parse-xml.js'
import {child, children, ns, textOf} from '../xml/xml-query.js'
import {cleanMeta, type FeedItem, resolveUrl} from './feed-item.js'
import {collapseWhitespace} from '../util/collapse-whitespace.js'

/**
 * Entries of an Atom 1.0 feed: `content` preferred over `summary` (which then becomes the
 * summary), `published` over `updated`, entry authors or else the feed's, `category@term`,
 * the `alternate` link resolved against `xml:base` or the feed link.
 *
 * @param root The `feed` element.
 * @returns Items in document order.
 */
export function atomItems(root: XmlElement): FeedItem[] {
  const feedAuthors = authorsOf(root)
  const publisher = atomText(child(root, 'title', ns.atom))
  const base = root.attributes['xml:base'] ?? linkOf(root, undefined)
  const language = root.attributes['xml:lang']
  return children(root, 'entry', ns.atom).map((entry) => {
    const content = child(entry, 'content', ns.atom)
    const summary = child(entry, 'summary', ns.atom)
    const usable = content && !content.attributes.src ? content : undefined
    const authors = authorsOf(entry)
    const entryBase = entry.attributes['xml:base'] ?? base
    return {
      meta: cleanMeta({
        id: textOf(child(entry, 'id', ns.atom)),
        title: atomText(child(entry, 'title', ns.atom)),
        summary: usable && summary ? atomText(summary) : undefined,
        date: textOf(child(entry, 'published', ns.atom)) ?? textOf(child(entry, 'updated', ns.atom)),
        updated: textOf(child(entry, 'updated', ns.atom)),
        authors: authors.length > 0 ? authors : feedAuthors,
        tags: children(entry, 'category', ns.atom).map((category) => category.attributes.label ?? category.attributes.term ?? ''),
        url: linkOf(entry, entryBase),
        language: entry.attributes['xml:lang'] ?? language,
        publisher
      }),
      body: bodyOf(usable ?? summary),
      line: entry.line
    }
  })
}

function authorsOf(element: XmlElement): string[] {
  return children(element, 'author', ns.atom)
    .map((author) => textOf(child(author, 'name', ns.atom)) ?? '')
    .filter((name) => name !== '')
}

function linkOf(element: XmlElement, base: string | undefined): string | undefined {
  const links = children(element, 'link', ns.atom)
  const link = links.find((candidate) => (candidate.attributes.rel ?? 'alternate') === 'alternate') ?? links[0]
  return resolveUrl(link?.attributes.href, base)
}

/** Text of an Atom text construct (`type` text, html or xhtml) on one line. */
function atomText(element: XmlElement | undefined): string | undefined {
  const body = bodyOf(element)
  if (!body) return undefined
  const line = 'html' in body ? htmlToLine(body.html) : collapseWhitespace(body.text).trim()
  return line === '' ? undefined : line
}

function bodyOf(element: XmlElement | undefined): FeedItem['body'] {
  if (!element) return undefined
  const type = element.attributes.type ?? 'text'
  if (type === 'xhtml') return {text: hastToParagraphs({type: 'root', children: element.children.map(toHast)}).join('\n\n')}
  const text = textOf(element)
  if (text === undefined) return undefined
  return type === 'html' || type === 'text/html' ? {html: text} : {text}
}

/** XHTML content is XML: map it onto hast so the `innerText` rules apply to it too. */
function toHast(node: XmlNode): import('hast').RootContent {
  if (node.type === 'text') return {type: 'text', value: node.value}
  return {type: 'element', tagName: node.name.toLowerCase(), properties: {}, children: node.children.map(toHast) as import('hast').ElementContent[]}
}
