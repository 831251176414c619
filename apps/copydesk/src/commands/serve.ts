import {stat} from 'node:fs/promises'
import {createServer} from 'node:http'
import type {AddressInfo} from 'node:net'
import path from 'node:path'
import {CopydeskError} from '@copydesk/schema'
import {commonFlags, integerFlag, parseCommand} from '../args/parse.js'
import {loadConfig} from '../config/load-config.js'
import type {Io} from '../io.js'
import {createHandler} from '../serve/create-handler.js'
import {feedPaths} from '../serve/feed-paths.js'
import {commandLogger, exitCodes} from './context.js'
import {helpTexts} from './help.js'

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
  if (positionals.length > 1) throw new CopydeskError('CONFIG', `Expected one folder, got ${positionals.length}: \`${positionals.join(' ')}\``)
  const logger = commandLogger(io, common)
  const {config, root: configRoot} = await loadConfig(io.cwd, common.config)
  const root = positionals[0] ? path.resolve(io.cwd, positionals[0]) : path.resolve(configRoot, config.out ?? 'public')
  const info = await stat(root).catch(() => undefined)
  if (!info?.isDirectory()) {
    throw new CopydeskError('CONFIG', `Cannot serve \`${root}\`: it is not a folder. Run \`copydesk build\` first or pass the folder to serve`)
  }
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
