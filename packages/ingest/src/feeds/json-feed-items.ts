import {z} from 'zod'
import {htmlToLine} from '../html/html-to-paragraphs.js'
import {cleanMeta, type FeedItem, resolveUrl} from './feed-item.js'

const text = z.string().optional().catch(undefined)
const author = z.object({name: z.string().optional().catch(undefined)}).loose()

const itemSchema = z
  .object({
    id: z.union([z.string(), z.number()]).transform(String).optional().catch(undefined),
    url: text,
    title: text,
    content_html: text,
    content_text: text,
    summary: text,
    date_published: text,
    date_modified: text,
    authors: z.array(author.catch({})).optional().catch(undefined),
    author: author.optional().catch(undefined),
    tags: z.array(z.string().catch('')).optional().catch(undefined),
    language: text
  })
  .loose()

/** JSON Feed 1.0/1.1 document, validated leniently: bad fields are dropped, not fatal. */
export const jsonFeedSchema = z
  .object({
    version: z.string().regex(/^https?:\/\/jsonfeed\.org\/version\//),
    title: text,
    home_page_url: text,
    language: text,
    authors: z.array(author.catch({})).optional().catch(undefined),
    author: author.optional().catch(undefined),
    items: z.array(z.unknown())
  })
  .loose()

/**
 * Items of a JSON Feed (1.0 or 1.1): `content_html` preferred over `content_text`;
 * item authors or else the feed's (1.1 `authors` or 1.0 `author`).
 *
 * @param feed Parsed, validated feed.
 * @returns Items in order, and the indexes of items that are not objects.
 */
export function jsonFeedItems(feed: z.infer<typeof jsonFeedSchema>): {items: Array<FeedItem | undefined>} {
  const feedAuthors = namesOf(feed.authors ?? (feed.author ? [feed.author] : []))
  const items = feed.items.map((raw) => {
    const parsed = itemSchema.safeParse(raw)
    if (!parsed.success) return undefined
    const item = parsed.data
    const authors = namesOf(item.authors ?? (item.author ? [item.author] : []))
    const html = item.content_html?.trim() ? item.content_html : undefined
    const plain = item.content_text?.trim() ? item.content_text : undefined
    return {
      meta: cleanMeta({
        id: item.id,
        title: item.title === undefined ? undefined : htmlToLine(item.title),
        summary: item.summary,
        date: item.date_published,
        updated: item.date_modified,
        authors: authors.length > 0 ? authors : feedAuthors,
        tags: item.tags,
        url: resolveUrl(item.url, feed.home_page_url),
        language: item.language ?? feed.language,
        publisher: feed.title
      }),
      body: html ? {html} : plain ? {text: plain} : undefined
    } satisfies FeedItem
  })
  return {items}
}

function namesOf(authors: ReadonlyArray<{name?: string | undefined}>): string[] {
  return authors.map((entry) => entry.name ?? '').filter((name) => name.trim() !== '')
}
