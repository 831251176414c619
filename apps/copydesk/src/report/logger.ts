import type {Writable} from 'node:stream'
import {type Logger, pino} from 'pino'
import {prettyFactory} from 'pino-pretty'

/** How logs look: readable lines or one JSON object per line. */
export type LogFormat = 'pretty' | 'json'

/** Options for `createLogger`. */
export interface LoggerOptions {
  /** Stream to write to (stderr). */
  stream: Writable
  /** @default 'pretty' */
  format?: LogFormat
  /** Only errors and warnings. */
  quiet?: boolean
  /** Debug logs too. */
  verbose?: boolean
  /** Colours (on a terminal). */
  colorize?: boolean
}

/**
 * Create the app's pino logger. Pretty output is formatted synchronously so lines never
 * interleave with the progress bar or the message report.
 *
 * @param options Stream, format and level.
 * @returns A pino logger.
 */
export function createLogger(options: LoggerOptions): Logger {
  const level = options.quiet ? 'warn' : options.verbose ? 'debug' : 'info'
  const {stream} = options
  if (options.format === 'json') {
    return pino({level, base: {name: 'copydesk'}}, {write: (line: string) => stream.write(line)})
  }
  const prettify = prettyFactory({
    colorize: options.colorize ?? false,
    ignore: 'pid,hostname,name',
    // Messages carry the facts for people; the fields (for `--log-format json`) only with --verbose.
    hideObject: !options.verbose,
    translateTime: 'HH:MM:ss'
  })
  return pino({level, base: {name: 'copydesk'}}, {write: (line: string) => stream.write(prettify(line))})
}
