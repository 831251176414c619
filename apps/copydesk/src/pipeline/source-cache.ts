import {readFileSync, statSync} from 'node:fs'
import {mkdir, rm} from 'node:fs/promises'
import path from 'node:path'
import type {Repeat, Signature} from '@copydesk/normalize'
import type {Article, Tags} from '@copydesk/schema'
import type {ReportedMessage} from '../report/reported-message.js'
import {decodeFingerprints, FingerprintFileWriter} from './fingerprint-file.js'
import {JsonStreamWriter} from './json-stream.js'
import type {ManifestEntry} from './manifest.js'
import {readText} from './read-text.js'
import {replaceFile} from './write-atomic.js'

/** What a build keeps of one article across the run (and in the index): no body, no tags. */
export interface ArticleRecord {
  /** Hash of everything the article is made from (source bytes, path, item, options, version). */
  key: string
  id: string
  /** The slug normalize gave it, before the run's collisions are resolved. */
  slug: string
  date?: string
  editionDate?: string
  timeZone?: string
}

/** Where a source file was, as last seen: a file with the same stat is not read again. */
export interface SourceStat {
  absolute: string
  size: number
  mtimeMs: number
  ino: number
}

/** The whole result of one source file: its messages and its articles' records. */
export interface SourceRecord {
  path: string
  stat: SourceStat
  /** SHA-256 of the bytes (a touched file with the same bytes is not processed again). */
  sha256: string
  /** The source's warnings and errors (ingest, normalize and tag), in order. */
  messages: ReportedMessage[]
  /** True when the source has info messages (then `info`, or the cache's `info.json`, has them). */
  hasInfo?: true
  /**
   * Every message of the source in order, info ones included, as JSON text, when at hand: made
   * by this run, or read from `info.json` by a build that shows info messages (`--verbose`).
   * The others never read that file unless they rewrite the index.
   */
  info?: string
  articles: ArticleRecord[]
}

/** A source record as `index.json` keeps it (its info messages are in `info.json`). */
type IndexedRecord = Omit<SourceRecord, 'info'>

/** The duplicate decisions of a run and what they were made for. */
export interface SavedDecisions {
  /** Hash of the context and the run's article keys, in order. */
  sequence: string
  /** The run's article keys, in order. */
  keys: string[]
  /** Repeats by article position. */
  repeats: Array<[number, Repeat]>
}

/** Writes records one by one into a cache file that is replaced on `commit`. */
export interface RecordWriter<T> {
  add(record: T): Promise<void>
  commit(): Promise<void>
  abort(): Promise<void>
}

/** A normalized article and its tags, as the article store keeps it. */
export interface StoredArticle {
  article: Article
  analysis: Tags
  /** Tagger messages, already placed on the source. */
  messages: ReportedMessage[]
}

/** An output file as this cache last saw it: its render key and stat right after writing, and its bytes' hash. */
export interface OutputStat {
  key: string
  size: number
  mtimeMs: number
  sha256: string
}

/** The manifest a build wrote, as it saw it right after: a manifest still so is read from `outputs.json`. */
export interface ManifestStat {
  size: number
  mtimeMs: number
  /** Files it lists (each is an entry of `outputs.json` then). */
  files: number
}

/** `outputs.json`: one `[path, key, size, mtimeMs, sha256]` per output file, sorted by path. */
interface OutputsFile {
  version: 2
  manifest: ManifestStat | null
  files: Array<[string, string, number, number, string]>
}

interface IndexFile {
  version: 2
  context: string
  sources: IndexedRecord[]
}

/**
 * `index-delta.json`: what changed since `index.json` was written, so an edit or two rewrite a
 * small file instead of the whole index: records (their info messages inline) and removed
 * paths. It counts only over the index of that size and time (`base`).
 */
interface DeltaFile {
  version: 2
  context: string
  base: {size: number; mtimeMs: number}
  sources: SourceRecord[]
  removed: string[]
}

/** `info.json`: per source path, the bytes hash it was made from and every message as JSON text. */
interface InfoFile {
  context: string
  sources: Record<string, {sha256: string; info: string}>
}

