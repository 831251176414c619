import {createHash} from 'node:crypto'
import {statSync} from 'node:fs'
import path from 'node:path'
import {type Entry as SourceEntry, listSources} from '@copydesk/ingest/expand-sources'
import {type DuplicateItem, type Repeat, relatesToAny, type Signature} from '@copydesk/normalize'
import {CopydeskError} from '@copydesk/schema'
import type {Logger} from 'pino'
import type {BuildOptions} from '../config/build-options.js'
import {appMessage, type ReportedMessage} from '../report/reported-message.js'
import {eachLimited} from './each-limited.js'
import {sourceWorkerUrl, stopSourceWorker} from './early-worker.js'
import {manifestName, readManifest, updateManifest} from './manifest.js'
import {pipelineVersion} from './pipeline-version.js'
import type {ProcessedArticle, SourceJob, SourceOutcome, SourceSettings} from './process-source.js'
import {type Ref, RunPublisher} from './publish-run.js'
import {type SavedDecisions, SourceCache, type SourceRecord, type StoredArticle} from './source-cache.js'
import {createPool, type Pool} from './tagger.js'

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
  /** Every message, from every stage (info ones only with `keepInfo`, the default). */
  messages: ReportedMessage[]
}

/** Hooks and streams a build uses. */
export interface BuildContext {
  logger: Logger
  /** Called as sources finish (processed, or taken whole from the cache). */
  onProgress?: (done: number, total: number) => void
  /** Standard input, for the `-` source. */
  stdin?: AsyncIterable<Uint8Array>
  /**
   * Keep info messages in `BuildResult.messages` (default `true`). A build that will not show
   * them passes `false`: a large run then holds only its warnings and errors.
   */
  keepInfo?: boolean
  /**
   * Keep the worker threads after the build, for the next one with the same concurrency
   * (`copydesk watch`): an edit is then tagged by a worker that has its stages loaded and
   * warmed up. The caller stops them with `stopWorkers`.
   */
  keepWorkers?: boolean
}

/** Version of what the build cache holds (records, fingerprints): change it when they change. */
const cacheFormat = 'copydesk-build-cache/4'

/** Sources handled together: bounds what is held at once (bodies, tags, renders). */
const batchSize = 128

/** At most this many changed sources are sent to the workers before the index is read. */
const aheadLimit = 64

/** A source of the current batch, processed or taken from the index. */
interface Unit {
  entry: SourceEntry
  record: SourceRecord | undefined
  /** Articles of a processed source, in order. */
  items: ProcessedArticle[]
  /** Messages of a source with no record (stdin, values, unreadable files). */
  messages: ReportedMessage[]
  fresh: boolean
}

/** Workers started ahead of a build (see `startWorkersEarly`). */
let early: {pool: Pool<SourceJob, SourceOutcome>; concurrency: number} | undefined

function createSourcePool(concurrency: number, threads: number): Pool<SourceJob, SourceOutcome> {
  return createPool<SourceJob, SourceOutcome>(
    concurrency > 1 ? threads : 1,
    sourceWorkerUrl,
    async (job) => (await import('./process-source.js')).processSource(job),
    {workers: concurrency > 1}
  )
}

/**
 * Start one worker thread now, for the next `buildSite` with these options: it loads the
 * stages and the tagger's data while the build lists its sources and reads its cache, so an
 * edit or two is tagged without waiting for a worker to start. The build stops it at once
 * when nothing needs processing. Only with more than one thread (else tagging is on the
 * main thread).
 *
 * @param options Resolved options of the coming build.
 */
export function startWorkersEarly(options: BuildOptions): void {
  if (options.concurrency <= 1 || early) {
    // Started as the process started, on a guess from the command line.
    void stopSourceWorker()
    return
  }
  early = {pool: createSourcePool(options.concurrency, 1), concurrency: options.concurrency}
}

/**
 * The worker threads waiting for the next build (kept by `keepWorkers`, or started early).
 *
 * @returns Their build's concurrency, or undefined when none wait.
 */
export function waitingWorkers(): number | undefined {
  return early?.concurrency
}

/** Stop the worker threads kept by a build with `keepWorkers` (or started early and not used). */
export async function stopWorkers(): Promise<void> {
  const open = early
  early = undefined
  await open?.pool.close()
}

