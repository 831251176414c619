import {createHash} from 'node:crypto'
import path from 'node:path'
import type {Entry as SourceEntry} from '@copydesk/ingest/expand-sources'
import {DuplicateIndex, duplicateReasons, nearDuplicateThreshold, type Repeat, type Signature, slugCollisionReason, uniqueSlug} from '@copydesk/normalize'
import {resolveDate} from '@copydesk/publish'
import type {FeedOptionsInput, PublishedArticle} from '@copydesk/schema'
import type {BuildOptions} from '../config/build-options.js'
import {appMessage, keptMessages, type ReportedMessage} from '../report/reported-message.js'
import {eachLimited} from './each-limited.js'
import {FeedShortlist} from './feed-shortlist.js'
import type {ManifestEntry} from './manifest.js'
import type {Rendered} from './process-source.js'
import {ArticlePlanner, type ArticleTarget, type Output, renderArticleOutputs, renderFeeds} from './render-outputs.js'
import type {ArticleRecord, OutputStat, RecordWriter, SavedDecisions, SourceCache, StoredArticle} from './source-cache.js'
import {writeAtomic} from './write-atomic.js'

/** An article of the run, in input order, as pass 1 made it or the index remembers it. */
export interface Ref {
  record: ArticleRecord
  entry: SourceEntry
  sourcePath: string
  /** False when tagging failed: the article counts for duplicates and slugs, but is not published. */
  tagged: boolean
  /** True when this run tagged it (not from the cache). */
  taggedNow: boolean
  /** The full article, when pass 1 has it at hand. */
  full?: StoredArticle | undefined
  /** Its files rendered under `record.slug` by the worker that tagged it. */
  rendered?: Rendered | undefined
  /** Its fingerprint, when pass 1 made it (else the cache has it); dropped once decided. */
  fingerprint?: Signature | undefined
}

/** An article to publish: its slug in this run and its files. */
interface Render {
  ref: Ref
  slug: string
  targets: ArticleTarget[]
}

/** A feed candidate: the few fields feed selection reads, and where the article is. */
interface Candidate {
  id: string
  date?: string
  editionDate?: string
  timeZone?: string
  key: string
  slug: string
  ref: Ref
}

/** Feed formats: a feed whose key and stat match the last build is not rendered again. */
const feedFormats = ['rss', 'atom', 'jsonfeed'] as const

const start = {line: 1, column: 1}

/**
 * Pass 2 of a build, online: articles arrive in input order, batch by batch, and each is
 * decided (duplicate, slug, slug clash) as it arrives, then its stale files are written
 * (the worker's render when the slug is still its own). Decisions depend only on the
 * articles before, so this gives the bytes of a build that decides after reading everything.
 */
export class RunPublisher {
  readonly #options: BuildOptions
  readonly #cache: SourceCache
  readonly #manifest: ReadonlyMap<string, ManifestEntry>
  readonly #planner: ArticlePlanner
  readonly #version: string
  readonly #fullArticle: (ref: Ref) => Promise<StoredArticle | undefined>
  readonly #writeErrors: ReportedMessage[]
  readonly #keepInfo: boolean
  /** Saved decisions by position, when the run's sequence is known to be the last build's. */
  readonly #saved: ReadonlyMap<number, Repeat> | undefined
  readonly #duplicates = new DuplicateIndex(nearDuplicateThreshold)
  readonly #repeats: Array<[number, Repeat]> = []
  readonly #keys: string[] = []
  readonly #sequence = createHash('sha256')
  readonly #kept: Array<{id: string; path: string}> = []
  readonly #keptAt = new Map<number, number>()
  readonly #slugs = new Set<string>()
  readonly #owners = new Map<string, string>()
  /** The newest feed candidates so far (a few feeds' worth, not the run). */
  readonly #candidates: FeedShortlist<Candidate>
  readonly #feedWanted: ReadonlyArray<(typeof feedFormats)[number]>
  readonly #fingerprintWriter: RecordWriter<[string, Signature]> | undefined
  #batchPrints: Array<[string, Signature]> = []
  #position = 0
  /** Files of this build, for the manifest. */
  readonly files = new Map<string, ManifestEntry>()
  /** Output stats of this build, for the next one. */
  readonly outputStats = new Map<string, OutputStat>()
  readonly normalizeMessages: ReportedMessage[] = []
  readonly renderMessages: ReportedMessage[] = []
  tagged = 0
  cached = 0
  published = 0
  written = 0
  unchanged = 0

