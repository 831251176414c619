import {childElements, parseXml, textOf, type XmlNode} from './xml-tree.js'

/** One feed item as the checks compare it. */
export interface FeedItem {
  id: string
  title: string
}

/** Thrown for a feed that is well-formed but not the format it should be. */
export class FeedShapeError extends Error {}

/**
 * Read the items of an RSS 2.0 feed.
 *
 * @param text The XML.
 * @returns Items (guid, title).
 */
export function readRss(text: string): FeedItem[] {
  const root = parseXml(text)
  const rss = childElements(root, 'rss')[0]
  const channel = childElements(rss, 'channel')[0]
  if (!rss || !channel) throw new FeedShapeError('Expected `<rss><channel>`: this is not an RSS 2.0 feed')
  return childElements(channel, 'item').map((item) => ({
    id: textOf(childElements(item, 'guid')[0]).trim(),
    title: textOf(childElements(item, 'title')[0]).trim()
  }))
}

/**
 * Read the entries of an Atom 1.0 feed.
 *
 * @param text The XML.
 * @returns Items (id, title).
 */
export function readAtom(text: string): FeedItem[] {
  const root = parseXml(text)
  const feed: XmlNode | undefined = childElements(root, 'feed')[0]
  if (!feed) throw new FeedShapeError('Expected `<feed>`: this is not an Atom feed')
  return childElements(feed, 'entry').map((entry) => ({
    id: textOf(childElements(entry, 'id')[0]).trim(),
    title: textOf(childElements(entry, 'title')[0]).trim()
  }))
}

/**
 * Read the items of a JSON Feed 1.1.
 *
 * @param text The JSON.
 * @returns Items (id, title).
 */
export function readJsonFeed(text: string): FeedItem[] {
  const feed = JSON.parse(text) as {version?: unknown; items?: unknown}
  if (typeof feed.version !== 'string' || !feed.version.startsWith('https://jsonfeed.org/version/') || !Array.isArray(feed.items)) {
    throw new FeedShapeError('Expected a JSON Feed (`version` `https://jsonfeed.org/version/1.1` and `items`)')
  }
  return feed.items.map((item: {id?: unknown; title?: unknown}) => ({
    id: String(item.id ?? '').trim(),
    title: String(item.title ?? '').trim()
  }))
}