/**
 * The build's incremental cache, in the cache folder:
 * - `index.json`: per source file, its stat, bytes hash, warnings and errors and small article
 *   records, for one context (pipeline version and the options that change what normalize and
 *   tag make);
 * - `info.json`: per source file with info messages, all its messages (read by a build that
 *   shows them, or that rewrites the index);
 * - `fingerprints.bin`: each article's signature (duplicate detection), in fixed-size binary
 *   records (see `fingerprint-file.ts`), read only when the run's articles are not those of
 *   the last build;
 * - `decisions.json`: the duplicate decisions of the last build's sequence of articles;
 * - `outputs.json`: each output file's render key, stat right after it was written and bytes'
 *   hash, and the stat of the manifest written with them (a manifest still so is not read);
 * - `articles/<key>.json`: each article, normalized and tagged, read only when an output or a
 *   feed needs it again.
 * Entries are keyed on what they are made from, so a stale one is never used; deleting the
 * folder only costs a full build.
 */
export class SourceCache {
  readonly #folder: string | undefined
  readonly #context: string
  readonly #keepInfo: boolean
  #info: Map<string, {sha256: string; info: string}> | undefined
  #sources = new Map<string, SourceRecord>()
  /** Stat of the `index.json` loaded (undefined when none was). */
  #base: {size: number; mtimeMs: number} | undefined
  /** Paths whose record differs from `index.json` (from `index-delta.json`): records, or removed. */
  #deltaPaths = new Set<string>()
  #outputs = new Map<string, OutputStat>()
  /** Outputs' stat checks made ahead (see `checkOutputs`). */
  #intact: Map<string, boolean> | undefined
  #manifestStat: ManifestStat | undefined
  #fingerprints: Promise<Map<string, Signature>> | undefined

  /**
   * @param folder Cache folder; undefined disables the cache.
   * @param context Hash of the pipeline version and the options records depend on.
   * @param options `keepInfo`: the build shows info messages, so `load` gives each record its
   *   `info` (a record whose info messages are lost is left out, and so processed again).
   */
  constructor(folder: string | undefined, context: string, options: {keepInfo?: boolean} = {}) {
    this.#folder = folder ? path.join(folder, 'build') : undefined
    this.#context = context
    this.#keepInfo = options.keepInfo === true
  }

