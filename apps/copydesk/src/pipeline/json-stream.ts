import {type FileHandle, open, rename, rm} from 'node:fs/promises'
import {temporaryPath} from './write-atomic.js'

/** Bytes gathered before a write. */
const chunk = 1 << 20

/**
 * A file written in pieces to a temporary file beside it, which replaces the file only on
 * `commit` (a reader never sees half of it, and a build that stops half way leaves the old
 * one). The JSON and binary cache writers stream through it.
 */
export class AtomicFileStream {
  readonly #file: string
  readonly #temporary: string
  readonly #handle: FileHandle

  private constructor(file: string, temporary: string, handle: FileHandle) {
    this.#file = file
    this.#temporary = temporary
    this.#handle = handle
  }

  /**
   * Start the file.
   *
   * @param file Target path.
   * @returns The stream.
   */
  static async open(file: string): Promise<AtomicFileStream> {
    const temporary = temporaryPath(file)
    return new AtomicFileStream(file, temporary, await open(temporary, 'w'))
  }

  /**
   * Write the next piece (written before the promise settles: the caller may reuse a buffer).
   *
   * @param piece Text (UTF-8) or bytes.
   * @param length For bytes, how many from the start.
   */
  async write(piece: string | Uint8Array, length?: number): Promise<void> {
    if (typeof piece === 'string') await this.#handle.write(piece)
    else await this.#handle.write(piece, 0, length ?? piece.length)
  }

  /** Put the file in place of the target. */
  async commit(): Promise<void> {
    try {
      await this.#handle.close()
      await rename(this.#temporary, this.#file)
    } catch (error) {
      await this.abort()
      throw error
    }
  }

  /** Drop the file: the target stays as it was. */
  async abort(): Promise<void> {
    await this.#handle.close().catch(() => {})
    await rm(this.#temporary, {force: true})
  }
}

/**
 * Writes one JSON document made of a head, many members and a tail, streaming, through an
 * `AtomicFileStream`. Keeps only the current chunk in memory.
 */
export class JsonStreamWriter {
  readonly #stream: AtomicFileStream
  readonly #tail: string
  #parts: string[] = []
  #size = 0
  #first = true

  private constructor(stream: AtomicFileStream, head: string, tail: string) {
    this.#stream = stream
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
    return new JsonStreamWriter(await AtomicFileStream.open(file), head, tail)
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
    } catch (error) {
      await this.#stream.abort()
      throw error
    }
    await this.#stream.commit()
  }

  /** Drop the document: the target stays as it was. */
  async abort(): Promise<void> {
    await this.#stream.abort()
  }

  async #flush(): Promise<void> {
    const text = this.#parts.join('')
    this.#parts = []
    this.#size = 0
    await this.#stream.write(text)
  }
}
