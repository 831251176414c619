import {stat} from 'node:fs/promises'
import path from 'node:path'
import {CopydeskError, feedOptionsSchema} from '@copydesk/schema'
import {commonFlags, parseCommand} from '../args/parse.js'
import {checkSite} from '../check/check-site.js'
import {defaultSiteUrl} from '../config/build-options.js'
import {loadConfig} from '../config/load-config.js'
import type {Io} from '../io.js'
import {countMessages, reportMessages} from '../report/report-messages.js'
import {commandLogger, exitCodes} from './context.js'
import {helpTexts} from './help.js'

/**
 * `copydesk check [dir]`: validate a published folder.
 *
 * @param args Arguments after `check`.
 * @param io Streams.
 * @returns 0 when valid, 1 when any problem was found, 2 on usage errors.
 */
export async function checkCommand(args: string[], io: Io): Promise<number> {
  const {values, positionals} = parseCommand('check', args, {})
  const common = commonFlags(values)
  if (common.help) {
    io.stdout.write(`${helpTexts.check}\n`)
    return exitCodes.ok
  }
  if (positionals.length > 1) throw new CopydeskError('CONFIG', `Expected one folder, got ${positionals.length}: \`${positionals.join(' ')}\``)
  const logger = commandLogger(io, common)
  const {config, root: configRoot} = await loadConfig(io.cwd, common.config)
  const root = positionals[0] ? path.resolve(io.cwd, positionals[0]) : path.resolve(configRoot, config.out ?? 'public')
  const info = await stat(root).catch(() => undefined)
  if (!info?.isDirectory()) throw new CopydeskError('CONFIG', `Cannot check \`${root}\`: it is not a folder. Pass the published folder`)
  const feed = feedOptionsSchema.parse({siteUrl: defaultSiteUrl})
  const result = await checkSite(root, {articles: feed.articlesPath, rss: feed.feedPath, atom: feed.atomPath, jsonfeed: feed.jsonFeedPath})
  const {errors} = countMessages(result.messages)
  const summary = `checked ${result.files} files in ${root}: ${result.articles} valid article${result.articles === 1 ? '' : 's'}, ${errors} problem${errors === 1 ? '' : 's'}`
  if (errors > 0) logger.error({files: result.files, articles: result.articles, errors}, summary)
  else logger.info({files: result.files, articles: result.articles, errors}, summary)
  reportMessages(result.messages, {stream: io.stderr, logger, json: common.logFormat === 'json', quiet: common.quiet, verbose: common.verbose})
  return errors > 0 ? exitCodes.failed : exitCodes.ok
}