  /**
   * @param settings What the run publishes and where, and how to get a full article back.
   */
  constructor(settings: {
    options: BuildOptions
    cache: SourceCache
    manifest: ReadonlyMap<string, ManifestEntry>
    version: string
    contextKey: string
    saved: ReadonlyMap<number, Repeat> | undefined
    fullArticle: (ref: Ref) => Promise<StoredArticle | undefined>
    writeErrors: ReportedMessage[]
    /** Where the fingerprints of the run go, in run order (when the run has sources to process). */
    fingerprintWriter?: RecordWriter<[string, Signature]> | undefined
    /** Keep info messages (default `true`). */
    keepInfo?: boolean
  }) {
    this.#keepInfo = settings.keepInfo !== false
    this.#candidates = new FeedShortlist(settings.options.feed)
    this.#feedWanted = feedFormats.filter((format) => settings.options.formats.includes(format))
    this.#fingerprintWriter = settings.fingerprintWriter
    this.#options = settings.options
    this.#cache = settings.cache
    this.#manifest = settings.manifest
    this.#version = settings.version
    this.#planner = new ArticlePlanner(settings.options.formats, settings.options.feed, settings.version)
    this.#saved = settings.saved
    this.#fullArticle = settings.fullArticle
    this.#writeErrors = settings.writeErrors
    this.#sequence.update(`${settings.contextKey}\n`)
  }

