import {randomBytes} from 'node:crypto'
import {closeSync, fstatSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, type Stats, statSync, writeFileSync} from 'node:fs'
import path from 'node:path'

// Synchronous on purpose: a build writes tens of thousands of small files, and each
// asynchronous call goes through libuv's thread pool and back (a futex wake and an event-loop
// turn per call). On a 2-core machine that hand-off cost more CPU than the writes themselves
// (strace: 90 futex calls per article). The callers are worker threads or the build's own
// main thread, which have nothing else to do meanwhile.

/** What `writeAtomic` did, and the file's size and modification time after it. */
export interface WriteResult {
  /** False when the file already had these bytes (and was left untouched). */
  written: boolean
  size: number
  mtimeMs: number
}

/**
 * Write a file atomically: to a temporary file beside it, then rename over it, so a reader
 * (a server, a crashed build) never sees half a file. An identical file is left untouched,
 * which keeps its modification time (Last-Modified, turbo) stable.
 *
 * @param file Absolute path.
 * @param content What to write.
 * @returns Whether it was written, and the file's stat (for the next build's comparison).
 */
export function writeAtomic(file: string, content: string | Uint8Array): WriteResult {
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content.buffer, content.byteOffset, content.byteLength)
  // A stat that does not throw first: on a first build every file is missing, and a failed
  // read costs an exception each; a file of another size cannot hold the same bytes.
  const seen = statSync(file, {throwIfNoEntry: false})
  if (seen?.isFile() && seen.size === bytes.byteLength) {
    try {
      if (readFileSync(file).equals(bytes)) return {written: false, size: seen.size, mtimeMs: seen.mtimeMs}
    } catch {
      // Unreadable: write it.
    }
  }
  const made = replaceFile(file, bytes)
  return {written: true, size: made.size, mtimeMs: made.mtimeMs}
}

/**
 * Replace a file: write a temporary file beside it, then rename it over the target. The
 * folder is made when missing (once per folder; again if it was removed since).
 *
 * @param file Path.
 * @param content What to write.
 * @returns The written file's stat (a rename keeps size and modification time).
 */
export function replaceFile(file: string, content: string | Uint8Array): Stats {
  const folder = path.dirname(file)
  if (!made.has(folder)) {
    mkdirSync(folder, {recursive: true})
    remember(folder)
  }
  try {
    return replace(file, content)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
    // The folder was removed since it was made: make it again.
    made.clear()
    mkdirSync(folder, {recursive: true})
    remember(folder)
    return replace(file, content)
  }
}

/** Random hex drawn once per thread (each worker loads this module afresh); with `counter`, a thread's temporary names never repeat. */
const prefix = `${process.pid}.${randomBytes(4).toString('hex')}`
let counter = 0

/**
 * A temporary path beside a file, unique to this process, thread and call (swept by the next
 * build if a process dies before renaming it).
 *
 * @param file Target path.
 * @returns `<file>.<pid>.<hex>.tmp`.
 */
export function temporaryPath(file: string): string {
  counter++
  return `${file}.${prefix}${counter.toString(16)}.tmp`
}

/** Folders made (or found) by earlier writes: one `mkdir` per folder, not per file. */
const made = new Set<string>()

function remember(folder: string): void {
  if (made.size >= 4096) made.clear()
  made.add(folder)
}

function replace(file: string, content: string | Uint8Array): Stats {
  const temporary = temporaryPath(file)
  try {
    const descriptor = openSync(temporary, 'w')
    let stats: Stats
    try {
      writeFileSync(descriptor, content)
      stats = fstatSync(descriptor)
    } finally {
      closeSync(descriptor)
    }
    renameSync(temporary, file)
    return stats
  } catch (error) {
    rmSync(temporary, {force: true})
    throw error
  }
}
