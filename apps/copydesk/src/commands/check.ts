import {feedOptionsSchema} from '@copydesk/schema'
import {commonFlags, parseCommand} from '../args/parse.js'
import {checkSite} from '../check/check-site.js'
import {defaultSiteUrl} from '../config/build-options.js'
import type {Io} from '../io.js'
import {countMessages, reportMessages} from '../report/report-messages.js'
import {commandLogger, exitCodes} from './context.js'
import {helpTexts} from './help.js'
import {publishedFolder} from './published-folder.js'

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
  const logger = commandLogger(io, common)
  const {root} = await publishedFolder(io.cwd, positionals, common.config, 'check', 'Pass the published folder')
  const feed = feedOptionsSchema.parse({siteUrl: defaultSiteUrl})
  const result = await checkSite(root, {articles: feed.articlesPath, rss: feed.feedPath, atom: feed.atomPath, jsonfeed: feed.jsonFeedPath})
  const {errors} = countMessages(result.messages)
  const summary = `checked ${result.files} files in ${root}: ${result.articles} valid article${result.articles === 1 ? '' : 's'}, ${errors} problem${errors === 1 ? '' : 's'}`
  if (errors > 0) logger.error({files: result.files, articles: result.articles, errors}, summary)
  else logger.info({files: result.files, articles: result.articles, errors}, summary)
  reportMessages(result.messages, {stream: io.stderr, logger, json: common.logFormat === 'json', quiet: common.quiet, verbose: common.verbose})
  return errors > 0 ? exitCodes.failed : exitCodes.ok
}
