import type {RawMeta} from '@copydesk/schema'

/** One feed entry before it becomes an article. */
export interface FeedItem {
  meta: RawMeta
  /** Body: HTML (reduced to paragraphs later) or plain text. */
  body: {html: string} | {text: string} | undefined
  /** 1-indexed line of the item element, when known. */
  line?: number | undefined
}

/**
 * Build a `RawMeta` from candidate values, leaving out empty ones, in a stable key order.
 *
 * @param fields Candidate values (strings trimmed; empty lists dropped).
 * @returns Metadata.
 */
export function cleanMeta(fields: {[K in keyof RawMeta]?: RawMeta[K] | undefined}): RawMeta {
  const order: Array<keyof RawMeta> = ['id', 'title', 'summary', 'date', 'updated', 'authors', 'tags', 'url', 'language', 'publisher', 'slug']
  const meta: Record<string, string | string[]> = {}
  for (const key of order) {
    const value = fields[key]
    if (typeof value === 'string' && value.trim() !== '') meta[key] = value.trim()
    if (Array.isArray(value)) {
      const list = [...new Set(value.map((item) => item.trim()).filter((item) => item !== ''))]
      if (list.length > 0) meta[key] = list
    }
  }
  return meta as RawMeta
}

/**
 * Read an RSS author value: `jane@example.com (Jane Doe)` gives `Jane Doe`.
 *
 * @param value Author as written.
 * @returns The name.
 */
export function authorName(value: string): string {
  const named = /^\S+@\S+\s*\(([^)]+)\)$/.exec(value.trim())
  return (named?.[1] ?? value).replace(/^by\s+/i, '').trim()
}

/**
 * Resolve a possibly relative URL against a base; give it back unchanged when impossible.
 *
 * @param value URL as written.
 * @param base Base URL.
 * @returns Absolute URL when it can be made one.
 */
export function resolveUrl(value: string | undefined, base: string | undefined): string | undefined {
  if (value === undefined || value.trim() === '') return undefined
  try {
    return new URL(value.trim(), base).href
  } catch {
    return value.trim()
  }
}
