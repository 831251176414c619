import type {AddressInfo} from 'node:net'
import {CopydeskError} from '@copydesk/schema'
import {commonFlags, integerFlag, parseCommand} from '../args/parse.js'
import type {ValidConfig} from '../config/config-schema.js'
import type {Io} from '../io.js'
import {createStaticServer, type ServeLimits} from '../serve/create-server.js'
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

  const server = createStaticServer({root, feeds: feedPaths(), logger, limits: serveLimits(config.serve)})
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

/** The limits set in the config's `serve` section (the others keep their defaults). */
function serveLimits(serve: ValidConfig['serve']): Partial<ServeLimits> {
  const limits: Partial<ServeLimits> = {}
  if (serve?.maxUrlLength !== undefined) limits.maxUrlLength = serve.maxUrlLength
  if (serve?.maxHeaderSize !== undefined) limits.maxHeaderSize = serve.maxHeaderSize
  if (serve?.headersTimeout !== undefined) limits.headersTimeout = serve.headersTimeout
  if (serve?.requestTimeout !== undefined) limits.requestTimeout = serve.requestTimeout
  return limits
}
