import type {Writable} from 'node:stream'
import type {Logger} from 'pino'

/** Reports progress: a bar on a terminal, a log line every few seconds elsewhere. */
export interface Progress {
  update(done: number, total: number): void
  /** Clear the bar. */
  done(): void
}

/** Options for `createProgress`. */
export interface ProgressOptions {
  stream: Writable
  logger: Logger
  /** Draw a bar (on a terminal); otherwise log lines. */
  bar: boolean
  /** Nothing at all. */
  silent?: boolean
  /** Seconds between log lines without a terminal. @default 5 */
  interval?: number
  /** Clock, for tests. */
  now?: () => number
}

/**
 * Create a progress reporter with counts, rate and time left.
 *
 * @param options Where and how.
 * @returns The reporter.
 */
export function createProgress(options: ProgressOptions): Progress {
  const now = options.now ?? (() => performance.now())
  const start = now()
  const interval = (options.interval ?? 5) * 1000
  let last = start
  let drawn = false
  return {
    update(done, total) {
      if (options.silent || total === 0) return
      const time = now()
      const seconds = Math.max((time - start) / 1000, 1e-3)
      const rate = done / seconds
      const left = rate > 0 ? (total - done) / rate : 0
      if (options.bar) {
        if (time - last < 80 && done < total) return
        last = time
        const width = 24
        const filled = Math.round((done / total) * width)
        const line = `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} articles  ${rate.toFixed(1)}/s  ${formatSeconds(left)} left`
        options.stream.write(`\r\u001B[2K${line}`)
        drawn = true
      } else if (time - last >= interval && done < total) {
        last = time
        options.logger.info({done, total, rate: Number(rate.toFixed(1)), secondsLeft: Math.round(left)}, `${done}/${total} articles`)
      }
    },
    done() {
      if (drawn) options.stream.write('\r\u001B[2K')
      drawn = false
    }
  }
}

/**
 * Format a duration for people.
 *
 * @param seconds Duration.
 * @returns E.g. `4s`, `2m 05s`.
 */
export function formatSeconds(seconds: number): string {
  const whole = Math.round(seconds)
  if (whole < 60) return `${whole}s`
  return `${Math.floor(whole / 60)}m ${String(whole % 60).padStart(2, '0')}s`
}
