import {type FileHandle, open, rename, rm} from 'node:fs/promises'
import {temporaryPath} from './write-atomic.js'

/** Bytes gathered before a write. */
const chunk = 1 << 20

/**
 * Writes one JSON document made of a head, many members and a tail, streaming, to a
 * temporary file that replaces the target only on `commit` (a reader never sees half of it,
 * and a build that stops half way leaves the old one). Keeps only the current chunk in memory.
 */
export class JsonStreamWriter {
  readonly #file: string
  readonly #temporary: string
  readonly #handle: FileHandle
  readonly #tail: string
  #parts: string[] = []
  #size = 0
  #first = true

  private constructor(file: string, temporary: string, handle: FileHandle, head: string, tail: string) {
    this.#file = file
    this.#temporary = temporary
    this.#handle = handle
    this.#tail = tail
    this.#parts.push(head)
    this.#size = head.length
  }

  /**
   * Start a document.
   *
   * @param file Target path.
   * @param head Text before the members, e.g. `{"sources":[`.
   * @param tail Text after them, e.g. `]}`.
   * @returns The writer.
   */
  static async open(file: string, head: string, tail: string): Promise<JsonStreamWriter> {
    const temporary = temporaryPath(file)
    return new JsonStreamWriter(file, temporary, await open(temporary, 'w'), head, tail)
  }

  /**
   * Add a member (already serialized); a separator is put before all but the first.
   *
   * @param json The member's JSON text, e.g. `"key":{...}` or `{...}`.
   */
  async add(json: string): Promise<void> {
    if (!this.#first) this.#parts.push(',')
    this.#first = false
    this.#parts.push(json)
    this.#size += json.length + 1
    if (this.#size >= chunk) await this.#flush()
  }

  /** Finish the document and put it in place of the target. */
  async commit(): Promise<void> {
    this.#parts.push(this.#tail)
    try {
      await this.#flush()
      await this.#handle.close()
      await rename(this.#temporary, this.#file)
    } catch (error) {
      await this.abort()
      throw error
    }
  }

  /** Drop the document: the target stays as it was. */
  async abort(): Promise<void> {
    await this.#handle.close().catch(() => {})
    await rm(this.#temporary, {force: true})
  }

  async #flush(): Promise<void> {
    const text = this.#parts.join('')
    this.#parts = []
    this.#size = 0
    await this.#handle.write(text)
  }
}
