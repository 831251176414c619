import {createHash} from 'node:crypto'
import {statSync} from 'node:fs'
import {stat} from 'node:fs/promises'
import path from 'node:path'
import {type Entry as SourceEntry, expandSources} from '@copydesk/ingest/expand-sources'
import {DuplicateIndex, duplicateReasons, nearDuplicateThreshold, type Repeat, slugCollisionReason, uniqueSlug} from '@copydesk/normalize'
import {resolveOptions as resolveFeedOptions, selectFeedItems} from '@copydesk/publish'
import type {FeedOptionsInput, PublishedArticle} from '@copydesk/schema'
import type {Logger} from 'pino'
import type {BuildOptions} from '../config/build-options.js'
import {appMessage, type ReportedMessage} from '../report/reported-message.js'
import {eachLimited} from './each-limited.js'
import {type ManifestEntry, readManifest, updateManifest} from './manifest.js'
import {pipelineVersion} from './pipeline-version.js'
import {ArticlePlanner, type ArticleTarget, type Output, renderArticleOutputs, renderFeeds} from './render-outputs.js'
import {type ArticleRecord, type OutputStat, SourceCache, type SourceRecord, type StoredArticle} from './source-cache.js'
import type {SourceJob, SourceOutcome, SourceSettings} from './process-source.js'
import {createPool, type Pool} from './tagger.js'
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
  /** Called as sources finish (processed, or taken whole from the cache). */
  onProgress?: (done: number, total: number) => void
  /** Standard input, for the `-` source. */
  stdin?: AsyncIterable<Uint8Array>
}

/** Version of what the build cache holds (records, fingerprints): change it when they change. */
const cacheFormat = 'copydesk-build-cache/2'

/** Sources handled together: bounds what is held at once (bodies, tags, renders). */
const batchSize = 128

/** Full articles made in pass 1 kept in memory for pass 2 (with a cache; without one, all are kept). */
const heldMax = 500

/** One article of the current batch, with what the batch knows of it. */
interface Item {
  record: ArticleRecord
  /** The full article, when this batch made it (or read it). */
  full?: StoredArticle | undefined
  /** False when tagging failed: the article counts for duplicates and slugs, but is not published. */
  tagged: boolean
  /** True when this run tagged it (not from the cache). */
  taggedNow?: boolean
}

/** A source of the current batch, processed or taken from the index. */
interface Unit {
  entry: SourceEntry
  record: SourceRecord | undefined
  /** Articles of a processed source, in order (full articles attached). */
  items: Item[]
  /** Messages of a source with no record (stdin, values, unreadable files). */
  messages: ReportedMessage[]
  fresh: boolean
}

/** A feed candidate: the few fields feed selection reads, and where the article is. */
interface Candidate {
  id: string
  date?: string
  editionDate?: string
  timeZone?: string
  key: string
  slug: string
  entry: SourceEntry
}

/** An article after pass 1: its record and where it came from. */
interface Ref {
  record: ArticleRecord
  entry: SourceEntry
  sourcePath: string
  tagged: boolean
  taggedNow: boolean
}

/** An article to publish: its slug in this run and its files. */
interface Render {
  ref: Ref
  slug: string
  targets: ArticleTarget[]
}

const start = {line: 1, column: 1}

/**
 * Build a site, streaming: sources in bounded batches through ingest -> normalize -> tag
 * (cached, in parallel) -> publish -> write. Only small per-article records (id, slug, dates,
 * fingerprint, keys) are kept across the run; duplicates, slug collisions and feeds are
 * decided from them in input order, so an incremental build gives exactly the bytes of a
 * cold one. With the cache, a source whose stat (or bytes) match the last build is not
 * processed again, and an output whose render key and stat match is not rendered again.
 * Bad sources become messages and the rest goes on.
 *
 * @param options Resolved options.
 * @param context Logger and hooks.
 * @returns Counts and messages.
 */
