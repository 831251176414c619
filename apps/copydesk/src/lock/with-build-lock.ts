import type {Logger} from 'pino'
import {acquireBuildLock, type BuildLock, releaseOwnLockSync} from './build-lock.js'
import {sweepTemporary} from './sweep-temporary.js'

/** Exit codes of a build stopped by a signal: 128 + the signal's number, as shells report them. */
export const signalExitCodes = {SIGINT: 130, SIGTERM: 143} as const

/** Options for `withBuildLock`. */
export interface WithBuildLockOptions {
  /** `build` or `watch`, named in the lock file and in the refusal. */
  command: string
  logger: Logger
  /**
   * Stop the process on SIGINT and SIGTERM while `work` runs: nothing more is scheduled,
   * writes in flight are discarded (their temporary files removed; every output is renamed
   * into place whole, so each is the previous build's or this one's), the lock is released,
   * and the process exits with 130 or 143. Off for `watch`, which finishes its build on a signal.
   * @default false
   */
  exitOnSignal?: boolean
  /** Exit, for tests. @default process.exit */
  exit?: (code: number) => never
}

/**
 * Run a build holding the output folder's lock: a second build into the same folder is
 * refused (see `acquireBuildLock`), a stale lock is taken over with a warning and the
 * temporary files of the killed build that left it are removed first, and the lock is released
 * however `work` ends.
 *
 * @param out Output folder.
 * @param options Command, logger, signal policy.
 * @param work The build.
 * @returns What `work` returns.
 */
export async function withBuildLock<T>(out: string, options: WithBuildLockOptions, work: () => Promise<T>): Promise<T> {
  const {logger} = options
  const exit = options.exit ?? ((code: number) => process.exit(code))
  let lock: BuildLock | undefined
  const onSignal = (signal: keyof typeof signalExitCodes) => {
    logger.warn({signal}, `Stopped by ${signal}: the outputs of the previous build are left whole, writes in flight discarded. Build again to finish`)
    sweepTemporary(out, process.pid)
    if (lock) lock.releaseSync()
    else releaseOwnLockSync(out) // The signal came while the lock was being taken.
    exit(signalExitCodes[signal])
  }
  const signals = Object.keys(signalExitCodes) as Array<keyof typeof signalExitCodes>
  const handlers = signals.map((signal) => [signal, () => onSignal(signal)] as const)
  // Installed before the lock is taken, so no signal can leave it behind.
  if (options.exitOnSignal) for (const [signal, handler] of handlers) process.once(signal, handler)
  const removeHandlers = () => {
    for (const [signal, handler] of handlers) process.off(signal, handler)
  }
  try {
    lock = await acquireBuildLock(out, {command: options.command})
  } catch (error) {
    removeHandlers()
    throw error
  }
  if (lock.tookOver) {
    const {pid, command, started} = lock.tookOver
    logger.warn({lock: lock.file, pid}, `Took over the stale build lock \`${lock.file}\` of \`copydesk ${command}\` (pid ${pid}, started ${started}): that process is gone`)
  }
  // Only a killed build leaves temporary files (one that stops otherwise removes its own), and
  // a killed build leaves its lock: so the whole folder (20,000 files at 10,000 articles) is
  // swept only when a stale lock was taken over, and otherwise only its top (where a build
  // killed while taking the lock leaves the lock's own temporary files).
  const swept = sweepTemporary(out, undefined, {deep: lock.tookOver !== undefined})
  if (swept.length > 0) logger.warn({files: swept}, `Removed ${swept.length} temporary file${swept.length === 1 ? '' : 's'} left by an interrupted build`)

  try {
    return await work()
  } finally {
    removeHandlers()
    await lock.release()
  }
}
