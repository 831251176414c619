import {createServer} from 'node:http'
import type {AddressInfo} from 'node:net'
import {CopydeskError} from '@copydesk/schema'
import {commonFlags, integerFlag, parseCommand} from '../args/parse.js'
import type {Io} from '../io.js'
import {createHandler} from '../serve/create-handler.js'
import {feedPaths} from '../serve/feed-paths.js'
import {commandLogger, exitCodes} from './context.js'
import {helpTexts} from './help.js'
import {publishedFolder} from './published-folder.js'

/**
 * `copydesk serve [dir]`: serve a published folder until stopped.
 *
 * @param args Arguments after `serve`.
 * @param io Streams.
 * @returns Exit code.
 */
export async function serveCommand(args: string[], io: Io): Promise<number> {
  const {values, positionals} = parseCommand('serve', args, {port: {type: 'string', short: 'p'}, host: {type: 'string'}})
  const common = commonFlags(values)
  if (common.help) {
    io.stdout.write(`${helpTexts.serve}\n`)
    return exitCodes.ok
  }
  const logger = commandLogger(io, common)
  const {root, config} = await publishedFolder(io.cwd, positionals, common.config, 'serve', 'Run `copydesk build` first or pass the folder to serve')
  const port = integerFlag('port', values.port, 0) ?? config.serve?.port ?? 4321
  if (port > 65_535) throw new CopydeskError('CONFIG', `Invalid \`--port\` \`${port}\`: expected 0 to 65535`)
  const host = values.host ?? config.serve?.host ?? '127.0.0.1'

  const handler = createHandler({root, feeds: feedPaths(), logger})
  const server = createServer((request, response) => void handler(request, response))
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      reject(
        error.code === 'EADDRINUSE'
          ? new CopydeskError('CONFIG', `Port \`${port}\` on \`${host}\` is in use: pass another with \`--port <n>\``, {cause: error})
          : new CopydeskError('IO', `Cannot listen on \`${host}:${port}\`: ${error.message}`, {cause: error})
      )
    })
    server.listen(port, host, resolve)
  })
  const address = server.address() as AddressInfo
  const shown = address.family === 'IPv6' ? `[${address.address}]` : address.address
  const url = `http://${shown}:${address.port}/`
  io.stdout.write(`${url}\n`)
  logger.info({root, url}, `serving ${root} at ${url} (Ctrl-C to stop)`)
  await io.waitForStop()
  server.closeAllConnections()
  await new Promise<void>((resolve) => server.close(() => resolve()))
  logger.info('stopped')
  return exitCodes.ok
}
