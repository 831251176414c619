import {randomBytes} from 'node:crypto'
import {mkdirSync, readFileSync, renameSync, rmSync, writeFileSync} from 'node:fs'
import path from 'node:path'

// Synchronous on purpose: a build writes tens of thousands of small files, and each
// asynchronous call goes through libuv's thread pool and back (a futex wake and an event-loop
// turn per call). On a 2-core machine that hand-off cost more CPU than the writes themselves
// (strace: 90 futex calls per article). The callers are worker threads or the build's own
// main thread, which have nothing else to do meanwhile.

/**
 * Write a file atomically: to a temporary file beside it, then rename over it, so a reader
 * (a server, a crashed build) never sees half a file. An identical file is left untouched,
 * which keeps its modification time (Last-Modified, turbo) stable.
 *
 * @param file Absolute path.
 * @param content What to write.
 * @returns True when the file was written, false when it already had this content.
 */
export function writeAtomic(file: string, content: string | Uint8Array): boolean {
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content.buffer, content.byteOffset, content.byteLength)
  try {
    const existing = readFileSync(file)
    if (existing.equals(bytes)) return false
  } catch {
    // Missing or unreadable: write it.
  }
  replaceFile(file, bytes)
  return true
}

/**
 * Replace a file: write a temporary file beside it, then rename it over the target. The
 * folder is made when missing (once per folder; again if it was removed since).
 *
 * @param file Path.
 * @param content What to write.
 */
export function replaceFile(file: string, content: string | Uint8Array): void {
  const folder = path.dirname(file)
  if (!made.has(folder)) {
    mkdirSync(folder, {recursive: true})
    remember(folder)
  }
  try {
    replace(file, content)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
    // The folder was removed since it was made: make it again.
    made.clear()
    mkdirSync(folder, {recursive: true})
    remember(folder)
    replace(file, content)
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

function replace(file: string, content: string | Uint8Array): void {
  const temporary = temporaryPath(file)
  try {
    writeFileSync(temporary, content)
    renameSync(temporary, file)
  } catch (error) {
    rmSync(temporary, {force: true})
    throw error
  }
}
