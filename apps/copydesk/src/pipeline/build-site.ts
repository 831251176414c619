import {createHash} from 'node:crypto'
import {readFile} from 'node:fs/promises'
import path from 'node:path'
import {ingest} from '@copydesk/ingest'
import {normalizeAll} from '@copydesk/normalize'
import type {Article, PublishedArticle} from '@copydesk/schema'
import type {Logger} from 'pino'
import type {BuildOptions} from '../config/build-options.js'
import {appMessage, fromVFile, type ReportedMessage} from '../report/reported-message.js'
import {type ManifestEntry, readManifest, updateManifest} from './manifest.js'
import {pipelineVersion} from './pipeline-version.js'
import {articleTargets, renderOutputs} from './render-outputs.js'
import {type CacheEntry, TagCache} from './tag-cache.js'
import {eachLimited} from './each-limited.js'
import {createTagger, type Tagger} from './tagger.js'
import {writeAtomic} from './write-atomic.js'

/** What a build did. */
export interface BuildResult {
  /** Sources ingested (files, items). */
  sources: number
  /** Articles published. */
  published: number
  /** Articles tagged in this run. */
  tagged: number
  /** Articles whose tags came from the cache. */
  cached: number
  /** Files written (changed). */
  written: number
  /** Files left as they were (same bytes). */
  unchanged: number
  /** Files of a previous build removed (their source is gone). */
  removed: string[]
  /** Every message, from every stage. */
  messages: ReportedMessage[]
}

/** Hooks and streams a build uses. */
export interface BuildContext {
  logger: Logger
  /** Called as articles finish tagging (or come from the cache). */
  onProgress?: (done: number, total: number) => void
  /** Standard input, for the `-` source. */
  stdin?: AsyncIterable<Uint8Array>
}

/**
 * Build a site: ingest -> normalize -> tag (cached, in parallel) -> publish -> write.
 * Bad sources become messages and the rest goes on.
 *
 * @param options Resolved options.
 * @param context Logger and hooks.
 * @returns Counts and messages.
 */
export async function buildSite(options: BuildOptions, context: BuildContext): Promise<BuildResult> {
  const {logger} = context
  const messages: ReportedMessage[] = []
  let clock = performance.now()
  const lap = () => {
    const now = performance.now()
    const ms = Math.round(now - clock)
    clock = now
    return ms
  }

  const ingestOptions: {cwd: string; maxBytes?: number; maxItems?: number; stdin?: AsyncIterable<Uint8Array>} = {cwd: options.inputsBase}
  if (options.maxBytes !== undefined) ingestOptions.maxBytes = options.maxBytes
  if (options.maxItemsPerSource !== undefined) ingestOptions.maxItems = options.maxItemsPerSource
  if (context.stdin) ingestOptions.stdin = context.stdin
  const ingested = await ingest(options.inputs, ingestOptions)
  for (const file of ingested.files) messages.push(...fromVFile(file))
  logger.child({stage: 'ingest'}).debug({sources: ingested.files.length, articles: ingested.articles.length, ms: lap()}, 'ingested')

  const normalized = normalizeAll(ingested.articles, options.normalize)
  for (const file of normalized.files) messages.push(...fromVFile(file))
  logger.child({stage: 'normalize'}).debug({articles: normalized.articles.length, ms: lap()}, 'normalized')

  const tagged = await tagArticles(normalized.articles, options, context, messages)
  logger.child({stage: 'tag'}).debug({tagged: tagged.tagged, cached: tagged.cached, ms: lap()}, 'tagged')

  const version = await pipelineVersion()
  const current = await currentFiles(options, tagged.published, version)
  const {outputs, messages: renderMessages} = renderOutputs(tagged.published, options.formats, options.feed, {
    version,
    isCurrent: (file) => current.has(file)
  })
  messages.push(...renderMessages)
  logger.child({stage: 'publish'}).debug({outputs: outputs.length, reused: current.size, ms: lap()}, 'rendered')
  let written = 0
  const files = new Map<string, ManifestEntry>()
  await eachLimited(outputs, 16, async (output) => {
    const file = path.join(options.out, output.path)
    if (output.content === undefined) {
      const entry = current.get(output.path)
      if (entry) files.set(output.path, entry)
      return
    }
    try {
      if (await writeAtomic(file, output.content)) written++
      const entry: ManifestEntry = {sha256: sha256(output.content)}
      if (output.key) entry.key = output.key
      files.set(output.path, entry)
    } catch (error) {
      messages.push(appMessage(output.path, 'error', `Cannot write \`${file}\`: ${(error as Error).message}`, 'write'))
    }
  })
  const removed = await updateManifest(options.out, files)
  logger.debug({written, removed: removed.length, ms: lap()}, 'written')
  return {
    sources: ingested.files.length,
    published: tagged.published.length,
    tagged: tagged.tagged,
    cached: tagged.cached,
    written,
    unchanged: outputs.length - written,
    removed,
    messages
  }
}

async function tagArticles(
  articles: readonly Article[],
  options: BuildOptions,
  context: BuildContext,
  messages: ReportedMessage[]
): Promise<{published: PublishedArticle[]; tagged: number; cached: number}> {
  const cache = new TagCache(options.cacheDir)
  const version = await pipelineVersion()
  const keys = articles.map((article) => cache.key(article, options.normalize, version))
  const entries: Array<CacheEntry | undefined> = new Array(keys.length)
  await eachLimited(keys, 32, async (key, index) => {
    entries[index] = await cache.get(key)
  })
  const misses = entries.filter((entry) => entry === undefined).length
  const threads = Math.min(options.concurrency, misses)
  let tagger: Tagger | undefined
  let done = 0
  let tagged = 0
  const total = articles.length
  const results = await Promise.all(
    articles.map(async (article, index) => {
      let entry = entries[index]
      if (!entry) {
        tagger ??= createTagger(threads)
        try {
          const outcome = await tagger.tag({text: article.text, date: article.editionDate ?? article.date, language: article.language})
          entry = {analysis: outcome.tags, messages: outcome.messages}
          tagged++
          await cache.set(keys[index] as string, entry)
        } catch (error) {
          messages.push(appMessage(article.source.path, 'error', `Cannot tag \`${article.slug}\`: ${(error as Error).message}`, 'tag'))
        }
      }
      context.onProgress?.(++done, total)
      if (!entry) return undefined
      for (const message of entry.messages) messages.push(inSource(article, message))
      const published: PublishedArticle = {...article, analysis: entry.analysis}
      return published
    })
  )
  await (tagger as Tagger | undefined)?.close()
  return {
    published: results.filter((article): article is PublishedArticle => article !== undefined),
    tagged,
    cached: articles.length - misses
  }
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

function sha256(content: string | Uint8Array): string {
  return createHash('sha256').update(content).digest('hex')
}

/**
 * Article files already on disk as this build would render them: same render key in the
 * manifest and the bytes the manifest recorded (a file edited by hand is rendered again).
 */
async function currentFiles(options: BuildOptions, articles: readonly PublishedArticle[], version: string): Promise<Map<string, ManifestEntry>> {
  const previous = await readManifest(options.out)
  const current = new Map<string, ManifestEntry>()
  if (previous.size === 0) return current
  const targets = articleTargets(articles, options.formats, options.feed, version)
  await eachLimited(targets, 16, async (target) => {
    const entry = previous.get(target.path)
    if (entry?.key !== target.key) return
    try {
      if (sha256(await readFile(path.join(options.out, target.path))) === entry.sha256) current.set(target.path, entry)
    } catch {
      // Missing or unreadable: render it again.
    }
  })
  return current
}
