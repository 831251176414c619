import type {Readable, Writable} from 'node:stream'

/** Where a command reads and writes: the process by default, streams in tests. */
export interface Io {
  /** Results (JSON Lines, URLs). */
  stdout: Writable
  /** Logs, progress and messages. */
  stderr: Writable
  /** Input for `tag --jsonl` and the `-` source. */
  stdin: Readable
  /** Directory relative paths resolve against. */
  cwd: string
  /** Whether stderr is a terminal (colours, progress bar). */
  isTTY: boolean
  /** Resolves when the user asks a long-running command (`serve`, `watch`) to stop. */
  waitForStop: () => Promise<void>
}

/**
 * The `Io` of the current process; `waitForStop` resolves on SIGINT or SIGTERM
 * (signal handlers are only installed once a command waits, so Ctrl-C still ends a build).
 *
 * @returns The process's streams and directory.
 */
export function processIo(): Io {
  const waitForStop = () =>
    new Promise<void>((resolve) => {
      const stop = () => {
        process.off('SIGINT', stop)
        process.off('SIGTERM', stop)
        resolve()
      }
      process.once('SIGINT', stop)
      process.once('SIGTERM', stop)
    })
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    cwd: process.cwd(),
    isTTY: Boolean(process.stderr.isTTY),
    waitForStop
  }
}
