import {readFile} from 'node:fs/promises'
import path from 'node:path'
import {appMessage, type ReportedMessage} from '../report/reported-message.js'
import type {SiteLayout} from './check-site.js'
import {type FeedItem, readAtom, readJsonFeed, readRss} from './read-feed.js'

const readers = {rss: readRss, atom: readAtom, jsonfeed: readJsonFeed} as const

/**
 * Check every feed present: well-formed, each item one of the folder's articles (by id, with
 * its title), no item twice, and the feeds listing the same items.
 *
 * @param root Published folder.
 * @param layout Feed paths.
 * @param files Files present (relative).
 * @param articles Articles by id.
 * @returns Messages.
 */
export async function checkFeeds(
  root: string,
  layout: SiteLayout,
  files: ReadonlySet<string>,
  articles: ReadonlyMap<string, {title: string; file: string}>
): Promise<ReportedMessage[]> {
  const messages: ReportedMessage[] = []
  const lists: Array<{file: string; ids: string[]}> = []
  for (const kind of ['rss', 'atom', 'jsonfeed'] as const) {
    const file = layout[kind]
    if (!files.has(file)) continue
    let items: FeedItem[]
    try {
      items = readers[kind](await readFile(path.join(root, file), 'utf8'))
    } catch (cause) {
      const place = cause as {line?: unknown; column?: unknown; message: string}
      const message = appMessage(file, 'error', `Not a well-formed ${kind} feed: ${place.message}`, 'feed-parse')
      if (typeof place.line === 'number') message.line = place.line
      if (typeof place.column === 'number') message.column = place.column
      messages.push(message)
      continue
    }
    const ids: string[] = []
    const seen = new Set<string>()
    for (const item of items) {
      const id = matchArticle(item.id, articles)
      if (id === undefined) {
        messages.push(appMessage(file, 'error', `Item \`${item.id}\` (\`${item.title}\`) is not an article of this folder`, 'feed-dangling'))
        continue
      }
      if (seen.has(id)) messages.push(appMessage(file, 'error', `Item \`${item.id}\` appears twice`, 'feed-duplicate'))
      seen.add(id)
      ids.push(id)
      const expected = articles.get(id)?.title ?? ''
      if (squash(item.title) !== squash(expected)) {
        messages.push(appMessage(file, 'error', `Item \`${item.id}\` has title \`${item.title}\` but its article has \`${expected}\``, 'feed-title'))
      }
    }
    lists.push({file, ids: [...ids].sort()})
  }
  const [first, ...rest] = lists
  for (const other of rest) {
    if (first && other.ids.join('\n') !== first.ids.join('\n')) {
      messages.push(appMessage(other.file, 'error', `Lists other articles than \`${first.file}\`: feeds must carry the same items`, 'feed-mismatch'))
    }
  }
  return messages
}

/** Feed ids are the article id, possibly inside a URI (`urn:copydesk:<id>`, `tag:...:<id>`). */
function matchArticle(itemId: string, articles: ReadonlyMap<string, unknown>): string | undefined {
  if (articles.has(itemId)) return itemId
  // Atom ids of ids that are not IRIs: `urn:copydesk:` and the percent-encoded id (`..%2Fetc`).
  if (itemId.startsWith('urn:copydesk:')) {
    try {
      const decoded = decodeURIComponent(itemId.slice('urn:copydesk:'.length))
      if (articles.has(decoded)) return decoded
    } catch {
      // Not percent-encoded: match it as written below.
    }
  }
  for (const id of articles.keys()) {
    if (itemId.endsWith(`:${id}`) || itemId.endsWith(`/${id}`)) return id
  }
  return undefined
}

function squash(value: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: feeds drop characters XML forbids.
  return value.replace(/[\u0000-\u001F\u007F-\u009F]/g, '').replace(/\s+/g, ' ').trim()
}
