import type {RawMeta} from '@copydesk/schema'
import {z} from 'zod'
import {htmlToLine, htmlToParagraphs, textToParagraphs} from '../html/html-to-paragraphs.js'
import {mapMeta} from '../util/map-meta.js'

/** Keys holding the article body, most specific first (compared lower-case, `-`/`_` ignored). */
export const bodyKeys = ['contenthtml', 'bodyhtml', 'html', 'articlebody', 'body', 'content', 'text', 'contenttext', 'bodytext', 'story', 'fulltext'] as const

/** A JSON article: any object; fields are mapped and validated one by one. */
export const jsonRecordSchema = z.record(z.string(), z.unknown())

/** What one JSON record gives. */
export type JsonArticle = {ok: true; meta: RawMeta; paragraphs: string[]; problems: string[]} | {ok: false; reason: string}

/**
 * Map one JSON object onto an article: metadata through `mapMeta` (aliases such as
 * `headline`, `author`, `keywords`, `canonical_url`), the body from the first body key
 * present (`content_html`, `body`, `content`, `text`, ...; WordPress-style `{rendered}`
 * objects unwrapped), HTML reduced to text paragraphs.
 *
 * @param value Parsed JSON value.
 * @returns The mapped article, or why it cannot be one.
 */
export function jsonRecord(value: unknown): JsonArticle {
  const parsed = jsonRecordSchema.safeParse(value)
  if (!parsed.success) return {ok: false, reason: `is ${Array.isArray(value) ? 'a list' : value === null ? 'null' : `a ${typeof value}`}, not an article object: make each item an object with a \`title\` and a \`body\``}
  const record: Record<string, unknown> = {}
  for (const [key, field] of Object.entries(parsed.data)) record[key] = unwrap(field)
  let body: string | undefined
  const keys = new Map(Object.keys(record).map((key) => [key.toLowerCase().replace(/[-_\s]/g, ''), key]))
  for (const name of bodyKeys) {
    const key = keys.get(name)
    const field = key === undefined ? undefined : record[key]
    if (typeof field === 'string' && field.trim() !== '') {
      body = field
      delete record[key as string]
      break
    }
  }
  if (body === undefined) return {ok: false, reason: `has no text: give it a \`body\`, \`content\` or \`text\` string (found keys ${Object.keys(record).slice(0, 8).map((key) => `\`${key}\``).join(', ') || 'none'})`}
  const {meta, problems} = mapMeta(record)
  if (meta.title !== undefined) meta.title = htmlToLine(meta.title)
  if (meta.summary !== undefined) meta.summary = htmlToLine(meta.summary)
  const paragraphs = /<[A-Za-z!/]/.test(body) ? htmlToParagraphs(body) : textToParagraphs(body)
  return {ok: true, meta, paragraphs, problems: problems.map((problem) => problem.reason)}
}

/** WordPress REST API fields are `{rendered: "..."}`. */
function unwrap(value: unknown): unknown {
  if (value && typeof value === 'object' && !Array.isArray(value) && typeof (value as {rendered?: unknown}).rendered === 'string') return (value as {rendered: string}).rendered
  return value
}