  /**
   * Decide the next articles of the run, in order, then write their stale files.
   *
   * @param refs The articles, in input order.
   * @param fingerprintOf The fingerprint of an article (not needed with saved decisions).
   */
  async add(refs: readonly Ref[], fingerprintOf: (ref: Ref) => Signature | undefined): Promise<void> {
    const renders: Render[] = []
    for (const ref of refs) {
      const render = this.#decide(ref, fingerprintOf)
      if (render) renders.push(render)
    }
    const prints = this.#batchPrints
    this.#batchPrints = []
    if (this.#fingerprintWriter) for (const pair of prints) await this.#fingerprintWriter.add(pair)
    // Most articles of a rebuild have every file on disk as this build would make it: those
    // are settled here, synchronously; only the others wait for renders and writes.
    const stale: Array<{render: Render; targets: ArticleTarget[]}> = []
    for (const render of renders) {
      const targets = this.#staleTargets(render)
      if (targets.length === 0) this.#published(render)
      else stale.push({render, targets})
    }
    await eachLimited(stale, 16, ({render, targets}) => this.#publish(render, targets))
  }

  /** The run's duplicate decisions, with the sequence of articles they are for (to save). */
  decisions(): SavedDecisions {
    const repeats = this.#saved ? [...this.#saved].sort(([a], [b]) => a - b) : this.#repeats
    return {sequence: this.#sequence.copy().digest('hex'), keys: this.#keys, repeats}
  }

  #decide(ref: Ref, fingerprintOf: (ref: Ref) => Signature | undefined): Render | undefined {
    const {record, sourcePath} = ref
    const index = this.#position++
    this.#sequence.update(`${record.key}\n`)
    this.#keys.push(record.key)
    const fingerprint = this.#saved && !this.#fingerprintWriter ? undefined : fingerprintOf(ref)
    ref.fingerprint = undefined
    if (fingerprint && this.#fingerprintWriter) this.#batchPrints.push([record.key, fingerprint])
    let repeat: Repeat | undefined
    if (this.#saved) {
      repeat = this.#saved.get(index)
    } else {
      if (!fingerprint) throw new Error(`No fingerprint for \`${sourcePath}\``)
      repeat = this.#duplicates.check({id: record.id, signature: fingerprint})
      if (repeat) this.#repeats.push([index, repeat])
    }
    if (repeat) {
      const other = this.#kept[this.#keptAt.get(repeat.of) as number] as {id: string; path: string}
      const reasons = duplicateReasons(repeat, {id: record.id, path: sourcePath}, other)
      this.#note(this.normalizeMessages, [normalizeMessage(sourcePath, 'warning', reasons.dropped, 'duplicate'), normalizeMessage(other.path, 'info', reasons.kept, 'duplicate')])
      return undefined
    }
    this.#keptAt.set(index, this.#kept.length)
    this.#kept.push({id: record.id, path: sourcePath})
    const slug = uniqueSlug(record.slug, this.#slugs)
    if (slug !== record.slug) this.normalizeMessages.push(normalizeMessage(sourcePath, 'warning', slugCollisionReason(record.slug, slug), 'slug-collision'))
    this.#slugs.add(slug)
    if (!ref.tagged) return undefined
    if (ref.taggedNow) this.tagged++
    else this.cached++
    const targets = this.#planner.targets(record.key, slug)
    const clash = targets.map((target) => this.#owners.get(target.path)).find((owner) => owner !== undefined)
    if (clash !== undefined) {
      const reason = `Slug \`${slug}\` is also the slug of \`${clash}\`: one would overwrite the other, so this one is not published. Give one a \`slug\` of its own`
      this.renderMessages.push(appMessage(sourcePath, 'error', reason, 'duplicate-slug'))
      return undefined
    }
    for (const target of targets) this.#owners.set(target.path, sourcePath)
    // Dated as feed selection reads dates (`date`, else `editionDate`). Whether a date is
    // valid does not depend on the time zone: resolved without one, no zone offset is computed.
    if (this.#feedWanted.length > 0 && resolveDate(record.date ?? record.editionDate ?? '') === undefined) {
      const reason = 'No date: the article is published but left out of the feeds, which list dated articles only; give it a `date` (front matter, metadata or a dateline with the year)'
      this.renderMessages.push(appMessage(sourcePath, 'warning', reason, 'undated'))
    }
    return {ref, slug, targets}
  }

  /** An article's files not already on disk as this build would make them (the others are recorded as unchanged). */
  #staleTargets(render: Render): ArticleTarget[] {
    const stale: ArticleTarget[] = []
    for (const target of render.targets) {
      const entryOf = this.#manifest.get(target.path)
      const seen = this.#cache.output(target.path)
      if (entryOf?.key === target.key && seen?.key === target.key && this.#cache.outputIntact(this.#options.out, target.path)) {
        this.files.set(target.path, entryOf)
        this.outputStats.set(target.path, statOf(seen, entryOf))
        this.unchanged++
      } else {
        stale.push(target)
      }
    }
    return stale
  }

  /** Write an article's stale files, then record it as published (or its files as not written). */
  async #publish(render: Render, stale: readonly ArticleTarget[]): Promise<void> {
    const {ref, slug, targets} = render
    let ok = true
    if (stale.length > 0) {
      const rendered = this.#render(ref, slug, stale) ?? (await this.#renderHere(ref, slug, stale))
      this.#note(this.renderMessages, rendered.messages)
      if (!rendered.outputs) ok = false
      else {
        for (const output of rendered.outputs) {
          // The target's path and key strings (the same values) are the ones kept to the end.
          const target = stale.find((candidate) => candidate.path === output.path)
          const file = target ? {...output, path: target.path, key: target.key} : output
          const result = await writeOutput(this.#options.out, file, this.#writeErrors)
          if (result.written) this.written++
          else this.unchanged++
          if (result.entry) this.files.set(file.path, result.entry)
          if (result.stat) this.outputStats.set(file.path, result.stat)
        }
      }
    }
    if (!ok) {
      ref.rendered = undefined
      ref.full = undefined
      for (const target of targets) {
        this.files.delete(target.path)
        this.outputStats.delete(target.path)
      }
      return
    }
    this.#published(render)
  }

  /** Count an article as published and offer it to the feeds. */
  #published(render: Render): void {
    const {ref, slug} = render
    ref.rendered = undefined
    ref.full = undefined
    this.published++
    const {record} = ref
    const candidate: Candidate = {id: record.id, key: record.key, slug, ref}
    if (record.date !== undefined) candidate.date = record.date
    if (record.editionDate !== undefined) candidate.editionDate = record.editionDate
    if (record.timeZone !== undefined) candidate.timeZone = record.timeZone
    if (this.#feedWanted.length > 0) this.#candidates.add(candidate)
  }

  /** Add messages to a list, info ones only when they are kept. */
  #note(list: ReportedMessage[], messages: readonly ReportedMessage[]): void {
    list.push(...keptMessages(messages, this.#keepInfo))
  }

  /** The worker's render, when it is of this slug and has every stale file with its key. */
  #render(ref: Ref, slug: string, stale: readonly ArticleTarget[]): {outputs: Output[] | undefined; messages: ReportedMessage[]} | undefined {
    const rendered = ref.rendered
    if (!rendered || rendered.slug !== slug) return undefined
    if (!rendered.outputs) return {outputs: undefined, messages: rendered.messages}
    const outputs: Output[] = []
    for (const target of stale) {
      const output = rendered.outputs.find((candidate) => candidate.path === target.path && candidate.key === target.key)
      if (!output) return undefined
      outputs.push(output)
    }
    return {outputs, messages: rendered.messages}
  }

  async #renderHere(ref: Ref, slug: string, stale: readonly ArticleTarget[]): Promise<{outputs: Output[] | undefined; messages: ReportedMessage[]}> {
    const full = await this.#fullArticle(ref)
    if (!full) return {outputs: undefined, messages: [appMessage(ref.sourcePath, 'error', `Cannot render \`${slug}\`: its article is missing from the cache`, 'render-article')]}
    return renderArticleOutputs(publishedOf(full, slug), stale, this.#options.feed)
  }

  /**
   * Write the feeds: items chosen on the small records (ids are unique among kept articles,
   * so the order renders finished in does not matter), then only the chosen articles are
   * read, and only when the feeds' key or files changed since the last build.
   */
  async finish(): Promise<void> {
    const feedInput: FeedOptionsInput = this.#options.feed
    const wanted = this.#feedWanted
    if (wanted.length === 0) return
    const chosen = this.#candidates.chosen()
    const key = createHash('sha256')
      .update(JSON.stringify([this.#version, feedInput, wanted, chosen.map((candidate) => [candidate.key, candidate.slug])]))
      .digest('hex')
    const known = this.#knownFeeds(key, wanted.length)
    if (known) {
      for (const [file, entry, seen] of known) {
        this.files.set(file, entry)
        this.outputStats.set(file, statOf(seen, entry))
        this.unchanged++
      }
      return
    }
    const items: PublishedArticle[] = []
    for (const candidate of chosen) {
      const full = await this.#fullArticle(candidate.ref)
      if (full) items.push(publishedOf(full, candidate.slug))
    }
    const feeds = renderFeeds(items, this.#options.formats, feedInput)
    this.#note(this.renderMessages, feeds.messages)
    for (const output of feeds.outputs) {
      const result = await writeOutput(this.#options.out, {...output, key}, this.#writeErrors)
      if (result.written) this.written++
      else this.unchanged++
      if (result.entry) this.files.set(output.path, result.entry)
      if (result.stat) this.outputStats.set(output.path, result.stat)
    }
  }

  /** The feed files of the last build, when every one was made from this key and is still as written. */
  #knownFeeds(key: string, count: number): Array<[string, ManifestEntry, OutputStat]> | undefined {
    const feedFiles = [...this.#manifest].filter(([, entry]) => entry.key === key)
    // A feed that failed to render last time is rendered (and reported) again.
    if (feedFiles.length !== count) return undefined
    const known: Array<[string, ManifestEntry, OutputStat]> = []
    for (const [file, entry] of feedFiles) {
      const seen = this.#cache.output(file)
      if (seen?.key !== key || !this.#cache.outputIntact(this.#options.out, file)) return undefined
      known.push([file, entry, seen])
    }
    return known
  }
}

/** Write one output (unless the file already has these bytes) and describe it for the manifest. */
async function writeOutput(
  out: string,
  output: Output,
  messages: ReportedMessage[]
): Promise<{written: boolean; entry: ManifestEntry | undefined; stat: OutputStat | undefined}> {
  const file = path.join(out, output.path)
  try {
    const {written, size, mtimeMs} = writeAtomic(file, output.content)
    const entry: ManifestEntry = {sha256: output.sha256 ?? createHash('sha256').update(output.content).digest('hex')}
    if (!output.key) return {written, entry, stat: undefined}
    entry.key = output.key
    return {written, entry, stat: {key: output.key, size, mtimeMs, sha256: entry.sha256}}
  } catch (error) {
    messages.push(appMessage(output.path, 'error', `Cannot write \`${file}\`: ${(error as Error).message}`, 'write'))
    return {written: false, entry: undefined, stat: undefined}
  }
}

/** An output's stat with the hash its manifest entry gives (the two agree unless the manifest was edited). */
function statOf(seen: OutputStat, entry: ManifestEntry): OutputStat {
  return seen.sha256 === entry.sha256 ? seen : {...seen, sha256: entry.sha256}
}

/** The published form of a stored article under its slug in this run. */
export function publishedOf(full: StoredArticle, slug: string): PublishedArticle {
  const article = full.article.slug === slug ? full.article : {...full.article, slug}
  return {...article, analysis: full.analysis}
}

function normalizeMessage(file: string, severity: 'warning' | 'info', reason: string, ruleId: string): ReportedMessage {
  return {file, ...start, severity, reason, source: 'copydesk-normalize', ruleId}
}
