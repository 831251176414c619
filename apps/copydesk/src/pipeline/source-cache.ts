import {statSync} from 'node:fs'
import {mkdir, readFile} from 'node:fs/promises'
import path from 'node:path'
import type {Fingerprint, Repeat} from '@copydesk/normalize'
import type {Article, Tags} from '@copydesk/schema'
import type {ReportedMessage} from '../report/reported-message.js'
import {JsonStreamWriter} from './json-stream.js'
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
  /** Every message of the source: ingest, normalize and tag, in order. */
  messages: ReportedMessage[]
  articles: ArticleRecord[]
}

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

/** An output file as this cache last saw it: its render key and stat right after writing. */
export interface OutputStat {
  key: string
  size: number
  mtimeMs: number
}

interface IndexFile {
  version: 1
  context: string
  sources: SourceRecord[]
}

interface FingerprintFile {
  context: string
  /** Article key to what duplicate detection needs of its body. */
  fingerprints: Record<string, Fingerprint>
}

/**
 * The build's incremental cache, in the cache folder:
 * - `index.json`: per source file, its stat, bytes hash, messages and small article records,
 *   for one context (pipeline version and the options that change what normalize and tag make);
 * - `fingerprints.json`: each article's `fingerprint` (duplicate detection), read only when the
 *   run's articles are not those of the last build;
 * - `decisions.json`: the duplicate decisions of the last build's sequence of articles;
 * - `outputs.json`: each output file's render key and stat right after it was written;
 * - `articles/<key>.json`: each article, normalized and tagged, read only when an output or a
 *   feed needs it again.
 * Entries are keyed on what they are made from, so a stale one is never used; deleting the
 * folder only costs a full build.
 */
export class SourceCache {
  readonly #folder: string | undefined
  readonly #context: string
  #sources = new Map<string, SourceRecord>()
  #outputs = new Map<string, OutputStat>()
  #outputsText = ''
  #fingerprints: Promise<Map<string, Fingerprint>> | undefined

  /**
   * @param folder Cache folder; undefined disables the cache.
   * @param context Hash of the pipeline version and the options records depend on.
   */
  constructor(folder: string | undefined, context: string) {
    this.#folder = folder ? path.join(folder, 'build') : undefined
    this.#context = context
  }

