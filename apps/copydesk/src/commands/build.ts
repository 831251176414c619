import type {Logger} from 'pino'
import {commonFlags, integerFlag, parseCommand} from '../args/parse.js'
import {type BuildFlags, type BuildOptions, defaultSiteUrl, resolveBuildOptions} from '../config/build-options.js'
import {type LoadedConfig, loadConfig} from '../config/load-config.js'
import type {Io} from '../io.js'
import {withBuildLock} from '../lock/with-build-lock.js'
import {buildSite, startWorkersEarly} from '../pipeline/build-site.js'
import {createProgress, formatSeconds} from '../report/progress.js'
import {countMessages, reportMessages} from '../report/report-messages.js'
import {commandLogger, exitCodes} from './context.js'
import {helpTexts} from './help.js'

/** Flags of `build` (and `watch`). */
export const buildOptions = {
  out: {type: 'string', short: 'o'},
  site: {type: 'string'},
  title: {type: 'string'},
  concurrency: {type: 'string', short: 'j'},
  'cache-dir': {type: 'string'},
  'no-cache': {type: 'boolean'},
  'max-bytes': {type: 'string'},
  'max-items': {type: 'string'}
} as const

/** Parsed `build` arguments. */
export interface ParsedBuild {
  flags: BuildFlags
  common: ReturnType<typeof commonFlags>
}

/**
 * Parse `build`/`watch` arguments.
 *
 * @param command Command name.
 * @param args Arguments.
 * @returns Flags.
 */
export function parseBuildArgs(command: string, args: string[]): ParsedBuild {
  const {values, positionals} = parseCommand(command, args, buildOptions)
  const flags: BuildFlags = {
    inputs: positionals,
    out: values.out,
    site: values.site,
    title: values.title,
    concurrency: integerFlag('concurrency', values.concurrency),
    cache: values['no-cache'] === true ? false : undefined,
    cacheDir: values['cache-dir'],
    maxBytes: integerFlag('max-bytes', values['max-bytes']),
    maxItemsPerSource: integerFlag('max-items', values['max-items'])
  }
  return {flags, common: commonFlags(values)}
}

/**
 * Run one build and report it: progress, summary, messages.
 *
 * @param options Resolved options.
 * @param io Streams.
 * @param logger Logger.
 * @param parsed Parsed flags (for quiet/verbose/format).
 * @param hooks `keepWorkers`: keep the worker threads for the next build (`copydesk watch`).
 * @returns Exit code: 0, or 1 when any error message was reported.
 */
export async function runBuild(options: BuildOptions, io: Io, logger: Logger, parsed: ParsedBuild, hooks: {keepWorkers?: boolean} = {}): Promise<number> {
  const {common} = parsed
  const started = performance.now()
  startWorkersEarly(options)
  if (options.siteUrlDefaulted) {
    logger.warn(`No site URL configured: feed links use \`${defaultSiteUrl}\`. Pass \`--site <url>\` or set \`site.url\` in copydesk.config.ts`)
  }
  logger.debug({inputs: options.inputs, out: options.out, concurrency: options.concurrency, cacheDir: options.cacheDir}, 'build options')
  const progress = createProgress({
    stream: io.stderr,
    logger,
    bar: io.isTTY && common.logFormat === 'pretty',
    silent: common.quiet
  })
  const stdin = options.inputs.includes('-') ? (io.stdin as AsyncIterable<Uint8Array>) : undefined
  const result = await buildSite(options, {logger, onProgress: progress.update, keepInfo: common.verbose, keepWorkers: hooks.keepWorkers === true, ...(stdin ? {stdin} : {})})
  progress.done()
  const {errors, warnings} = countMessages(result.messages)
  const seconds = (performance.now() - started) / 1000
  logger.info(
    {
      published: result.published,
      tagged: result.tagged,
      unchanged: result.cached,
      written: result.written,
      removed: result.removed.length,
      warnings,
      errors,
      seconds: Number(seconds.toFixed(3))
    },
    `published ${result.published} article${result.published === 1 ? '' : 's'} to ${options.out} (${result.tagged} tagged, ${result.cached} unchanged), ${warnings} warning${warnings === 1 ? '' : 's'}, ${errors} error${errors === 1 ? '' : 's'} in ${formatSeconds(seconds)}`
  )
  reportMessages(result.messages, {stream: io.stderr, logger, json: common.logFormat === 'json', quiet: common.quiet, verbose: common.verbose})
  return errors > 0 ? exitCodes.failed : exitCodes.ok
}

/**
 * `copydesk build [inputs...]`.
 *
 * @param args Arguments after `build`.
 * @param io Streams.
 * @returns Exit code.
 */
export async function buildCommand(args: string[], io: Io): Promise<number> {
  const parsed = parseBuildArgs('build', args)
  if (parsed.common.help) {
    io.stdout.write(`${helpTexts.build}\n`)
    return exitCodes.ok
  }
  const logger = commandLogger(io, parsed.common)
  const loaded: LoadedConfig = await loadConfig(io.cwd, parsed.common.config)
  if (loaded.path) logger.debug({config: loaded.path}, 'config loaded')
  const options = resolveBuildOptions(loaded, parsed.flags, io.cwd)
  return withBuildLock(options.out, {command: 'build', logger, exitOnSignal: true}, () => runBuild(options, io, logger, parsed))
}