/**
 * Build a site, streaming: sources in bounded batches through ingest -> normalize -> tag ->
 * render (cached, in parallel worker threads), while the main thread decides each article in
 * input order (duplicate, slug) and writes its files as the batches arrive. Only small
 * per-article records (id, slug, dates, keys) are kept across the run, so an incremental
 * build gives exactly the bytes of a cold one. With the cache, a source whose stat (or bytes)
 * match the last build is not processed again, and an output whose render key and stat match
 * is not rendered again. Bad sources become messages and the rest goes on.
 *
 * @param options Resolved options.
 * @param context Logger and hooks.
 * @returns Counts and messages.
 */
export async function buildSite(options: BuildOptions, context: BuildContext): Promise<BuildResult> {
  const {logger} = context
  const messages: ReportedMessage[] = []
  const keepInfo = context.keepInfo !== false
  const began = performance.now()
  if (options.cacheDir) checkCacheFolder(options.cacheDir)
  const version = await pipelineVersion(options.cacheDir ? path.join(options.cacheDir, 'build', 'code.json') : undefined)
  const contextKey = sha256(JSON.stringify([cacheFormat, version, options.normalize, options.maxBytes ?? null, options.maxItemsPerSource ?? null]))
  const cache = new SourceCache(options.cacheDir, contextKey, {keepInfo})

  const entries = await listSources(options.inputs, options.inputsBase)
  const stats = new Map<SourceEntry, {size: number; mtimeMs: number; ino: number} | undefined>()
  // Synchronous on purpose: the main thread has nothing else to do yet, and a stat loop is
  // several times faster that way (a warm build of 10,000 sources is mostly stats).
  const indexTime = cache.indexTime()
  let suspects = 0
  for (const entry of entries) {
    if (entry.kind === 'problem') continue
    if (entry.kind !== 'file') {
      suspects++
      continue
    }
    const info = statSync(entry.absolute, {throwIfNoEntry: false})
    stats.set(entry, info ? {size: info.size, mtimeMs: info.mtimeMs, ino: info.ino} : undefined)
    if (!info || indexTime === undefined || info.mtimeMs >= indexTime) suspects++
  }

  const settings: SourceSettings = {
    cwd: options.inputsBase,
    maxBytes: options.maxBytes,
    maxItems: options.maxItemsPerSource,
    normalize: options.normalize,
    version,
    cacheDir: options.cacheDir,
    render: {formats: options.formats, feed: options.feed},
    sendFull: !options.cacheDir
  }
  let pool: Pool<SourceJob, SourceOutcome> | undefined = early?.concurrency === options.concurrency ? early.pool : undefined
  if (early && !pool) await early.pool.close()
  early = undefined
  const startPool = (threads: number) => {
    const wanted = Math.max(1, Math.min(options.concurrency, threads))
    pool ??= createSourcePool(options.concurrency, wanted)
    pool.grow(options.concurrency > 1 ? wanted : 1)
    return pool
  }
  /** Stop the workers, or keep them for the next build (`keepWorkers`, after a build that went well). */
  const closePool = async (keep = context.keepWorkers === true) => {
    const open = pool
    pool = undefined
    if (open && keep && !early) early = {pool: open, concurrency: options.concurrency}
    else await open?.close()
  }
  /** Run a job on the pool (of up to `threads` workers); one too big for a worker's heap runs again on the main thread. */
  const runJob = async (job: SourceJob, threads: number): Promise<SourceOutcome> => {
    try {
      return await startPool(threads).run(job)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ERR_WORKER_OUT_OF_MEMORY') throw error
      logger.child({stage: 'tag'}).debug({source: job.path}, 'too big for a worker: processing it on the main thread')
      return (await import('./process-source.js')).processSource(job)
    }
  }
  // Sources changed since the index was written (by modification time) will need the
  // workers: start them now, so they load the stages while the index is read. Whether a
  // source really changed is decided below; a guess that was wrong only costs the start.
  if (suspects > 0) startPool(suspects)
  // A few of them (an edit or two) go to the workers now, without waiting for the index:
  // it only tells whether the bytes are new, and a file touched but not changed then costs
  // its ingest and normalize (its tags are in the article store) instead of nothing.
  const ahead = new Map<SourceEntry, Promise<SourceOutcome>>()
  if (indexTime !== undefined && suspects <= aheadLimit) {
    for (const entry of entries) {
      const info = entry.kind === 'file' ? stats.get(entry) : undefined
      if (entry.kind !== 'file' || !info || info.mtimeMs < indexTime) continue
      const outcome = runJob({path: entry.path, absolute: entry.absolute, size: info.size, settings}, suspects)
      // Its answer is awaited when the source is reached, or dropped when it did not change.
      outcome.catch(() => {})
      ahead.set(entry, outcome)
    }
  }

  const [last] = await Promise.all([cache.lastDecisions(), cache.load()])
  const manifestFile = path.join(options.out, manifestName)
  const manifest = cache.lastManifest(manifestFile) ?? (await readManifest(options.out))
  const hitByStat = (entry: SourceEntry): SourceRecord | undefined => {
    if (entry.kind !== 'file') return undefined
    const record = cache.source(entry.path)
    const now = stats.get(entry)
    if (!record || !now) return undefined
    const was = record.stat
    return was.absolute === entry.absolute && was.size === now.size && was.mtimeMs === now.mtimeMs && was.ino === now.ino ? record : undefined
  }
  const statMisses = entries.filter((entry) => entry.kind !== 'problem' && !hitByStat(entry)).length

  // When no source changed, the run's articles are the last build's, in the same order, and
  // so are its duplicate decisions (checked against the hash of the sequence).
  let saved: Map<number, Repeat> | undefined
  if (statMisses === 0) {
    const sequence = createHash('sha256').update(`${contextKey}\n`)
    for (const entry of entries) for (const article of hitByStat(entry)?.articles ?? []) sequence.update(`${article.key}\n`)
    if (last?.sequence === sequence.digest('hex')) saved = new Map(last.repeats)
  }
  // Otherwise decisions are made again, from fingerprints: those of unchanged sources come
  // from the cache, and a source whose fingerprints are missing there is processed again.
  const fingerprints = saved ? undefined : await cache.fingerprints()
  const forced = new Set<SourceEntry>()
  if (fingerprints) {
    for (const entry of entries) {
      const hit = hitByStat(entry)
      if (hit?.articles.some((article) => !fingerprints.has(article.key))) forced.add(entry)
    }
  }
  const misses = statMisses + forced.size
  if (misses === 0) await closePool()
  logger.child({stage: 'ingest'}).debug({sources: entries.length, misses, ms: Math.round(performance.now() - began)}, 'sources listed')

  let changed = false
  const records: SourceRecord[] = []
  /** Full articles of a build without a cache (there is no store to read them back from). */
  const held = new Map<string, StoredArticle>()

  /** Process one source (on a worker when there are several): ingest, normalize, fingerprint, tag, render. `again`: even when its bytes are those of the index (the article store lost an entry). */
  const processEntry = async (entry: SourceEntry, again = false): Promise<Unit> => {
    const info = stats.get(entry)
    const known = entry.kind === 'file' ? cache.source(entry.path) : undefined
    // Made again for its full article: send it back whatever the settings say.
    const job: SourceJob = {path: entry.path, settings: again ? {...settings, sendFull: true} : settings}
    if (entry.kind === 'file') {
      job.absolute = entry.absolute
      if (info) job.size = info.size
      if (known && known.stat.absolute === entry.absolute && !again) job.knownSha256 = known.sha256
    } else if (entry.kind === 'value') {
      job.value = entry.value
    }
    const sent = again ? undefined : ahead.get(entry)
    ahead.delete(entry)
    let outcome: SourceOutcome
    try {
      outcome = entry.kind === 'stdin' ? await (await import('./process-source.js')).processSource(job, context.stdin) : await (sent ?? runJob(job, misses))
    } catch (error) {
      const message = appMessage(entry.path ?? '<string>', 'error', `Cannot process \`${entry.path ?? '<string>'}\`: ${(error as Error).message}`, 'process')
      return {entry, record: undefined, items: [], messages: [message], fresh: true}
    }
    if (outcome.same && known && entry.kind === 'file' && info) {
      // Touched, not changed: the same result, with the new stat.
      changed = true
      return {entry, record: {...known, stat: {absolute: entry.absolute, ...info}}, items: [], messages: [], fresh: false}
    }
    let record: SourceRecord | undefined
    if (entry.kind === 'file' && info && outcome.sha256 && outcome.articles.every((item) => item.tagged)) {
      record = {path: entry.path, stat: {absolute: entry.absolute, ...info}, sha256: outcome.sha256, messages: outcome.messages, articles: outcome.articles.map((item) => item.record)}
      if (outcome.info !== undefined) {
        record.hasInfo = true
        record.info = outcome.info
      }
      changed = true
    }
    return {entry, record, items: outcome.articles, messages: record ? [] : sourceMessages(outcome, keepInfo), fresh: true}
  }

  /** The full article of a ref: at hand, held, from the store, or (store emptied) made again. */
  const fullArticle = async (ref: Ref): Promise<StoredArticle | undefined> => {
    const key = ref.record.key
    const known = ref.full ?? held.get(key)
    if (known) return known
    const stored = cache.article(key)
    if (stored) return stored
    const unit = await processEntry(ref.entry, true)
    return unit.items.find((item) => item.record.key === key)?.full
  }

  // With sources to process, the index and fingerprints are written as the run goes, so no
  // record is held to the end; otherwise the index is the last one, saved if a stat changed.
  const indexWriter = misses > 0 ? await cache.openIndex() : undefined
  const fingerprintWriter = misses > 0 && !saved ? await cache.openFingerprints() : undefined
  const fingerprintOf = (ref: Ref) => ref.fingerprint ?? fingerprints?.get(ref.record.key)
  const publisherWith = (decisions: Map<number, Repeat> | undefined) =>
    new RunPublisher({options, cache, manifest, version, contextKey, saved: decisions, fullArticle, writeErrors: messages, fingerprintWriter, keepInfo})
  // A few sources to process (an edit or two): read the whole run first, then keep the last
  // build's decisions if what changed relates to nothing, rather than deciding every article
  // again. Otherwise decide online, each batch as it arrives.
  const gathered: Ref[] | undefined = !saved && last && misses <= batchSize ? [] : undefined
  let publisher = gathered ? undefined : publisherWith(saved)

  /** Pass 1 of one batch: every source processed (or taken from the index). */
  const runBatch = async (first: number): Promise<Unit[]> => {
    const batch = entries.slice(first, first + batchSize)
    const units: Unit[] = []
    await eachLimited(batch, 16, async (entry, index) => {
      if (entry.kind === 'problem') {
        const problem: ReportedMessage = {file: entry.path, severity: 'error', reason: entry.reason, source: 'copydesk-ingest', ruleId: entry.ruleId}
        units[index] = {entry, record: undefined, items: [], messages: [problem], fresh: false}
        return
      }
      const hit = forced.has(entry) ? undefined : hitByStat(entry)
      units[index] = hit ? {entry, record: hit, items: [], messages: [], fresh: false} : await processEntry(entry, forced.has(entry))
    })
    return units
  }

  try {
    // Batches overlap: while the main thread decides and writes one, the workers process the next.
    let done = 0
    let next: Promise<Unit[]> | undefined = entries.length > 0 ? runBatch(0) : undefined
    if (next && misses > 0) {
      // The workers have their first sources (the batch's unchanged ones settle in microtasks,
      // which run before this macrotask): check the last build's outputs meanwhile, rather
      // than after the workers, when the articles are decided.
      await new Promise((resolve) => setImmediate(resolve))
      cache.checkOutputs(options.out)
    }
    for (let first = 0; next; first += batchSize) {
      const units: Unit[] = await next
      next = first + batchSize < entries.length ? runBatch(first + batchSize) : undefined
      const refs: Ref[] = []
      for (const unit of units) {
        if (unit.record && indexWriter) await indexWriter.add(unit.record)
        else if (unit.record) records.push(unit.record)
        messages.push(...(unit.record ? sourceMessages(unit.record, keepInfo) : unit.messages))
        const sourcePath = unit.record?.path ?? unit.entry.path ?? '<string>'
        if (unit.items.length > 0 || unit.fresh) {
          for (const item of unit.items) {
            if (item.full && !options.cacheDir) held.set(item.record.key, item.full)
            refs.push({record: item.record, entry: unit.entry, sourcePath, tagged: item.tagged, taggedNow: item.taggedNow, full: item.full, rendered: item.rendered, fingerprint: item.fingerprint})
          }
        } else {
          for (const record of unit.record?.articles ?? []) refs.push({record, entry: unit.entry, sourcePath, tagged: true, taggedNow: false})
        }
      }
      if (gathered) gathered.push(...refs)
      else await publisher?.add(refs, fingerprintOf)
      done += units.length
      context.onProgress?.(done, entries.length)
    }
    await closePool()
    if (gathered) {
      publisher = publisherWith(keptDecisions(gathered, last, fingerprintOf))
      for (let first = 0; first < gathered.length; first += batchSize) await publisher.add(gathered.slice(first, first + batchSize), fingerprintOf)
    }
    publisher ??= publisherWith(saved)
    await publisher.finish()
    logger.child({stage: 'publish'}).debug({published: publisher.published, ms: Math.round(performance.now() - began)}, 'published')

  } catch (error) {
    await Promise.all([indexWriter?.abort(), fingerprintWriter?.abort(), closePool(false)])
    throw error
  }
  const decisions = publisher.decisions()
  if (decisions.sequence !== last?.sequence) await cache.saveDecisions(decisions)
  await fingerprintWriter?.commit()
  if (indexWriter) await indexWriter.commit()
  else await cache.save(records, changed)
  const removed = await updateManifest(options.out, publisher.files, manifest)
  await cache.saveOutputs(publisher.outputStats, manifestFile)
  messages.push(...publisher.normalizeMessages, ...publisher.renderMessages)
  const {published, tagged, cached, written, unchanged} = publisher
  logger.debug({written, unchanged, removed: removed.length, ms: Math.round(performance.now() - began)}, 'written')
  return {sources: entries.length, published, tagged, cached, written, unchanged, removed, messages}
}

