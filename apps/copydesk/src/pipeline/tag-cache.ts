import {createHash} from 'node:crypto'
import {readFile} from 'node:fs/promises'
import path from 'node:path'
import type {Article, Tags} from '@copydesk/schema'
import type {ReportedMessage} from '../report/reported-message.js'
import {writeAtomic} from './write-atomic.js'

/** What the cache keeps per article: the tagger's results and messages. */
export interface CacheEntry {
  analysis: Tags
  messages: Array<Omit<ReportedMessage, 'file'>>
}

/**
 * The per-article tag cache, one JSON file per entry. Keys cover the source bytes, the
 * options and the pipeline version, so a stale entry is never read; deleting the folder only
 * costs a re-tag.
 */
export class TagCache {
  readonly #folder: string | undefined

  /**
   * @param folder Cache folder; undefined disables the cache.
   */
  constructor(folder: string | undefined) {
    this.#folder = folder ? path.join(folder, 'tags') : undefined
  }

  /**
   * The key of an article.
   *
   * @param article The normalized article.
   * @param options Options that change the output.
   * @param version `pipelineVersion()`.
   * @returns Lower-case hex SHA-256.
   */
  key(article: Article, options: unknown, version: string): string {
    const text = createHash('sha256').update(article.text).digest('hex')
    const {sha256, path: source, index} = article.source
    const parts = [version, sha256, source, index ?? null, text, article.editionDate ?? article.date ?? null, article.language, options]
    return createHash('sha256').update(JSON.stringify(parts)).digest('hex')
  }

  /**
   * Read an entry.
   *
   * @param key From `key`.
   * @returns The entry, or undefined when missing, disabled or unreadable.
   */
  async get(key: string): Promise<CacheEntry | undefined> {
    if (!this.#folder) return undefined
    try {
      const entry = JSON.parse(await readFile(path.join(this.#folder, `${key}.json`), 'utf8')) as CacheEntry
      return entry && typeof entry === 'object' && entry.analysis ? entry : undefined
    } catch {
      return undefined
    }
  }

  /**
   * Store an entry (atomically, so parallel builds never read half an entry).
   *
   * @param key From `key`.
   * @param entry What to keep.
   */
  async set(key: string, entry: CacheEntry): Promise<void> {
    if (!this.#folder) return
    await writeAtomic(path.join(this.#folder, `${key}.json`), JSON.stringify(entry))
  }
}
