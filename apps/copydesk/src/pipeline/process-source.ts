import {createHash} from 'node:crypto'
import {readFileSync} from 'node:fs'
import {ingestEach, type Source} from '@copydesk/ingest'
import {normalize, type Signature, signatureOf} from '@copydesk/normalize'
import type {Article, FeedOptionsInput, PublishedArticle} from '@copydesk/schema'
import type {BuildOptions} from '../config/build-options.js'
import type {Format} from '../config/config-schema.js'
import {appMessage, fromVFile, keptMessages, type ReportedMessage} from '../report/reported-message.js'
import {ArticlePlanner, type Output, renderArticleOutputs} from './render-outputs.js'
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
  /** Formats and feed options: an article tagged now is rendered here too, under its own slug. */
  render: {formats: Format[]; feed: FeedOptionsInput}
  /** Send full articles back (without a cache there is no store to read them from later). */
  sendFull: boolean
}

/** The article files of an article rendered under its own slug (what the build usually publishes). */
export interface Rendered {
  slug: string
  /** Undefined when a format failed (see `messages`). */
  outputs: Output[] | undefined
  messages: ReportedMessage[]
}

/** One article of a processed source. */
export interface ProcessedArticle {
  record: ArticleRecord
  /** What duplicate detection needs of the body. */
  fingerprint: Signature
  /** False when tagging failed. */
  tagged: boolean
  /** The article and tags, when tagged and asked for (`sendFull`) or not rendered here. */
  full?: StoredArticle | undefined
  /** True when tagged in this run, false when the tags came from the article store. */
  taggedNow: boolean
  /** Its article files under `record.slug`, when tagged in this run. */
  rendered?: Rendered
}

/** A processed source. */
export interface SourceOutcome {
  /** SHA-256 of the bytes, when read. */
  sha256: string | undefined
  /** True when the bytes hash is `knownSha256`: nothing else was done. */
  same: boolean
  /** The warnings and errors: ingest, normalize and tag, in order. */
  messages: ReportedMessage[]
  /** Every message in order, info ones included, as JSON text: present when there are info messages (see `SourceRecord.info`). */
  info?: string
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
    try {
      bytes = readFileSync(job.absolute)
    } catch {
      // Unreadable: ingest reads the path again and reports why.
    }
  }
  const hash = bytes ? createHash('sha256').update(bytes).digest('hex') : undefined
  if (hash && hash === job.knownSha256) return {sha256: hash, same: true, messages: [], articles: []}
  let source: Source
  if (job.value !== undefined) source = job.path === undefined ? {value: job.value} : {path: job.path, value: job.value}
  else if (bytes) source = {path: job.path as string, value: bytes}
  else source = job.path as string
  const store = storeOf(settings.cacheDir)
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
      const record: ArticleRecord = {key, id: article.id, slug: article.slug}
      const print = signatureOf(article.text)
      if (article.date !== undefined) record.date = article.date
      if (article.editionDate !== undefined) record.editionDate = article.editionDate
      if (article.timeZone !== undefined) record.timeZone = article.timeZone
      const stored = store.article(key)
      if (stored) {
        messages.push(...stored.messages)
        articles.push({record, fingerprint: print, tagged: true, full: {...stored, article}, taggedNow: false})
        continue
      }
      let full: StoredArticle
      try {
        const outcome = await runTag({text: article.text, date: article.editionDate ?? article.date, language: article.language})
        full = {article, analysis: outcome.tags, messages: outcome.messages.map((message) => inSource(article, message))}
      } catch (error) {
        messages.push(appMessage(article.source.path, 'error', `Cannot tag \`${article.slug}\`: ${(error as Error).message}`, 'tag'))
        articles.push({record, fingerprint: print, tagged: false, taggedNow: false})
        continue
      }
      messages.push(...full.messages)
      store.storeArticle(key, full)
      const rendered = renderOwn(full, key, settings)
      const processed: ProcessedArticle = {record, fingerprint: print, tagged: true, taggedNow: true, rendered}
      if (settings.sendFull || !settings.cacheDir) processed.full = full
      articles.push(processed)
    }
  }
  const outcome: SourceOutcome = {sha256: hash, same: false, messages, articles}
  if (messages.some((message) => message.severity === 'info')) {
    outcome.info = JSON.stringify(messages)
    outcome.messages = [...keptMessages(messages, false)]
  }
  return outcome
}

/**
 * Load what tagging loads on first use (the entity model, lexicons), so a worker started
 * ahead of its first source is ready when it comes. Failures are left to that source.
 */
export async function prepare(): Promise<void> {
  try {
    await runTag({text: 'Copydesk warms up: "Ready," the editor said in Paris on Monday.', date: '2012-03-20'})
  } catch {
    // The real source reports it.
  }
}

let stores: {folder: string | undefined; cache: SourceCache} | undefined

/** The article store of a cache folder, kept between sources (it remembers the folders it made). */
function storeOf(folder: string | undefined): SourceCache {
  if (stores && stores.folder === folder) return stores.cache
  const cache = new SourceCache(folder, '')
  stores = {folder, cache}
  return cache
}

let planner: {key: string; value: ArticlePlanner} | undefined

/** Render an article's files under its own slug (the build checks the slug is still its own). */
function renderOwn(full: StoredArticle, key: string, settings: SourceSettings): Rendered {
  const {formats, feed} = settings.render
  const plannerKey = JSON.stringify([formats, feed, settings.version])
  if (planner?.key !== plannerKey) planner = {key: plannerKey, value: new ArticlePlanner(formats, feed, settings.version)}
  const {slug} = full.article
  const targets = planner.value.targets(key, slug)
  const published: PublishedArticle = {...full.article, analysis: full.analysis}
  const {outputs, messages} = renderArticleOutputs(published, targets, feed)
  // As bytes with their hash: a worker moves the bytes to the main thread without a copy (see
  // `transferables`), and the main thread neither encodes nor hashes them.
  return {slug, messages, outputs: outputs?.map((output) => asBytes(output))}
}

const encoder = new TextEncoder()

function asBytes(output: Output): Output {
  const content = typeof output.content === 'string' ? encoder.encode(output.content) : output.content
  return {...output, content, sha256: createHash('sha256').update(content).digest('hex')}
}

/**
 * The buffers of an outcome's rendered files, to transfer with it to the main thread.
 *
 * @param outcome A worker's outcome.
 * @returns Their `ArrayBuffer`s (each a file's own).
 */
export function transferables(outcome: SourceOutcome): ArrayBuffer[] {
  const buffers: ArrayBuffer[] = []
  for (const article of outcome.articles) {
    for (const output of article.rendered?.outputs ?? []) if (output.content instanceof Uint8Array) buffers.push(output.content.buffer as ArrayBuffer)
  }
  return buffers
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