/**
 * The last build's duplicate decisions, when they still hold for this run: the same number of
 * articles, the few that differ were in no decision (neither dropped nor kept over another),
 * and each new one relates to no other article of the run (see `relatesToAny`). Then
 * deciding the run again would give the same decisions.
 *
 * @param refs The run's articles, in order.
 * @param last The last build's decisions.
 * @param fingerprintOf Signature of an article (its fingerprint, decoded).
 * @returns The decisions, or undefined when the run must be decided again.
 */
function keptDecisions(refs: readonly Ref[], last: SavedDecisions | undefined, fingerprintOf: (ref: Ref) => Signature | undefined): Map<number, Repeat> | undefined {
  if (!last || last.keys.length !== refs.length) return undefined
  const changed = refs.flatMap((ref, index) => (ref.record.key === last.keys[index] ? [] : [index]))
  if (changed.length > maxKeptChanges) return undefined
  const involved = new Set(last.repeats.flatMap(([index, repeat]) => [index, repeat.of]))
  if (changed.some((index) => involved.has(index))) return undefined
  const items: DuplicateItem[] = []
  for (const ref of refs) {
    const fingerprint = fingerprintOf(ref)
    if (!fingerprint) return undefined
    items.push({id: ref.record.id, signature: fingerprint})
  }
  if (changed.some((index) => relatesToAny(items[index] as DuplicateItem, items))) return undefined
  return new Map(last.repeats)
}

/** Most changed articles checked one by one against the run (each check reads every fingerprint). */
const maxKeptChanges = 16

/**
 * A source's messages as the build keeps them: warnings and errors, and with `keepInfo` the
 * info ones too, in order (parsed from `info`, which holds them all).
 */
function sourceMessages(source: {messages: ReportedMessage[]; info?: string | undefined}, keepInfo: boolean): ReportedMessage[] {
  return keepInfo && source.info !== undefined ? (JSON.parse(source.info) as ReportedMessage[]) : source.messages
}

/** Refuse a cache folder that exists as something else (a file), before any work. */
function checkCacheFolder(folder: string): void {
  let info: ReturnType<typeof statSync>
  try {
    info = statSync(folder, {throwIfNoEntry: false})
  } catch (error) {
    throw new CopydeskError('CONFIG', `Cannot use the cache folder \`${folder}\`: ${(error as Error).message}; give \`--cache-dir\` a folder`)
  }
  if (info && !info.isDirectory()) throw new CopydeskError('CONFIG', `The cache folder \`${folder}\` is not a folder: give \`--cache-dir\` a folder, or remove that file`)
}

function sha256(content: string | Uint8Array): string {
  return createHash('sha256').update(content).digest('hex')
}
