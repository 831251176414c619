import {createHash} from 'node:crypto'
import {readFile, realpath, stat} from 'node:fs/promises'
import type {IncomingMessage, ServerResponse} from 'node:http'
import path from 'node:path'
import {promisify} from 'node:util'
import {brotliCompress, constants, gzip} from 'node:zlib'
import type {Logger} from 'pino'
import {negotiateEncoding} from './accept-encoding.js'
import {compressible, contentType} from './content-type.js'
import {resolveRequestPath} from './resolve-request-path.js'

const brotli = promisify(brotliCompress)
const gzipAsync = promisify(gzip)

/** Options for `createHandler`. */
export interface HandlerOptions {
  /** Folder to serve. */
  root: string
  /** Feed paths relative to the folder, for their content types. */
  feeds: {rss: string; atom: string; jsonfeed: string}
  logger?: Logger
}

interface Entry {
  key: string
  body: Buffer
  hash: string
  encoded: Map<string, Buffer>
}

/**
 * An HTTP handler serving a published folder: GET and HEAD only, content types for feeds,
 * JSON and Markdown, ETag and Last-Modified with 304s, gzip and brotli, nothing outside
 * the folder (symlinks included).
 *
 * @param options Folder and feed paths.
 * @returns A `(request, response)` handler for `http.createServer`.
 */
export function createHandler(options: HandlerOptions): (request: IncomingMessage, response: ServerResponse) => Promise<void> {
  const cache = new Map<string, Entry>()
  let rootReal: string | undefined
  return async (request, response) => {
    const status = await respond(request, response).catch((error: unknown) => {
      options.logger?.error({err: error}, 'cannot serve request')
      if (!response.headersSent) send(response, 500, 'Internal server error\n')
      else response.destroy()
      return 500
    })
    options.logger?.debug({method: request.method, url: request.url, status}, 'request')
  }

  async function respond(request: IncomingMessage, response: ServerResponse): Promise<number> {
    response.setHeader('X-Content-Type-Options', 'nosniff')
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.setHeader('Allow', 'GET, HEAD')
      return send(response, 405, 'Method not allowed: only GET and HEAD\n')
    }
    const resolved = resolveRequestPath(options.root, request.url ?? '/')
    if ('refused' in resolved) {
      return resolved.refused === 'bad-request' ? send(response, 400, 'Bad request\n') : send(response, 403, 'Forbidden\n')
    }
    rootReal ??= await realpath(options.root)
    let file = resolved.file
    let info = await stat(file).catch(() => undefined)
    if (info?.isDirectory()) {
      file = path.join(file, 'index.html')
      info = await stat(file).catch(() => undefined)
    }
    if (!info?.isFile()) return send(response, 404, 'Not found\n')
    const real = await realpath(file)
    const relative = path.relative(rootReal, real)
    if (relative.startsWith('..') || path.isAbsolute(relative)) return send(response, 403, 'Forbidden\n')

    const type = contentType(path.relative(options.root, file), options.feeds)
    const key = `${info.size}:${info.mtimeMs}`
    let entry = cache.get(file)
    if (entry?.key !== key) {
      const body = await readFile(file)
      entry = {key, body, hash: createHash('sha256').update(body).digest('base64url').slice(0, 27), encoded: new Map()}
      cache.set(file, entry)
    }
    const encoding = compressible(type) ? negotiateEncoding(request.headers['accept-encoding']) : 'identity'
    const etag = `"${entry.hash}${encoding === 'identity' ? '' : `-${encoding}`}"`
    const lastModified = new Date(Math.floor(info.mtimeMs / 1000) * 1000)
    response.setHeader('ETag', etag)
    response.setHeader('Last-Modified', lastModified.toUTCString())
    response.setHeader('Cache-Control', 'no-cache')
    if (compressible(type)) response.setHeader('Vary', 'Accept-Encoding')
    if (notModified(request, entry.hash, lastModified)) {
      response.statusCode = 304
      response.end()
      return 304
    }
    let body = entry.body
    if (encoding !== 'identity') {
      let encoded = entry.encoded.get(encoding)
      if (!encoded) {
        encoded =
          encoding === 'br'
            ? await brotli(entry.body, {params: {[constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_SIZE_HINT]: entry.body.length}})
            : await gzipAsync(entry.body)
        entry.encoded.set(encoding, encoded)
      }
      body = encoded
      response.setHeader('Content-Encoding', encoding)
    }
    response.statusCode = 200
    response.setHeader('Content-Type', type)
    response.setHeader('Content-Length', body.length)
    response.end(request.method === 'HEAD' ? undefined : body)
    return 200
  }
}

function notModified(request: IncomingMessage, hash: string, lastModified: Date): boolean {
  const ifNoneMatch = request.headers['if-none-match']
  if (ifNoneMatch !== undefined) {
    // Weak comparison, and any encoding of the same bytes matches.
    return ifNoneMatch.split(',').some((tag) => {
      const value = tag.trim().replace(/^W\//, '')
      return value === '*' || value.replace(/^"|"$/g, '').replace(/-(br|gzip)$/, '') === hash
    })
  }
  const since = request.headers['if-modified-since']
  if (since === undefined) return false
  const time = Date.parse(since)
  return Number.isFinite(time) && lastModified.getTime() <= time
}

function send(response: ServerResponse, status: number, text: string): number {
  response.statusCode = status
  response.setHeader('Content-Type', 'text/plain; charset=utf-8')
  response.setHeader('Content-Length', Buffer.byteLength(text))
  response.end(text)
  return status
}
