import type {Logger} from 'pino'
import type {CommonFlags} from '../args/parse.js'
import type {Io} from '../io.js'
import {createLogger} from '../report/logger.js'

/** Exit codes: 0 all good, 1 some articles or files failed, 2 usage or configuration error. */
export const exitCodes = {ok: 0, failed: 1, usage: 2} as const

/**
 * Create the logger a command uses, from the common flags.
 *
 * @param io Streams.
 * @param flags Common flags.
 * @returns The logger.
 */
export function commandLogger(io: Io, flags: CommonFlags): Logger {
  return createLogger({
    stream: io.stderr,
    format: flags.logFormat,
    quiet: flags.quiet,
    verbose: flags.verbose,
    colorize: io.isTTY
  })
}
