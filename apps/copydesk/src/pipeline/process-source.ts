import {createHash} from 'node:crypto'
import {readFile} from 'node:fs/promises'
import {ingestEach, type Source} from '@copydesk/ingest'
import {fingerprint, normalize} from '@copydesk/normalize'
import type {Article} from '@copydesk/schema'
import type {BuildOptions} from '../config/build-options.js'
import {appMessage, fromVFile, type ReportedMessage} from '../report/reported-message.js'
import {runTag} from './run-tag.js'
import {type ArticleRecord, SourceCache, type StoredArticle} from './source-cache.js'

/** One source to process: a file (read here) or bytes already in hand. */
export interface SourceJob {
  /** Path as shown; for a file, also `absolute`. */
  path: string | undefined
  absolute?: string
  /** Bytes, for a value or standard input. */
  value?: string | Uint8Array
  /** Size from stat: a file over `maxBytes` is left to ingest to report, unread. */
  size?: number
  /** The bytes hash the index has for this path: the same bytes are not processed again. */
  knownSha256?: string
  settings: SourceSettings
}

/** What processing a source depends on. */
export interface SourceSettings {
  cwd: string
  maxBytes: number | undefined
  maxItems: number | undefined
  normalize: BuildOptions['normalize']
  version: string
  cacheDir: string | undefined
}

/** One article of a processed source. */
export interface ProcessedArticle {
  record: ArticleRecord
  /** The article and tags; undefined when tagging failed. */
  full: StoredArticle | undefined
  /** True when tagged in this run, false when the tags came from the article store. */
  taggedNow: boolean
}

/** A processed source. */
export interface SourceOutcome {
  /** SHA-256 of the bytes, when read. */
  sha256: string | undefined
  /** True when the bytes hash is `knownSha256`: nothing else was done. */
  same: boolean
  /** Every message: ingest, normalize and tag, in order. */
  messages: ReportedMessage[]
  articles: ProcessedArticle[]
}

/**
 * Process one source: read, ingest, normalize, fingerprint and tag each article (tags come
 * from the article store when it has them; new ones are stored). Runs in the worker threads
 * and on the main thread alike, so both give the same records.
 *
 * @param job The source and settings.
 * @param stdin Standard input, for the `-` source (main thread only).
 * @returns Records, full articles and messages.
 */
export async function processSource(job: SourceJob, stdin?: AsyncIterable<Uint8Array>): Promise<SourceOutcome> {
  const {settings} = job
  let bytes: Uint8Array | undefined
  if (job.absolute && job.size !== undefined && job.size <= (settings.maxBytes ?? Number.POSITIVE_INFINITY)) {
    bytes = await readFile(job.absolute).catch(() => undefined)
  }
  const hash = bytes ? createHash('sha256').update(bytes).digest('hex') : undefined
  if (hash && hash === job.knownSha256) return {sha256: hash, same: true, messages: [], articles: []}
  let source: Source
  if (job.value !== undefined) source = job.path === undefined ? {value: job.value} : {path: job.path, value: job.value}
  else if (bytes) source = {path: job.path as string, value: bytes}
  else source = job.path as string
  const store = new SourceCache(settings.cacheDir, '')
  const messages: ReportedMessage[] = []
  const articles: ProcessedArticle[] = []
  const ingestOptions = {cwd: settings.cwd, maxBytes: settings.maxBytes, maxItems: settings.maxItems, stdin}
  for await (const {file, articles: raws} of ingestEach([source], ingestOptions)) {
    messages.push(...fromVFile(file))
    for (const raw of raws) {
      const result = normalize(raw, settings.normalize)
      messages.push(...fromVFile(result.file))
      const article = result.article
      if (!article) continue
      const key = articleKey(article, settings.normalize, settings.version)
      const record: ArticleRecord = {key, id: article.id, slug: article.slug, fingerprint: fingerprint(article.text)}
      if (article.date !== undefined) record.date = article.date
      if (article.editionDate !== undefined) record.editionDate = article.editionDate
      if (article.timeZone !== undefined) record.timeZone = article.timeZone
      const stored = await store.article(key)
      if (stored) {
        messages.push(...stored.messages)
        articles.push({record, full: {...stored, article}, taggedNow: false})
        continue
      }
      try {
        const outcome = await runTag({text: article.text, date: article.editionDate ?? article.date, language: article.language})
        const full: StoredArticle = {article, analysis: outcome.tags, messages: outcome.messages.map((message) => inSource(article, message))}
        messages.push(...full.messages)
        await store.storeArticle(key, full)
        articles.push({record, full, taggedNow: true})
      } catch (error) {
        messages.push(appMessage(article.source.path, 'error', `Cannot tag \`${article.slug}\`: ${(error as Error).message}`, 'tag'))
        articles.push({record, full: undefined, taggedNow: false})
      }
    }
  }
  return {sha256: hash, same: false, messages, articles}
}

/**
 * The key of an article: everything its normalized form and tags are made from.
 *
 * @param article The normalized article.
 * @param options Normalize options.
 * @param version Pipeline version.
 * @returns Lower-case hex SHA-256.
 */
export function articleKey(article: Article, options: unknown, version: string): string {
  const text = createHash('sha256').update(article.text).digest('hex')
  const {sha256: bytes, path: source, index} = article.source
  const parts = [version, bytes, source, index ?? null, text, article.editionDate ?? article.date ?? null, article.language, options]
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex')
}

/**
 * Place a tagger message on the article's source. Its line and column point into the
 * normalized body text, not the source file, so they move into the reason.
 */
function inSource(article: Article, message: Omit<ReportedMessage, 'file'>): ReportedMessage {
  const {line, column, ...rest} = message
  const where = line === undefined ? '' : ` (body text ${line}:${column ?? 1})`
  return {...rest, file: article.source.path, reason: `${message.reason}${where}`}
}
