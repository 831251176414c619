import {htmlToLine} from '../html/html-to-paragraphs.js'
import type {XmlElement} from '../xml/parse-xml.js'
import {child, children, ns, textOf} from '../xml/xml-query.js'
import {authorName, cleanMeta, type FeedItem, resolveUrl} from './feed-item.js'

/**
 * Items of an RSS 2.0 (or 0.9x) feed: `content:encoded` preferred over `description`,
 * which then becomes the summary; `dc:creator` and `author`, `category`, `guid`.
 *
 * @param root The `rss` element.
 * @returns Items in document order.
 */
export function rssItems(root: XmlElement): FeedItem[] {
  const channel = child(root, 'channel') ?? root
  const publisher = optionalLine(textOf(child(channel, 'title')))
  const language = textOf(child(channel, 'language'))
  const base = textOf(child(channel, 'link'))
  return children(channel, 'item').map((item) => itemOf(item, {publisher, language, base}))
}

/**
 * Items of an RSS 1.0 (RDF) feed: `item` elements beside the channel.
 *
 * @param root The `rdf:RDF` element.
 * @returns Items in document order.
 */
export function rdfItems(root: XmlElement): FeedItem[] {
  const channel = child(root, 'channel', ns.rss1)
  const publisher = optionalLine(textOf(channel && child(channel, 'title', ns.rss1)))
  const language = textOf(channel && child(channel, 'language', ns.dc))
  const base = textOf(channel && child(channel, 'link', ns.rss1))
  return children(root, 'item', ns.rss1).map((item) => itemOf(item, {publisher, language, base}))
}

function itemOf(item: XmlElement, channel: {publisher: string | undefined; language: string | undefined; base: string | undefined}): FeedItem {
  const encoded = textOf(child(item, 'encoded', ns.content))
  const description = textOf(child(item, 'description'))
  const guid = child(item, 'guid')
  const guidText = textOf(guid)
  const permalink = guid && guid.attributes.isPermaLink !== 'false' && guidText && /^https?:\/\//.test(guidText) ? guidText : undefined
  const authors = [...children(item, 'creator', ns.dc), ...children(item, 'author', '')].map((element) => authorName(htmlToLine(textOf(element) ?? ''))).filter((name) => name !== '')
  const tags = [...children(item, 'category', ''), ...children(item, 'subject', ns.dc)].map((element) => htmlToLine(textOf(element) ?? ''))
  return {
    meta: cleanMeta({
      id: guidText ?? item.attributes.about,
      title: optionalLine(textOf(child(item, 'title'))),
      summary: encoded && description ? htmlToLine(description) : undefined,
      date: textOf(child(item, 'pubDate')) ?? textOf(child(item, 'date', ns.dc)),
      authors,
      tags,
      url: resolveUrl(textOf(child(item, 'link')) ?? permalink, channel.base),
      language: textOf(child(item, 'language', ns.dc)) ?? channel.language,
      publisher: channel.publisher
    }),
    body: encoded ? {html: encoded} : description ? {html: description} : undefined,
    line: item.line
  }
}

function optionalLine(value: string | undefined): string | undefined {
  return value === undefined ? undefined : htmlToLine(value)
}
