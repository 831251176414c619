import {createServer, type Server} from 'node:http'
import {createHandler, type HandlerOptions} from './create-handler.js'

/** What `serve` accepts from a client before refusing it. */
export interface ServeLimits {
  /** Longest request target (path and query), in characters; longer ones get `414`. @default 2048 */
  maxUrlLength: number
  /** Largest request head (request line and headers), in bytes; larger ones get `431`. @default 16384 */
  maxHeaderSize: number
  /** Milliseconds a client has to send the whole request head (slow clients get `408`). @default 10000 */
  headersTimeout: number
  /** Milliseconds a client has to send the whole request. @default 30000 */
  requestTimeout: number
  /** Milliseconds an idle keep-alive connection stays open. @default 5000 */
  keepAliveTimeout: number
}

/** Safe defaults: a static site needs short URLs, small heads and no request bodies. */
export const defaultServeLimits: ServeLimits = {
  maxUrlLength: 2048,
  maxHeaderSize: 16_384,
  headersTimeout: 10_000,
  requestTimeout: 30_000,
  keepAliveTimeout: 5000
}

/**
 * The HTTP server of `copydesk serve`: the static handler behind limits on what a client
 * may send. Over-long targets get `414`, over-large heads `431` (Node's parser), requests
 * with a body `413` (GET and HEAD carry none), and a client too slow to send its request
 * `408`, so slow or oversized clients cannot hold the server.
 *
 * @param options Folder, feed paths, logger and limits (each defaults to `defaultServeLimits`).
 * @returns A server, not yet listening.
 */
export function createStaticServer(options: HandlerOptions & {limits?: Partial<ServeLimits> | undefined}): Server {
  const limits = {...defaultServeLimits, ...options.limits}
  const handler = createHandler(options)
  const server = createServer(
    {
      maxHeaderSize: limits.maxHeaderSize,
      headersTimeout: limits.headersTimeout,
      requestTimeout: limits.requestTimeout,
      keepAliveTimeout: limits.keepAliveTimeout,
      // Timeouts are checked this often: a tenth of the shortest, so a slow client is cut off close to its deadline.
      connectionsCheckingInterval: Math.max(10, Math.min(limits.headersTimeout, limits.requestTimeout) / 10)
    },
    (request, response) => {
      if ((request.url ?? '').length > limits.maxUrlLength) {
        refuse(response, 414, `URI too long: at most ${limits.maxUrlLength} characters\n`)
      } else if ((request.method === 'GET' || request.method === 'HEAD') && hasBody(request.headers)) {
        refuse(response, 413, 'Content too large: GET and HEAD requests carry no body\n')
      } else {
        void handler(request, response)
      }
    }
  )
  return server
}

function hasBody(headers: import('node:http').IncomingHttpHeaders): boolean {
  return headers['transfer-encoding'] !== undefined || (headers['content-length'] !== undefined && headers['content-length'] !== '0')
}

function refuse(response: import('node:http').ServerResponse, status: number, text: string): void {
  response.statusCode = status
  response.setHeader('Content-Type', 'text/plain; charset=utf-8')
  response.setHeader('Content-Length', Buffer.byteLength(text))
  // The body (if any) is not read: close rather than parse it as the next request.
  response.setHeader('Connection', 'close')
  response.end(text)
}
