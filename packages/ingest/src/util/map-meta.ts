import type {RawMeta} from '@copydesk/schema'
import {z} from 'zod'
import {stripControls} from './strip-controls.js'

/** Field names sources use for each `RawMeta` field (compared lower-case, `-`/`_` ignored). */
const aliases: Readonly<Record<keyof RawMeta, readonly string[]>> = {
  id: ['id', 'guid', 'uuid', 'identifier'],
  title: ['title', 'headline', 'name'],
  summary: ['summary', 'description', 'excerpt', 'abstract', 'dek', 'standfirst'],
  date: ['date', 'published', 'publishdate', 'publishedat', 'pubdate', 'datepublished', 'publisheddate', 'created', 'createdat', 'datecreated'],
  updated: ['updated', 'modified', 'lastmod', 'lastmodified', 'datemodified', 'updatedat'],
  authors: ['authors', 'author', 'byline', 'by', 'creator', 'creators', 'writer'],
  tags: ['tags', 'keywords', 'categories', 'category', 'topics', 'subjects'],
  url: ['canonical', 'canonicalurl', 'url', 'permalink', 'link', 'href'],
  language: ['language', 'lang', 'locale', 'inlanguage'],
  publisher: ['publisher', 'source', 'site', 'sitename', 'publication'],
  slug: ['slug']
}

const scalar = z.union([z.string(), z.number(), z.date()]).transform((value) => (value instanceof Date ? isoOf(value) : String(value)).trim())
const named = z.union([scalar, z.object({name: scalar}).loose().transform((value) => value.name)])
const text = z.union([z.string(), z.object({name: z.string()}).loose().transform((value) => value.name)])
const list = z.union([text.transform((value) => value.split(/\s*[,;]\s*/)), z.array(text)]).transform((values) => values.map((value) => value.trim()).filter((value) => value !== ''))
const authorList = z.union([text.transform((value) => [value.replace(/^by\s+/i, '')]), z.array(text)]).transform((values) => values.map((value) => value.trim()).filter((value) => value !== ''))

/** The zod schema of each field (exported for tests). */
export const fields: Readonly<Record<keyof RawMeta, z.ZodType<string | string[]>>> = {
  id: scalar,
  title: scalar,
  summary: scalar,
  date: scalar,
  updated: scalar,
  authors: authorList,
  tags: list,
  url: z.union([scalar, z.object({href: scalar}).loose().transform((value) => value.href)]),
  language: scalar,
  publisher: named,
  slug: scalar
}

/** A problem with one field. */
export interface MetaProblem {
  /** Key as written in the source. */
  key: string
  reason: string
}

/**
 * Map a source's metadata record (front matter, JSON object) onto `RawMeta`, validating
 * each field with zod. Known aliases are accepted (`headline`, `author`, `keywords`,
 * `canonical_url`...); the first alias present wins. Fields with the wrong type are left
 * out and reported; unknown keys are ignored.
 *
 * @param record Parsed metadata.
 * @returns The metadata (empty strings and lists dropped) and the problems.
 */
export function mapMeta(record: Readonly<Record<string, unknown>>): {meta: RawMeta; problems: MetaProblem[]} {
  const byKey = new Map<string, string>()
  for (const key of Object.keys(record)) {
    const simple = key.toLowerCase().replace(/[-_\s]/g, '')
    if (!byKey.has(simple)) byKey.set(simple, key)
  }
  const meta: Record<string, string | string[]> = {}
  const problems: MetaProblem[] = []
  for (const [field, names] of Object.entries(aliases) as Array<[keyof RawMeta, readonly string[]]>) {
    for (const name of names) {
      const key = byKey.get(name)
      if (key === undefined || record[key] === null || record[key] === undefined) continue
      const result = plainResult(field, record[key]) ?? fields[field].safeParse(record[key])
      if (!result.success) {
        problems.push({key, reason: `Cannot use \`${key}\` as the ${field}: expected ${field === 'authors' || field === 'tags' ? 'a string or a list of strings' : 'a string'}, got ${describe(record[key])}; fix the value or remove the key`})
        continue
      }
      // Escapes in YAML or JSON (`"\u0000"`) bring back the control characters stripped from the text: strip them here too.
      let removed = 0
      const strip = (text: string) => {
        const stripped = stripControls(text)
        removed += stripped.count
        return stripped.text.trim()
      }
      const value = typeof result.data === 'string' ? strip(result.data) : result.data.map(strip).filter((item) => item !== '')
      if (removed > 0) problems.push({key, reason: `Removed ${removed} control character${removed === 1 ? '' : 's'} from \`${key}\`: no output format can carry them`})
      if (value.length === 0) continue
      meta[field] = value
      break
    }
  }
  return {meta: meta as RawMeta, problems}
}

const listFields: ReadonlySet<keyof RawMeta> = new Set(['authors', 'tags'])

/**
 * What `fields[field].safeParse(value)` gives for the common values, without zod: a string
 * (every field) or, for `authors` and `tags`, an array of strings. Undefined for anything
 * else (numbers, dates, objects, arrays with other items or holes): zod decides those.
 *
 * @internal exported for tests.
 */
export function plainResult(field: keyof RawMeta, value: unknown): {success: true; data: string | string[]} | undefined {
  if (typeof value === 'string') {
    if (field === 'authors') return {success: true, data: trimmedList([value.replace(/^by\s+/i, '')])}
    if (field === 'tags') return {success: true, data: trimmedList(value.split(/\s*[,;]\s*/))}
    return {success: true, data: value.trim()}
  }
  if (!listFields.has(field) || !Array.isArray(value)) return undefined
  for (let index = 0; index < value.length; index++) if (typeof value[index] !== 'string') return undefined
  return {success: true, data: trimmedList(value as string[])}
}

function trimmedList(values: readonly string[]): string[] {
  return values.map((value) => value.trim()).filter((value) => value !== '')
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'a list with other values than strings'
  if (typeof value === 'object') return 'an object'
  return `a ${typeof value}`
}

/** Dates keep the precision they were written with when they carry it (TOML local dates). */
function isoOf(date: Date): string {
  if (Number.isNaN(date.getTime())) return ''
  return date.toISOString()
}