  /** Read the index of the last build (an unreadable or other-context index is empty). */
  async load(): Promise<void> {
    if (!this.#folder) return
    try {
      this.#outputsText = await readFile(path.join(this.#folder, 'outputs.json'), 'utf8')
      const outputs = JSON.parse(this.#outputsText) as Record<string, OutputStat>
      this.#outputs = new Map(Object.entries(outputs).filter(([, entry]) => entry && typeof entry.key === 'string'))
    } catch {
      this.#outputs = new Map()
    }
    try {
      const index = JSON.parse(await readFile(path.join(this.#folder, 'index.json'), 'utf8')) as IndexFile
      if (index?.version !== 1 || index.context !== this.#context || !Array.isArray(index.sources)) return
      for (const source of index.sources) this.#sources.set(source.path, source)
    } catch {
      this.#sources = new Map()
    }
  }

  /**
   * When the index was last written (undefined when there is none).
   *
   * @returns Modification time in milliseconds.
   */
  indexTime(): number | undefined {
    if (!this.#folder) return undefined
    try {
      return statSync(path.join(this.#folder, 'index.json'), {throwIfNoEntry: false})?.mtimeMs
    } catch {
      // Not a folder, or unreadable: the build reports it when it writes there.
      return undefined
    }
  }

  /**
   * The fingerprints of the last build's articles, by article key (read on first use).
   *
   * @returns Article key to fingerprint.
   */
  fingerprints(): Promise<Map<string, Fingerprint>> {
    this.#fingerprints ??= this.#readFingerprints()
    return this.#fingerprints
  }

  async #readFingerprints(): Promise<Map<string, Fingerprint>> {
    if (!this.#folder) return new Map()
    try {
      const saved = JSON.parse(await readFile(path.join(this.#folder, 'fingerprints.json'), 'utf8')) as FingerprintFile
      if (saved?.context !== this.#context || !saved.fingerprints || typeof saved.fingerprints !== 'object') return new Map()
      return new Map(Object.entries(saved.fingerprints))
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
   * Save the stat of every output file of this build (when it changed).
   *
   * @param outputs Output path to key and stat.
   */
  async saveOutputs(outputs: ReadonlyMap<string, OutputStat>): Promise<void> {
    if (!this.#folder) return
    if (outputs.size === this.#outputs.size && [...outputs].every(([file, stat]) => {
      const was = this.#outputs.get(file)
      return was?.key === stat.key && was.size === stat.size && was.mtimeMs === stat.mtimeMs
    })) return
    const text = JSON.stringify(Object.fromEntries([...outputs].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))))
    if (text === this.#outputsText) return
    await replaceFile(path.join(this.#folder, 'outputs.json'), text)
    this.#outputsText = text
  }

  /**
   * The duplicate decisions of the last build, with the sequence of articles they were made for.
   *
   * @returns The saved decisions, or undefined.
   */
  async lastDecisions(): Promise<SavedDecisions | undefined> {
    if (!this.#folder) return undefined
    try {
      const saved = JSON.parse(await readFile(path.join(this.#folder, 'decisions.json'), 'utf8')) as SavedDecisions
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
    await replaceFile(path.join(this.#folder, 'decisions.json'), JSON.stringify(decisions))
  }

  /**
   * Start writing this build's index, streaming: records are added in order as the run makes
   * them, and the index is replaced on `commit`.
   *
   * @returns The writer (undefined without a cache folder).
   */
  async openIndex(): Promise<RecordWriter<SourceRecord> | undefined> {
    if (!this.#folder) return undefined
    await mkdir(this.#folder, {recursive: true})
    const writer = await JsonStreamWriter.open(path.join(this.#folder, 'index.json'), `{"version":1,"context":${JSON.stringify(this.#context)},"sources":[`, ']}')
    return {add: (record) => writer.add(JSON.stringify(record)), commit: () => writer.commit(), abort: () => writer.abort()}
  }

  /**
   * Start writing this build's fingerprints, streaming, in run order (replaced on `commit`).
   *
   * @returns The writer (undefined without a cache folder).
   */
  async openFingerprints(): Promise<RecordWriter<[string, Fingerprint]> | undefined> {
    if (!this.#folder) return undefined
    await mkdir(this.#folder, {recursive: true})
    const writer = await JsonStreamWriter.open(path.join(this.#folder, 'fingerprints.json'), `{"context":${JSON.stringify(this.#context)},"fingerprints":{`, '}}')
    return {
      add: ([key, print]) => writer.add(`${JSON.stringify(key)}:${JSON.stringify(print)}`),
      commit: () => writer.commit(),
      abort: () => writer.abort()
    }
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
    const index: IndexFile = {version: 1, context: this.#context, sources: [...sources]}
    await replaceFile(path.join(this.#folder, 'index.json'), JSON.stringify(index))
  }

  /**
   * Read a stored article.
   *
   * @param key Article key.
   * @returns The article and tags, or undefined when missing or unreadable.
   */
  async article(key: string): Promise<StoredArticle | undefined> {
    if (!this.#folder) return undefined
    try {
      const stored = JSON.parse(await readFile(this.#articlePath(key), 'utf8')) as StoredArticle
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
  async storeArticle(key: string, stored: StoredArticle): Promise<void> {
    if (!this.#folder) return
    await replaceFile(this.#articlePath(key), JSON.stringify(stored))
  }

  #articlePath(key: string): string {
    return path.join(this.#folder as string, 'articles', key.slice(0, 2), `${key}.json`)
  }
}