export async function buildSite(options: BuildOptions, context: BuildContext): Promise<BuildResult> {
  const {logger} = context
  const messages: ReportedMessage[] = []
  const began = performance.now()
  const version = await pipelineVersion()
  const contextKey = sha256(JSON.stringify([cacheFormat, version, options.normalize, options.maxBytes ?? null, options.maxItemsPerSource ?? null]))
  const cache = new SourceCache(options.cacheDir, contextKey)
  const [manifest] = await Promise.all([readManifest(options.out), cache.load()])

  const entries: SourceEntry[] = []
  for await (const entry of expandSources(options.inputs, options.inputsBase)) entries.push(entry)
  const stats = new Map<SourceEntry, {size: number; mtimeMs: number; ino: number} | undefined>()
  // Synchronous on purpose: no worker runs yet, and a stat loop is several times faster that
  // way (a warm build of 10,000 sources is mostly stats).
  for (const entry of entries) {
    if (entry.kind !== 'file') continue
    const info = statSync(entry.absolute, {throwIfNoEntry: false})
    stats.set(entry, info ? {size: info.size, mtimeMs: info.mtimeMs, ino: info.ino} : undefined)
  }
  const hitByStat = (entry: SourceEntry): SourceRecord | undefined => {
    if (entry.kind !== 'file') return undefined
    const record = cache.source(entry.path)
    const now = stats.get(entry)
    if (!record || !now) return undefined
    const was = record.stat
    return was.absolute === entry.absolute && was.size === now.size && was.mtimeMs === now.mtimeMs && was.ino === now.ino ? record : undefined
  }
  const misses = entries.filter((entry) => entry.kind !== 'problem' && !hitByStat(entry)).length
  logger.child({stage: 'ingest'}).debug({sources: entries.length, misses, ms: Math.round(performance.now() - began)}, 'sources listed')

  const settings: SourceSettings = {
    cwd: options.inputsBase,
    maxBytes: options.maxBytes,
    maxItems: options.maxItemsPerSource,
    normalize: options.normalize,
    version,
    cacheDir: options.cacheDir
  }
  // Workers only when there is work for them: a warm build starts none.
  let pool: Pool<SourceJob, SourceOutcome> | undefined
  const getPool = () => {
    pool ??= createPool<SourceJob, SourceOutcome>(Math.min(options.concurrency, misses), new URL('./source-worker.js', import.meta.url), async (job) => (await import('./process-source.js')).processSource(job))
    return pool
  }
  const closePool = async () => {
    const open = pool
    pool = undefined
    await open?.close()
  }
  let tagged = 0
  let cached = 0
  let published = 0
  let written = 0
  let unchanged = 0
  let changed = false
  const records: SourceRecord[] = []
  const kept: Array<{id: string; path: string}> = []
  const slugs = new Set<string>()
  const owners = new Map<string, string>()
  const files = new Map<string, ManifestEntry>()
  const outputStats = new Map<string, OutputStat>()
  const planner = new ArticlePlanner(options.formats, options.feed, version)
  const feedInput: FeedOptionsInput = options.feed
  const feedOptions = resolveFeedOptions(feedInput)
  const selection: FeedOptionsInput = {...feedInput, now: feedOptions.now ?? new Date().toISOString()}
  const held = new Map<string, StoredArticle>()
  const normalizeMessages: ReportedMessage[] = []
  const renderMessages: ReportedMessage[] = []

  /** Process one source (on a worker when there are several): ingest, normalize, fingerprint, tag. `again`: even when its bytes are those of the index (the article store lost an entry). */
  const processEntry = async (entry: SourceEntry, again = false): Promise<Unit> => {
    const info = stats.get(entry)
    const known = entry.kind === 'file' ? cache.source(entry.path) : undefined
    const job: SourceJob = {path: entry.path, settings}
    if (entry.kind === 'file') {
      job.absolute = entry.absolute
      if (info) job.size = info.size
      if (known && known.stat.absolute === entry.absolute && !again) job.knownSha256 = known.sha256
    } else if (entry.kind === 'value') {
      job.value = entry.value
    }
    let outcome: SourceOutcome
    try {
      outcome = entry.kind === 'stdin' ? await (await import('./process-source.js')).processSource(job, context.stdin) : await getPool().run(job)
    } catch (error) {
      const message = appMessage(entry.path ?? '<string>', 'error', `Cannot process \`${entry.path ?? '<string>'}\`: ${(error as Error).message}`, 'process')
      return {entry, record: undefined, items: [], messages: [message], fresh: true}
    }
    if (outcome.same && known && entry.kind === 'file' && info) {
      // Touched, not changed: the same result, with the new stat.
      changed = true
      return {entry, record: {...known, stat: {absolute: entry.absolute, ...info}}, items: [], messages: [], fresh: false}
    }
    const items: Item[] = outcome.articles.map((article) => ({
      record: article.record,
      full: article.full,
      tagged: article.full !== undefined,
      taggedNow: article.taggedNow
    }))
    let record: SourceRecord | undefined
    if (entry.kind === 'file' && info && outcome.sha256 && items.every((item) => item.tagged)) {
      record = {path: entry.path, stat: {absolute: entry.absolute, ...info}, sha256: outcome.sha256, messages: outcome.messages, articles: items.map((item) => item.record)}
      changed = true
    }
    return {entry, record, items, messages: record ? [] : outcome.messages, fresh: true}
  }

  /** The full article of a record: held from pass 1, from the store, or (store emptied) made again. */
  const fullArticle = async (entry: SourceEntry, key: string): Promise<StoredArticle | undefined> => {
    const known = held.get(key)
    if (known) return known
    const stored = await cache.article(key)
    if (stored) return stored
    const unit = await processEntry(entry, true)
    return unit.items.find((item) => item.record.key === key)?.full
  }

  // Pass 1, streaming: every source processed (or taken from the index), in bounded batches;
  // only small records are kept, and the full articles a later step needs without a cache.
  const refs: Ref[] = []
  let done = 0
  for (let first = 0; first < entries.length; first += batchSize) {
    const batch = entries.slice(first, first + batchSize)
    const units: Unit[] = []
    await eachLimited(batch, 16, async (entry, index) => {
      if (entry.kind === 'problem') {
        const problem: ReportedMessage = {file: entry.path, severity: 'error', reason: entry.reason, source: 'copydesk-ingest', ruleId: entry.ruleId}
        units[index] = {entry, record: undefined, items: [], messages: [problem], fresh: false}
        return
      }
      const hit = hitByStat(entry)
      units[index] = hit ? {entry, record: hit, items: [], messages: [], fresh: false} : await processEntry(entry)
    })
    for (const unit of units) {
      if (unit.record) records.push(unit.record)
      messages.push(...(unit.record ? unit.record.messages : unit.messages))
      const sourcePath = unit.record?.path ?? unit.entry.path ?? '<string>'
      const items: Item[] =
        unit.items.length > 0 || unit.fresh ? unit.items : (unit.record?.articles ?? []).map((record) => ({record, tagged: true}))
      for (const item of items) {
        if (item.full && (!options.cacheDir || held.size < heldMax)) held.set(item.record.key, item.full)
        refs.push({record: item.record, entry: unit.entry, sourcePath, tagged: item.tagged, taggedNow: item.taggedNow === true})
      }
    }
    done += batch.length
    context.onProgress?.(done, entries.length)
  }
  await closePool()
  logger.child({stage: 'tag'}).debug({articles: refs.length, ms: Math.round(performance.now() - began)}, 'processed')

  // Pass 2, in input order on the small records: duplicates, slugs, which files need rendering.
  // Duplicates depend only on the articles and their order: the same sequence as last time
  // gives the same decisions, so they are read back instead of computed again.
  const sequence = createHash('sha256')
  sequence.update(`${contextKey}\n`)
  for (const ref of refs) sequence.update(`${ref.record.key}\n`)
  const sequenceKey = sequence.digest('hex')
  const saved = await cache.decisions(sequenceKey)
  const repeats = new Map<number, Repeat>(saved)
  if (!saved) {
    // Positions in check order are positions in `refs`: every article is checked, in order.
    const duplicates = new DuplicateIndex(nearDuplicateThreshold)
    refs.forEach((ref, index) => {
      const repeat = duplicates.check({id: ref.record.id, fingerprint: ref.record.fingerprint})
      if (repeat) repeats.set(index, repeat)
    })
    await cache.saveDecisions(sequenceKey, [...repeats])
  }
  const keptAt = new Map<number, number>()
  const renders: Render[] = []
  for (const [index, ref] of refs.entries()) {
    const {record, sourcePath} = ref
    const repeat = repeats.get(index)
    if (repeat) {
      const other = kept[keptAt.get(repeat.of) as number] as {id: string; path: string}
      const reasons = duplicateReasons(repeat, {id: record.id, path: sourcePath}, other)
      normalizeMessages.push(normalizeMessage(sourcePath, 'warning', reasons.dropped, 'duplicate'), normalizeMessage(other.path, 'info', reasons.kept, 'duplicate'))
      continue
    }
    keptAt.set(index, kept.length)
    kept.push({id: record.id, path: sourcePath})
    const slug = uniqueSlug(record.slug, slugs)
    if (slug !== record.slug) normalizeMessages.push(normalizeMessage(sourcePath, 'warning', slugCollisionReason(record.slug, slug), 'slug-collision'))
    slugs.add(slug)
    if (!ref.tagged) continue
    if (ref.taggedNow) tagged++
    else cached++
    const targets = planner.targets(record.key, slug)
    const clash = targets.map((target) => owners.get(target.path)).find((owner) => owner !== undefined)
    if (clash !== undefined) {
      const reason = `Slug \`${slug}\` is also the slug of \`${clash}\`: one would overwrite the other, so this one is not published. Give one a \`slug\` of its own`
      renderMessages.push(appMessage(sourcePath, 'error', reason, 'duplicate-slug'))
      continue
    }
    for (const target of targets) owners.set(target.path, sourcePath)
    renders.push({ref, slug, targets})
  }
  logger.child({stage: 'normalize'}).debug({kept: kept.length, ms: Math.round(performance.now() - began)}, 'decided')

  // Render and write what is not already on disk as this build would make it.
  const candidates: Candidate[] = []
  await eachLimited(renders, 16, async (render) => {
    const {ref, slug, targets} = render
    const stale: ArticleTarget[] = []
    for (const target of targets) {
      const entryOf = manifest.get(target.path)
      const seen = cache.output(target.path)
      if (entryOf?.key === target.key && seen?.key === target.key && sameStat(path.join(options.out, target.path), seen)) {
        files.set(target.path, entryOf)
        outputStats.set(target.path, seen)
        unchanged++
      } else {
        stale.push(target)
      }
    }
    let ok = true
    if (stale.length > 0) {
      const full = await fullArticle(ref.entry, ref.record.key)
      if (!full) {
        ok = false
        renderMessages.push(appMessage(ref.sourcePath, 'error', `Cannot render \`${slug}\`: its article is missing from the cache`, 'render-article'))
      } else {
        const rendered = renderArticleOutputs(publishedOf(full, slug), stale, options.feed)
        renderMessages.push(...rendered.messages)
        if (!rendered.outputs) ok = false
        else {
          for (const output of rendered.outputs) {
            const result = await writeOutput(options.out, output, messages)
            if (result.written) written++
            else unchanged++
            if (result.entry) files.set(output.path, result.entry)
            if (result.stat) outputStats.set(output.path, result.stat)
          }
        }
      }
    }
    if (!ok) {
      for (const target of targets) {
        files.delete(target.path)
        outputStats.delete(target.path)
      }
      return
    }
    published++
    const {record} = ref
    const candidate: Candidate = {id: record.id, key: record.key, slug, entry: ref.entry}
    if (record.date !== undefined) candidate.date = record.date
    if (record.editionDate !== undefined) candidate.editionDate = record.editionDate
    if (record.timeZone !== undefined) candidate.timeZone = record.timeZone
    candidates.push(candidate)
  })

  // Feeds: chosen on the small records (ids are unique among kept articles, so the order
  // renders finished in does not matter), then only the chosen articles are read.
  const items: PublishedArticle[] = []
  for (const candidate of selectFeedItems(candidates, selection)) {
    const full = await fullArticle(candidate.entry, candidate.key)
    if (full) items.push(publishedOf(full, candidate.slug))
  }
  const feeds = renderFeeds(items, options.formats, options.feed)
  renderMessages.push(...feeds.messages)
  for (const output of feeds.outputs) {
    const result = await writeOutput(options.out, output, messages)
    if (result.written) written++
    else unchanged++
    if (result.entry) files.set(output.path, result.entry)
  }
  await closePool()
  await cache.save(records, changed)
  await cache.saveOutputs(outputStats)
  const removed = await updateManifest(options.out, files, manifest)
  messages.push(...normalizeMessages, ...renderMessages)
  logger.debug({written, unchanged, removed: removed.length, ms: Math.round(performance.now() - began)}, 'written')
  return {sources: entries.length, published, tagged, cached, written, unchanged, removed, messages}
}

