import type {RawArticle, SourceFormat} from '@copydesk/schema'
import type {VFile} from 'vfile'
import {htmlToParagraphs, textToParagraphs} from '../html/html-to-paragraphs.js'
import {quote, warn} from '../util/messages.js'
import {defaultMaxItems, type OpenedSource} from '../util/open-source.js'
import type {FeedItem} from './feed-item.js'

/**
 * Turn feed items into raw articles (provenance: feed path + item index). Items without
 * any text are reported and left out.
 *
 * @param file Feed file, for messages.
 * @param items Items; `undefined` for an item that was not an object.
 * @param provenance Provenance factory of the opened feed.
 * @param format Feed format.
 * @param maxItems Most items read.
 * @returns Articles.
 */
export function itemsToArticles(file: VFile, all: ReadonlyArray<FeedItem | undefined>, provenance: OpenedSource['provenance'], format: SourceFormat, maxItems = defaultMaxItems): RawArticle[] {
  const articles: RawArticle[] = []
  const items = all.slice(0, maxItems)
  if (all.length > maxItems) warn(file, `The feed has ${all.length} items, more than the limit of ${maxItems}: read the first ${maxItems}; raise \`maxItems\` (the CLI's \`--max-items\`, or \`maxItemsPerSource\` in its config) to read more`, 'too-many-items')
  items.forEach((item, index) => {
    const place = item?.line === undefined ? undefined : {line: item.line, column: 1}
    if (!item) {
      warn(file, `Item ${index} is not an object: skipped it; fix the feed`, 'item-invalid')
      return
    }
    const paragraphs = item.body === undefined ? [] : 'html' in item.body ? htmlToParagraphs(item.body.html) : textToParagraphs(item.body.text)
    if (paragraphs.length === 0) {
      const name = item.meta.title ?? item.meta.id ?? item.meta.url
      warn(file, `Item ${index}${name ? ` (${quote(name)})` : ''} has no content or description: skipped it; give it a body`, 'item-empty', place)
      return
    }
    articles.push({source: provenance(format, index), text: paragraphs.join('\n\n'), meta: item.meta})
  })
  return articles
}