  /** Read the index of the last build (an unreadable or other-context index is empty). */
  async load(): Promise<void> {
    if (!this.#folder) return
    try {
      const {value} = readParsed(path.join(this.#folder, 'outputs.json'), parseOutputs)
      this.#outputs = value.outputs
      this.#manifestStat = value.manifest
    } catch {
      this.#outputs = new Map()
    }
    try {
      const {value: index, stat: info} = readParsed(path.join(this.#folder, 'index.json'), (text) => JSON.parse(text) as IndexFile)
      if (index?.version !== 2 || index.context !== this.#context || !Array.isArray(index.sources)) return
      for (const indexed of index.sources as SourceRecord[]) {
        let source = indexed
        if (source.hasInfo && this.#keepInfo) {
          const text = this.#infoOf(source)
          if (text === undefined) continue
          // A copy: the parsed index may serve this process's next build too (see `readParsed`).
          source = {...source, info: text}
        }
        this.#sources.set(source.path, source)
      }
      this.#base = {size: info.size, mtimeMs: info.mtimeMs}
    } catch {
      this.#sources = new Map()
      this.#base = undefined
      return
    }
    this.#loadDelta()
  }

  /** Apply `index-delta.json` when it is over the index just loaded (else it is stale: ignored). */
  #loadDelta(): void {
    let delta: DeltaFile
    try {
      delta = JSON.parse(readText(path.join(this.#folder as string, 'index-delta.json'))) as DeltaFile
    } catch {
      return
    }
    const base = this.#base
    if (delta?.version !== 2 || delta.context !== this.#context || !base || delta.base?.size !== base.size || delta.base.mtimeMs !== base.mtimeMs) return
    if (!Array.isArray(delta.sources) || !Array.isArray(delta.removed)) return
    for (const removed of delta.removed) {
      this.#sources.delete(removed)
      this.#deltaPaths.add(removed)
    }
    for (const source of delta.sources) {
      // Its info messages are inline; one that lost them is processed again.
      this.#deltaPaths.add(source.path)
      if (source.hasInfo && typeof source.info !== 'string') this.#sources.delete(source.path)
      else this.#sources.set(source.path, source)
    }
  }

  /**
   * When the index was last written, or its delta (undefined when there is no index).
   *
   * @returns Modification time in milliseconds.
   */
  indexTime(): number | undefined {
    if (!this.#folder) return undefined
    try {
      const index = statSync(path.join(this.#folder, 'index.json'), {throwIfNoEntry: false})?.mtimeMs
      const delta = statSync(path.join(this.#folder, 'index-delta.json'), {throwIfNoEntry: false})?.mtimeMs
      return index === undefined ? undefined : Math.max(index, delta ?? index)
    } catch {
      // Not a folder, or unreadable: the build reports it when it writes there.
      return undefined
    }
  }

  /**
   * The signatures of the last build's articles, by article key (read on first use).
   *
   * @returns Article key to signature.
   */
  fingerprints(): Promise<Map<string, Signature>> {
    this.#fingerprints ??= this.#readFingerprints()
    return this.#fingerprints
  }

  async #readFingerprints(): Promise<Map<string, Signature>> {
    if (!this.#folder) return new Map()
    try {
      return decodeFingerprints(readFileSync(path.join(this.#folder, 'fingerprints.bin')), this.#context) ?? new Map()
    } catch {
      return new Map()
    }
  }

  /**
   * The last result of a source.
   *
   * @param shown Source path as shown.
   * @returns The record, if any.
   */
  source(shown: string): SourceRecord | undefined {
    return this.#sources.get(shown)
  }

  /**
   * The stat of an output file right after the last build wrote (or checked) it.
   *
   * @param file Output path, relative to the output folder.
   * @returns Key and stat, if known.
   */
  output(file: string): OutputStat | undefined {
    return this.#outputs.get(file)
  }

  /**
   * Whether an output's file is still as the last build left it (same size and modification
   * time), from `checkOutputs` when it ran, else checked now.
   *
   * @param out Output folder.
   * @param file Output path, relative to `out`.
   * @returns False when unknown, missing or changed.
   */
  outputIntact(out: string, file: string): boolean {
    const known = this.#outputs.get(file)
    if (!known) return false
    return this.#intact?.get(file) ?? sameStat(inFolder(out) + file, known)
  }

  /**
   * Check every known output's stat now, for `outputIntact` to answer later: a build calls this
   * while its workers tag the few changed sources, so the 20,000 stats of a large site are not
   * made after them, on the way to the result.
   *
   * @param out Output folder.
   */
  checkOutputs(out: string): void {
    const intact = new Map<string, boolean>()
    // Joined by hand: path.join normalizes every one of 20,000 paths (0.1 s at 10,000 articles).
    const prefix = inFolder(out)
    for (const [file, known] of this.#outputs) intact.set(file, sameStat(prefix + file, known))
    this.#intact = intact
  }

  /**
   * The last build's manifest, when the file is still as that build wrote it (same size and
   * modification time) and lists exactly its outputs: then it is the outputs' keys and hashes,
   * and the manifest need not be read.
   *
   * @param file The manifest's path.
   * @returns Output path to manifest entry, or undefined when the manifest must be read.
   */
  lastManifest(file: string): Map<string, ManifestEntry> | undefined {
    const known = this.#manifestStat
    if (!known || known.files !== this.#outputs.size) return undefined
    let info: ReturnType<typeof statSync>
    try {
      info = statSync(file, {throwIfNoEntry: false})
    } catch {
      return undefined
    }
    if (!info?.isFile() || info.size !== known.size || info.mtimeMs !== known.mtimeMs) return undefined
    const entries = new Map<string, ManifestEntry>()
    for (const [output, stat] of this.#outputs) entries.set(output, {sha256: stat.sha256, key: stat.key})
    return entries
  }

  /**
   * Save the stat of every output file of this build and of the manifest written with them
   * (when any changed).
   *
   * @param outputs Output path to key, stat and hash.
   * @param manifest The manifest's path (stat taken now), or undefined when none was written.
   */
  async saveOutputs(outputs: ReadonlyMap<string, OutputStat>, manifest?: string): Promise<void> {
    if (!this.#folder) return
    let manifestStat: ManifestStat | undefined
    try {
      const info = manifest === undefined ? undefined : statSync(manifest, {throwIfNoEntry: false})
      if (info) manifestStat = {size: info.size, mtimeMs: info.mtimeMs, files: outputs.size}
    } catch {
      manifestStat = undefined
    }
    const was = this.#manifestStat
    const sameManifest = was === manifestStat || (was && manifestStat && was.size === manifestStat.size && was.mtimeMs === manifestStat.mtimeMs && was.files === manifestStat.files)
    if (sameManifest && outputs.size === this.#outputs.size && [...outputs].every(([file, stat]) => {
      const known = this.#outputs.get(file)
      return known?.key === stat.key && known.size === stat.size && known.mtimeMs === stat.mtimeMs && known.sha256 === stat.sha256
    })) return
    const files = [...outputs.keys()].sort().map((file) => {
      const stat = outputs.get(file) as OutputStat
      return [file, stat.key, stat.size, stat.mtimeMs, stat.sha256] as [string, string, number, number, string]
    })
    const text: OutputsFile = {version: 2, manifest: manifestStat ?? null, files}
    const file = path.join(this.#folder, 'outputs.json')
    const written = replaceFile(file, JSON.stringify(text))
    this.#outputs = new Map(outputs)
    this.#manifestStat = manifestStat
    remember(file, written, {outputs: this.#outputs, manifest: manifestStat})
  }

  /**
   * The duplicate decisions of the last build, with the sequence of articles they were made for.
   *
   * @returns The saved decisions, or undefined.
   */
  async lastDecisions(): Promise<SavedDecisions | undefined> {
    if (!this.#folder) return undefined
    try {
      const saved = JSON.parse(readText(path.join(this.#folder, 'decisions.json'))) as SavedDecisions
      const valid = typeof saved?.sequence === 'string' && Array.isArray(saved.keys) && Array.isArray(saved.repeats)
      return valid ? saved : undefined
    } catch {
      return undefined
    }
  }

  /**
   * Save the duplicate decisions of this build.
   *
   * @param decisions The run's sequence, article keys and repeats.
   */
  async saveDecisions(decisions: SavedDecisions): Promise<void> {
    if (!this.#folder) return
    replaceFile(path.join(this.#folder, 'decisions.json'), JSON.stringify(decisions))
  }

  /**
   * Start writing this build's index: every record of the run, in order. Without a loaded
   * index (a cold build) they are streamed into a new one. Over a loaded index, only the
   * records that differ from it are kept, and `commit` writes them (with the paths no longer
   * built) as `index-delta.json`; when the changes since `index.json` grow past an eighth of
   * it (at least 256), the whole index is written again instead.
   *
   * @returns The writer (undefined without a cache folder).
   */
  async openIndex(): Promise<RecordWriter<SourceRecord> | undefined> {
    if (!this.#folder) return undefined
    await mkdir(this.#folder, {recursive: true})
    if (this.#base) return this.#openUpdate()
    return this.#openFull()
  }

  /** Over a loaded index: gather the run's changed records, write a delta (or the whole index) on commit. */
  #openUpdate(): RecordWriter<SourceRecord> {
    const changed = new Map<string, SourceRecord>()
    const seen = new Set<string>()
    return {
      add: async (record) => {
        seen.add(record.path)
        if (this.#sources.get(record.path) !== record) changed.set(record.path, record)
      },
      commit: async () => {
        const removed = [...this.#sources.keys()].filter((shown) => !seen.has(shown))
        const paths = new Set([...this.#deltaPaths, ...changed.keys(), ...removed])
        const current = (shown: string) => (seen.has(shown) ? (changed.get(shown) ?? this.#sources.get(shown)) : undefined)
        if (paths.size <= Math.max(256, this.#sources.size >> 3)) {
          const sources: SourceRecord[] = []
          const gone: string[] = []
          for (const shown of paths) {
            const record = current(shown)
            if (!record) {
              gone.push(shown)
              continue
            }
            const info = record.hasInfo ? (record.info ?? this.#infoOf(record)) : undefined
            if (record.hasInfo && info === undefined) gone.push(shown)
            else sources.push(info === undefined ? record : {...record, info})
          }
          const delta: DeltaFile = {version: 2, context: this.#context, base: this.#base as DeltaFile['base'], sources, removed: gone}
          replaceFile(path.join(this.#folder as string, 'index-delta.json'), JSON.stringify(delta))
          return
        }
        const writer = await this.#openFull()
        try {
          for (const [shown, record] of this.#sources) if (seen.has(shown)) await writer.add(changed.get(shown) ?? record)
          for (const [shown, record] of changed) if (!this.#sources.has(shown)) await writer.add(record)
        } catch (error) {
          await writer.abort()
          throw error
        }
        await writer.commit()
      },
      abort: async () => {}
    }
  }

  /** Stream a whole new index (and info file); `commit` puts them in place and drops the delta. */
  async #openFull(): Promise<RecordWriter<SourceRecord>> {
    const folder = this.#folder as string
    const context = JSON.stringify(this.#context)
    const index = await JsonStreamWriter.open(path.join(folder, 'index.json'), `{"version":2,"context":${context},"sources":[`, ']}')
    const infos = await JsonStreamWriter.open(path.join(folder, 'info.json'), `{"context":${context},"sources":{`, '}}')
    return {
      add: async (record) => {
        const info = record.hasInfo ? (record.info ?? this.#infoOf(record)) : undefined
        // Info messages lost (the file was removed): left out, so the next build processes it again.
        if (record.hasInfo && info === undefined) return
        const {info: _text, ...indexed} = record
        await index.add(JSON.stringify(indexed))
        if (info !== undefined) await infos.add(`${JSON.stringify(record.path)}:${JSON.stringify({sha256: record.sha256, info})}`)
      },
      // Each file is whole; a record and its info agree only when made from the same bytes,
      // and a delta left behind counts only over the index it was written for.
      commit: async () => {
        await infos.commit()
        await index.commit()
        await rm(path.join(folder, 'index-delta.json'), {force: true})
      },
      abort: async () => {
        await Promise.all([infos.abort(), index.abort()])
      }
    }
  }

  /** The info messages (JSON text) `info.json` has for a record's bytes, reading the file on first use. */
  #infoOf(record: SourceRecord): string | undefined {
    if (!this.#info) {
      this.#info = new Map()
      try {
        const saved = JSON.parse(readText(path.join(this.#folder as string, 'info.json'))) as InfoFile
        if (saved?.context === this.#context && saved.sources && typeof saved.sources === 'object') this.#info = new Map(Object.entries(saved.sources))
      } catch {
        // None (or unreadable): the records that need it are processed again.
      }
    }
    const entry = this.#info.get(record.path)
    return entry?.sha256 === record.sha256 && typeof entry.info === 'string' ? entry.info : undefined
  }

  /**
   * Start writing this build's signatures, streaming, in run order (replaced on `commit`).
   *
   * @returns The writer (undefined without a cache folder).
   */
  async openFingerprints(): Promise<RecordWriter<[string, Signature]> | undefined> {
    if (!this.#folder) return undefined
    await mkdir(this.#folder, {recursive: true})
    const writer = await FingerprintFileWriter.open(path.join(this.#folder, 'fingerprints.bin'), this.#context)
    return {add: ([key, signature]) => writer.add(key, signature), commit: () => writer.commit(), abort: () => writer.abort()}
  }

  /**
   * Save this build's records as the index (when something changed).
   *
   * @param sources Every file source of this build, in order.
   * @param changed Whether any record differs from the loaded index.
   */
  async save(sources: readonly SourceRecord[], changed: boolean): Promise<void> {
    if (!this.#folder) return
    if (!changed && sources.length === this.#sources.size) return
    const writer = (await this.openIndex()) as RecordWriter<SourceRecord>
    try {
      for (const source of sources) await writer.add(source)
    } catch (error) {
      await writer.abort()
      throw error
    }
    await writer.commit()
  }

  /**
   * Read a stored article.
   *
   * @param key Article key.
   * @returns The article and tags, or undefined when missing or unreadable.
   */
  article(key: string): StoredArticle | undefined {
    if (!this.#folder) return undefined
    const file = this.#articlePath(key)
    // A stat that does not throw first: in a first build every article is missing, and a
    // failed read costs an exception each (several times the stat).
    if (!statSync(file, {throwIfNoEntry: false})) return undefined
    try {
      const stored = JSON.parse(readText(file)) as StoredArticle
      return stored && typeof stored === 'object' && stored.article && stored.analysis ? stored : undefined
    } catch {
      return undefined
    }
  }

  /**
   * Store an article (atomically: parallel builds never read half an entry).
   *
   * @param key Article key.
   * @param stored The article and tags.
   */
  storeArticle(key: string, stored: StoredArticle): void {
    if (!this.#folder) return
    replaceFile(this.#articlePath(key), JSON.stringify(stored))
  }

  #articlePath(key: string): string {
    return path.join(this.#folder as string, 'articles', key.slice(0, 2), `${key}.json`)
  }
}

/**
 * Cache files this process parsed (or wrote), by path, with the stat they had then. A process
 * that builds again (`copydesk watch`) then does not parse an unchanged 5 MB index again. The
 * values are shared between builds: never change them.
 */
const parsedFiles = new Map<string, {size: number; mtimeMs: number; ino: number; value: unknown}>()

/**
 * Parse a cache file, or take what this process parsed (or wrote) while the file's stat is
 * still the same. Throws when the file cannot be read or parsed.
 *
 * @param file Path.
 * @param parse Text to value.
 * @returns The value, and the stat it goes with.
 */
function readParsed<T>(file: string, parse: (text: string) => T): {value: T; stat: {size: number; mtimeMs: number}} {
  const stat = statSync(file)
  const known = parsedFiles.get(file)
  if (known && known.size === stat.size && known.mtimeMs === stat.mtimeMs && known.ino === stat.ino) return {value: known.value as T, stat}
  parsedFiles.delete(file)
  const value = parse(readText(file))
  remember(file, stat, value)
  return {value, stat}
}

/** Keep a cache file's value for `readParsed`, under the stat it has. */
function remember(file: string, stat: {size: number; mtimeMs: number; ino: number}, value: unknown): void {
  parsedFiles.set(file, {size: stat.size, mtimeMs: stat.mtimeMs, ino: stat.ino, value})
}

/** `outputs.json` as the cache uses it (entries of another shape are left out). */
function parseOutputs(text: string): {outputs: Map<string, OutputStat>; manifest: ManifestStat | undefined} {
  const parsed = JSON.parse(text) as OutputsFile
  const outputs = new Map<string, OutputStat>()
  let manifest: ManifestStat | undefined
  if (parsed?.version === 2 && Array.isArray(parsed.files)) {
    for (const entry of parsed.files) {
      if (!Array.isArray(entry) || typeof entry[0] !== 'string' || typeof entry[1] !== 'string' || typeof entry[4] !== 'string') continue
      outputs.set(entry[0], {key: entry[1], size: entry[2], mtimeMs: entry[3], sha256: entry[4]})
    }
    if (parsed.manifest && typeof parsed.manifest.mtimeMs === 'number') manifest = parsed.manifest
  }
  return {outputs, manifest}
}

/** A folder as a prefix for the relative paths of its outputs (`a/b` -> `a/b/`). */
function inFolder(folder: string): string {
  return folder === '' || folder.endsWith('/') || folder.endsWith(path.sep) ? folder : folder + path.sep
}

/** Whether a file still has the size and modification time recorded for it. */
export function sameStat(file: string, entry: {size: number; mtimeMs: number}): boolean {
  try {
    const info = statSync(file, {throwIfNoEntry: false})
    return info?.isFile() === true && info.size === entry.size && info.mtimeMs === entry.mtimeMs
  } catch {
    return false
  }
}