/** Write one output (unless the file already has these bytes) and describe it for the manifest. */
async function writeOutput(
  out: string,
  output: Output,
  messages: ReportedMessage[]
): Promise<{written: boolean; entry: ManifestEntry | undefined; stat: OutputStat | undefined}> {
  const file = path.join(out, output.path)
  try {
    const written = await writeAtomic(file, output.content)
    const entry: ManifestEntry = {sha256: sha256(output.content)}
    if (!output.key) return {written, entry, stat: undefined}
    entry.key = output.key
    const info = await stat(file)
    return {written, entry, stat: {key: output.key, size: info.size, mtimeMs: info.mtimeMs}}
  } catch (error) {
    messages.push(appMessage(output.path, 'error', `Cannot write \`${file}\`: ${(error as Error).message}`, 'write'))
    return {written: false, entry: undefined, stat: undefined}
  }
}

/** Whether a file still has the size and modification time the manifest recorded. */
function sameStat(file: string, entry: OutputStat): boolean {
  try {
    const info = statSync(file, {throwIfNoEntry: false})
    return info?.isFile() === true && info.size === entry.size && info.mtimeMs === entry.mtimeMs
  } catch {
    return false
  }
}

function publishedOf(full: StoredArticle, slug: string): PublishedArticle {
  const article = full.article.slug === slug ? full.article : {...full.article, slug}
  return {...article, analysis: full.analysis}
}

function normalizeMessage(file: string, severity: 'warning' | 'info', reason: string, ruleId: string): ReportedMessage {
  return {file, ...start, severity, reason, source: 'copydesk-normalize', ruleId}
}

function sha256(content: string | Uint8Array): string {
  return createHash('sha256').update(content).digest('hex')
}
