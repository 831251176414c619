import {randomBytes} from 'node:crypto'
import {readFileSync, unlinkSync} from 'node:fs'
import {link, mkdir, readFile, rename, rm, writeFile} from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import {CopydeskError} from '@copydesk/schema'

/** Name of the lock file a build holds in its output folder (a dot-file: never served, never published). */
export const lockName = '.copydesk-lock'

/** What the lock file holds: who builds into this folder. */
export interface LockOwner {
  pid: number
  hostname: string
  /** `build` or `watch`. */
  command: string
  /** ISO instant the lock was taken. */
  started: string
  /** Random, so a holder only ever removes its own lock. */
  token: string
}

/** A held lock. */
export interface BuildLock {
  /** Absolute path of the lock file. */
  file: string
  /** Who held the lock before, when it was stale (its process is gone) and taken over. */
  tookOver: LockOwner | undefined
  /** Remove the lock file, if it is still ours. Safe to call more than once. */
  release(): Promise<void>
  /** The same, synchronously (from an `exit` or signal handler). */
  releaseSync(): void
}

/** Options for `acquireBuildLock`. */
export interface LockOptions {
  /** Command named in the lock file and in the refusal. @default 'build' */
  command?: string
  /** Whether a process is alive, for tests. @default signal 0 to the pid */
  isAlive?: (pid: number) => boolean
}

/**
 * Take the build lock of an output folder: create `<out>/.copydesk-lock` exclusively (a hard
 * link, which fails if the name exists: atomic on local file systems), holding our pid. When
 * another live process holds it, fail with a message naming the lock file and the holder's pid. A lock
 * whose process is gone (a build killed with SIGKILL, a crash) is stale and taken over: it is
 * first renamed away (only one contender can win the rename), and checked to be the stale lock
 * read before (else it is put back), so two builds racing for a stale lock never both win.
 *
 * @param out Output folder (created if missing).
 * @param options Command name (and, for tests, how to tell a live process).
 * @returns The held lock; release it when the build ends.
 */
export async function acquireBuildLock(out: string, options: LockOptions = {}): Promise<BuildLock> {
  const file = path.join(out, lockName)
  const isAlive = options.isAlive ?? processIsAlive
  const owner: LockOwner = {
    pid: process.pid,
    hostname: os.hostname(),
    command: options.command ?? 'build',
    started: new Date().toISOString(),
    token: randomBytes(8).toString('hex')
  }
  await mkdir(out, {recursive: true})
  let tookOver: LockOwner | undefined
  for (let attempt = 0; attempt < 5; attempt++) {
    if (await createExclusive(file, `${JSON.stringify(owner, null, 2)}\n`)) return held(file, owner, tookOver)
    const text = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return undefined
      throw error
    })
    if (text === undefined) continue // Released between our two calls: try again.
    const holder = parseOwner(text)
    if (holder && !(holder.hostname === os.hostname() && !isAlive(holder.pid))) throw refusal(file, holder)
    // Stale (or unreadable, e.g. cut short by a crash): move it away, and make sure what we moved is what we read.
    const aside = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.stale`
    try {
      await rename(file, aside)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue // Another contender moved it first.
      throw error
    }
    const moved = await readFile(aside, 'utf8').catch(() => undefined)
    if (moved !== text) {
      // A contender took the stale lock over in between and this is its live lock: put it back.
      await link(aside, file).catch(() => undefined)
      await rm(aside, {force: true})
      continue
    }
    await rm(aside, {force: true})
    tookOver = holder
  }
  const holder = parseOwner(await readFile(file, 'utf8').catch(() => ''))
  throw holder ? refusal(file, holder) : new CopydeskError('IO', `Cannot take the build lock \`${file}\`: other builds keep taking it. Try again`)
}

function held(file: string, owner: LockOwner, tookOver: LockOwner | undefined): BuildLock {
  let released = false
  const ours = () => {
    try {
      return parseOwner(readFileSync(file, 'utf8'))?.token === owner.token
    } catch {
      return false
    }
  }
  const releaseSync = () => {
    if (released) return
    released = true
    process.off('exit', releaseSync)
    if (ours()) {
      try {
        unlinkSync(file)
      } catch {
        // Already gone.
      }
    }
  }
  // A crash (an uncaught error, `process.exit`) still releases the lock; only SIGKILL leaves it, stale.
  process.once('exit', releaseSync)
  return {
    file,
    tookOver,
    releaseSync,
    async release() {
      releaseSync()
    }
  }
}

/**
 * Remove the lock of an output folder if this process holds it, synchronously: for a signal
 * that arrives while `acquireBuildLock` is still running (the lock may already be in place).
 *
 * @param out Output folder.
 */
export function releaseOwnLockSync(out: string): void {
  const file = path.join(out, lockName)
  try {
    if (parseOwner(readFileSync(file, 'utf8'))?.pid === process.pid) unlinkSync(file)
  } catch {
    // No lock, or not readable: nothing of ours to remove.
  }
}

/**
 * Create `file` only if it does not exist, with its whole content at once: written to a
 * temporary file, then hard-linked (`link` fails with EEXIST, atomically), so a contender never
 * reads a half-written lock.
 */
async function createExclusive(file: string, content: string): Promise<boolean> {
  const temporary = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.new`
  try {
    await writeFile(temporary, content, {flag: 'wx'})
    await link(temporary, file)
    return true
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false
    throw new CopydeskError('IO', `Cannot create the build lock \`${file}\`: ${(error as Error).message}. Check that the output folder is writable`, {
      cause: error
    })
  } finally {
    await rm(temporary, {force: true})
  }
}

function parseOwner(text: string): LockOwner | undefined {
  try {
    const value = JSON.parse(text) as Partial<LockOwner>
    if (typeof value.pid !== 'number' || !Number.isInteger(value.pid) || value.pid <= 0 || typeof value.hostname !== 'string') return undefined
    return {
      pid: value.pid,
      hostname: value.hostname,
      command: typeof value.command === 'string' ? value.command : 'build',
      started: typeof value.started === 'string' ? value.started : '',
      token: typeof value.token === 'string' ? value.token : ''
    }
  } catch {
    return undefined
  }
}

function refusal(file: string, holder: LockOwner): CopydeskError {
  const since = holder.started ? ` since ${holder.started}` : ''
  const where = holder.hostname === os.hostname() ? '' : ` on host \`${holder.hostname}\``
  return new CopydeskError(
    'IO',
    `Another \`copydesk ${holder.command}\` (pid ${holder.pid}${where}${since}) is building into this folder: it holds the lock \`${file}\`. Wait for it to finish, or pass another \`--out\`. If no build is running, remove the lock file`
  )
}

/**
 * Whether a process exists: signal 0 checks without sending anything (EPERM: it exists, as
 * another user).
 */
function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}
