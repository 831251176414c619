import type {RawArticle} from '@copydesk/schema'
import {jsonRecord} from '../json/json-record.js'
import {hasFatal} from '../util/has-fatal.js'
import {error, warn} from '../util/messages.js'
import {defaultMaxItems, openSource, type ReaderOptions, type ReadResult} from '../util/open-source.js'
import {parseJson} from '../util/parse-json.js'
import {readFeed} from './read-feed.js'

/** Keys under which exports keep their list of articles. */
const listKeys = ['articles', 'items', 'posts', 'stories', 'entries', 'data', 'results', 'documents']

/**
 * Read JSON articles: one object, an array of objects, an object holding the array
 * (`articles`, `items`, `posts`, `data`...), or JSON Lines (one object per line). Fields are
 * mapped and validated with zod; a JSON Feed is handed to `readFeed`. Syntax errors carry
 * their line and column; each bad record is reported and the others are kept.
 *
 * @param value Source bytes or text.
 * @param options Path and encoding.
 * @returns The file with its messages and the articles.
 */
export function readJson(value: string | Uint8Array, options: ReaderOptions = {}): ReadResult {
  const {file, text, provenance} = openSource(value, options, 'json')
  if (hasFatal(file)) return {file, articles: []}
  const lines = /\.(?:jsonl|ndjson)$/i.test(options.path ?? '')
  const whole = lines ? undefined : parseJson(text)
  let records: Array<{value: unknown; line?: number; bad?: true}>
  let indexed = true
  if (whole?.ok) {
    const root = whole.value as Record<string, unknown> | unknown[]
    if (!Array.isArray(root) && root && typeof root === 'object' && typeof root.version === 'string' && /jsonfeed\.org/.test(root.version)) return readFeed(value, options)
    const listKey = root && typeof root === 'object' && !Array.isArray(root) ? listKeys.find((key) => Array.isArray(root[key])) : undefined
    const list = Array.isArray(root) ? root : listKey ? ((root as Record<string, unknown>)[listKey] as unknown[]) : undefined
    indexed = list !== undefined
    records = (list ?? [root]).map((item) => ({value: item}))
  } else {
    const jsonLines = splitJsonLines(text, lines)
    if (!jsonLines && whole && !whole.ok) {
      error(file, `Malformed JSON: ${whole.problem.reason}; fix the JSON (or use one object per line, JSON Lines)`, 'json-malformed', {line: whole.problem.line, column: whole.problem.column})
      return {file, articles: []}
    }
    records = []
    for (const entry of jsonLines ?? []) {
      if (entry.ok) records.push({value: entry.value, line: entry.line})
      else {
        records.push({value: undefined, line: entry.line, bad: true})
        error(file, `Malformed JSON on line ${entry.line}: ${entry.reason}; fix that line`, 'json-malformed', {line: entry.line, column: entry.column})
      }
    }
  }
  const articles: RawArticle[] = []
  const maxItems = options.maxItems ?? defaultMaxItems
  if (records.length > maxItems) {
    warn(file, `The JSON holds ${records.length} records, more than the limit of ${maxItems}: read the first ${maxItems}; raise \`maxItems\` (the CLI's \`--max-items\`, or \`maxItemsPerSource\` in its config) to read more`, 'too-many-items')
    records = records.slice(0, maxItems)
  }
  for (const [index, record] of records.entries()) {
    if (record.bad) continue
    const place = record.line === undefined ? undefined : {line: record.line, column: 1}
    const label = indexed ? `Item ${index}` : 'The JSON object'
    const mapped = jsonRecord(record.value)
    if (!mapped.ok) {
      error(file, `${label} ${mapped.reason}`, 'json-record', place)
      continue
    }
    for (const problem of mapped.problems) warn(file, `${label}: ${problem}`, 'json-field', place)
    if (mapped.paragraphs.length === 0) {
      error(file, `${label} has an empty body: give it text`, 'json-record', place)
      continue
    }
    articles.push({source: provenance('json', indexed ? index : undefined), text: mapped.paragraphs.join('\n\n'), meta: mapped.meta})
  }
  if (records.length === 0 && !hasFatal(file)) error(file, 'The JSON holds no articles: add article objects', 'json-empty')
  return {file, articles}
}

type JsonLine = {ok: true; value: unknown; line: number} | {ok: false; reason: string; line: number; column: number}

/** JSON Lines: every non-blank line is one value; unless `known`, undefined when the first such line is not JSON. */
function splitJsonLines(text: string, known: boolean): JsonLine[] | undefined {
  const result: JsonLine[] = []
  const lines = text.split('\n')
  for (const [index, line] of lines.entries()) {
    if (line.trim() === '') continue
    const parsed = parseJson(line)
    if (!known && result.length === 0 && !parsed.ok) return undefined
    result.push(parsed.ok ? {ok: true, value: parsed.value, line: index + 1} : {ok: false, reason: parsed.problem.reason, line: index + 1, column: parsed.problem.column})
  }
  return known || result.length > 1 ? result : undefined
}
