import {randomBytes} from 'node:crypto'
import {mkdir, readFile, rename, rm, writeFile} from 'node:fs/promises'
import path from 'node:path'

/**
 * Write a file atomically: to a temporary file beside it, then rename over it, so a reader
 * (a server, a crashed build) never sees half a file. An identical file is left untouched,
 * which keeps its modification time (Last-Modified, turbo) stable.
 *
 * @param file Absolute path.
 * @param content What to write.
 * @returns True when the file was written, false when it already had this content.
 */
export async function writeAtomic(file: string, content: string | Uint8Array): Promise<boolean> {
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content.buffer, content.byteOffset, content.byteLength)
  try {
    const existing = await readFile(file)
    if (existing.equals(bytes)) return false
  } catch {
    // Missing or unreadable: write it.
  }
  await replaceFile(file, bytes)
  return true
}

/**
 * Replace a file: write a temporary file beside it, then rename it over the target. The
 * folder is made when missing (once per folder; again if it was removed since).
 *
 * @param file Path.
 * @param content What to write.
 */
export async function replaceFile(file: string, content: string | Uint8Array): Promise<void> {
  const folder = path.dirname(file)
  if (!made.has(folder)) {
    await mkdir(folder, {recursive: true})
    remember(folder)
  }
  try {
    await replace(file, content)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
    // The folder was removed since it was made: make it again.
    made.clear()
    await mkdir(folder, {recursive: true})
    remember(folder)
    await replace(file, content)
  }
}

/**
 * A temporary path beside a file, unique to this process and call (swept by the next build
 * if a process dies before renaming it).
 *
 * @param file Target path.
 * @returns `<file>.<pid>.<random>.tmp`.
 */
export function temporaryPath(file: string): string {
  return `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`
}

/** Folders made (or found) by earlier writes: one `mkdir` per folder, not per file. */
const made = new Set<string>()

function remember(folder: string): void {
  if (made.size >= 4096) made.clear()
  made.add(folder)
}

async function replace(file: string, content: string | Uint8Array): Promise<void> {
  const temporary = temporaryPath(file)
  try {
    await writeFile(temporary, content)
    await rename(temporary, file)
  } catch (error) {
    await rm(temporary, {force: true})
    throw error
  }
}
