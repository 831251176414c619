import type {SourceFormat} from '@copydesk/schema'
import {atomItems} from '../feeds/atom-items.js'
import type {FeedItem} from '../feeds/feed-item.js'
import {itemsToArticles} from '../feeds/items-to-articles.js'
import {jsonFeedItems, jsonFeedSchema} from '../feeds/json-feed-items.js'
import {rdfItems, rssItems} from '../feeds/rss-items.js'
import {hasFatal} from '../util/has-fatal.js'
import {error, warn} from '../util/messages.js'
import {openSource, type ReaderOptions, type ReadResult} from '../util/open-source.js'
import {parseJson} from '../util/parse-json.js'
import {parseXml} from '../xml/parse-xml.js'
import {ns} from '../xml/xml-query.js'

/**
 * Read a feed: RSS 2.0, RSS 1.0 (RDF), Atom 1.0 or JSON Feed 1.0/1.1. Every item becomes
 * an article whose provenance carries the feed path and the item index; `content:encoded`
 * or Atom `content` is preferred over the description, and HTML is reduced to text
 * paragraphs. XML is parsed without DTDs, external entities or entity expansion.
 *
 * @param value Source bytes or text.
 * @param options Path and encoding.
 * @returns The file with its messages and one article per usable item.
 */
export function readFeed(value: string | Uint8Array, options: ReaderOptions = {}): ReadResult {
  const opened = openSource(value, options, 'rss')
  const {file, text, provenance} = opened
  if (hasFatal(file)) return {file, articles: []}
  let format: SourceFormat
  let items: ReadonlyArray<FeedItem | undefined>
  if (/^\s*[{[]/.test(text)) {
    const parsed = parseJson(text)
    if (!parsed.ok) {
      error(file, `Malformed JSON Feed: ${parsed.problem.reason}; fix the JSON`, 'json-malformed', {line: parsed.problem.line, column: parsed.problem.column})
      return {file, articles: []}
    }
    const feed = jsonFeedSchema.safeParse(parsed.value)
    if (!feed.success) {
      const issue = feed.error.issues[0]
      error(file, `Not a JSON Feed: \`${issue?.path.join('.') || '(root)'}\` ${issue?.message ?? 'is invalid'}; a feed needs \`version: "https://jsonfeed.org/version/1.1"\` and \`items\``, 'feed-invalid')
      return {file, articles: []}
    }
    format = 'jsonfeed'
    items = jsonFeedItems(feed.data).items
  } else {
    const {root, problems} = parseXml(text)
    for (const problem of problems) {
      const place = {line: problem.line, column: problem.column}
      if (root) warn(file, problem.reason, problem.ruleId, place)
      else error(file, problem.reason, problem.ruleId, place)
    }
    if (!root) return {file, articles: []}
    if (root.name === 'rss' && root.uri === '') {
      format = 'rss'
      items = rssItems(root)
    } else if (root.name === 'RDF' && root.uri === ns.rdf) {
      format = 'rdf'
      items = rdfItems(root)
    } else if (root.name === 'feed' && root.uri === ns.atom) {
      format = 'atom'
      items = atomItems(root)
    } else {
      error(file, `Unknown feed root \`<${root.name}>\`${root.uri ? ` in \`${root.uri}\`` : ''}: expected \`<rss>\`, \`<rdf:RDF>\` or Atom \`<feed xmlns="${ns.atom}">\``, 'feed-unknown', {line: root.line, column: root.column})
      return {file, articles: []}
    }
  }
  const articles = itemsToArticles(file, items, provenance, format, options.maxItems)
  if (items.length === 0) warn(file, `The ${format} feed has no items: nothing to read`, 'feed-empty')
  return {file, articles}
}
