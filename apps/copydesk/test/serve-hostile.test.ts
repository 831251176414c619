import {mkdir, mkdtemp, rm, writeFile} from 'node:fs/promises'
import {Agent, request, type Server} from 'node:http'
import {type AddressInfo, connect} from 'node:net'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {configSchema} from '../src/config/config-schema.js'
import {createStaticServer, defaultServeLimits} from '../src/serve/create-server.js'

// What a hostile client can send `serve`, over raw sockets (an HTTP client would normalize or
// refuse most of it): traversal in every encoding, over-long targets and heads, bodies,
// methods other than GET and HEAD, and clients too slow to finish their request.

let dir = ''
let server: Server
let port = 0

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'copydesk-serve-hostile-'))
  const root = path.join(dir, 'public')
  await mkdir(path.join(root, 'articles'), {recursive: true})
  await writeFile(path.join(dir, 'secret.txt'), 'TOP SECRET')
  await writeFile(path.join(root, 'feed.xml'), '<?xml version="1.0"?><rss version="2.0"><channel/></rss>')
  await writeFile(path.join(root, 'articles', 'a.json'), '{"a":1}')
  // Short timeouts so a slow client is cut off quickly; nothing asserts how quickly.
  server = createStaticServer({
    root,
    feeds: {rss: 'feed.xml', atom: 'atom.xml', jsonfeed: 'feed.json'},
    limits: {headersTimeout: 300, requestTimeout: 600}
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  port = (server.address() as AddressInfo).port
})

afterAll(async () => {
  server.closeAllConnections()
  await new Promise((resolve) => server.close(resolve))
  await rm(dir, {recursive: true, force: true})
})

/** Send bytes as written and read until the server closes the connection (every request here asks it to, or is refused). */
function raw(request: string | Buffer): Promise<{status: number; head: string; text: string}> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1')
    const chunks: Buffer[] = []
    socket.on('data', (chunk: Buffer) => chunks.push(chunk))
    socket.on('error', (error: NodeJS.ErrnoException) => (error.code === 'ECONNRESET' ? undefined : reject(error)))
    socket.on('close', () => {
      const text = Buffer.concat(chunks).toString('latin1')
      const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(text)?.[1] ?? 0)
      resolve({status, head: text.split('\r\n\r\n')[0] ?? '', text})
    })
    socket.write(request)
  })
}

function get(target: string, headers = ''): Promise<{status: number; head: string; text: string}> {
  return raw(`GET ${target} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n${headers}\r\n`)
}

describe('serve: hostile requests', () => {
  it('serves a plain request (the baseline)', async () => {
    const response = await get('/articles/a.json')
    expect(response.status).toBe(200)
    expect(response.text).toContain('{"a":1}')
  })

  it.each([
    '/../secret.txt',
    '/articles/../../secret.txt',
    '/%2e%2e/secret.txt',
    '/%2E%2E/secret.txt',
    '/.%2e/secret.txt',
    '/%2e%2e%2fsecret.txt',
    '/articles%2f..%2f..%2fsecret.txt',
    '/%252e%252e%252fsecret.txt',
    '/%25252e%25252e/secret.txt',
    '/..\\secret.txt',
    '/articles\\..\\..\\secret.txt',
    '/..%5csecret.txt',
    '/..%255csecret.txt',
    '/%c0%ae%c0%ae/secret.txt',
    '/..%c0%afsecret.txt',
    '/%u002e%u002e/secret.txt',
    '/secret.txt%00.json',
    '/%00',
    '//secret.txt',
    '/./../secret.txt',
    `/${'../'.repeat(50)}secret.txt`,
    'http://localhost/../secret.txt',
    '*',
    '../secret.txt'
  ])('refuses %s without leaking anything', async (target) => {
    const response = await get(target)
    expect([400, 403, 404]).toContain(response.status)
    expect(response.text).not.toContain('TOP SECRET')
  })

  it('answers 414 to a target longer than maxUrlLength', async () => {
    const response = await get(`/articles/${'a'.repeat(defaultServeLimits.maxUrlLength)}.json`)
    expect(response.status).toBe(414)
  })

  it('answers 431 to a request head larger than maxHeaderSize, in the target or in headers', async () => {
    expect((await get(`/${'a'.repeat(defaultServeLimits.maxHeaderSize + 10)}`)).status).toBe(431)
    expect((await get('/feed.xml', `X-Big: ${'b'.repeat(defaultServeLimits.maxHeaderSize + 10)}\r\n`)).status).toBe(431)
    const many = Array.from({length: 3000}, (_, index) => `X-H${index}: v\r\n`).join('')
    expect([400, 431]).toContain((await get('/feed.xml', many)).status)
  })

  it('answers 413 to a GET with a body', async () => {
    const response = await raw('GET /feed.xml HTTP/1.1\r\nHost: localhost\r\nContent-Length: 5\r\n\r\nhello')
    expect(response.status).toBe(413)
    const chunked = await raw('GET /feed.xml HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n')
    expect(chunked.status).toBe(413)
  })

  it.each(['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'TRACE', 'PROPFIND', 'BREW'])('answers 405 with Allow to %s', async (method) => {
    const response = await raw(`${method} /feed.xml HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`)
    if (method === 'BREW') {
      // Not a method Node's parser knows: refused before the handler.
      expect(response.status).toBe(400)
      return
    }
    expect(response.status).toBe(405)
    expect(response.head).toMatch(/\r\nAllow: GET, HEAD(\r\n|$)/i)
  })

  it('refuses malformed request lines and smuggling attempts', async () => {
    expect((await raw('GARBAGE\r\n\r\n')).status).toBe(400)
    expect((await raw('GET /feed.xml HTTP/1.1\r\nHost: localhost\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n')).status).toBe(400)
    expect((await raw(Buffer.from('GET /feed.xml HTTP/1.1\r\nHost: local\u0000host\r\n\r\n', 'latin1'))).status).toBe(400)
  })

  it('cuts off a client that never finishes its request head (slowloris), answering 408', async () => {
    const response = await raw('GET /feed.xml HTTP/1.1\r\nHost: localhost\r\nX-Slow: ')
    expect(response.status).toBe(408)
  })

  it('cuts off a client that never sends the body it announced', async () => {
    const response = await raw('POST /feed.xml HTTP/1.1\r\nHost: localhost\r\nContent-Length: 100\r\n\r\nabc')
    // Refused at once (405 or 413, the body unread, the connection closed) or cut off (408): never left hanging.
    expect([405, 408, 413]).toContain(response.status)
  })

  it('keeps serving after all of that', async () => {
    expect((await get('/feed.xml')).status).toBe(200)
  })

  it('answers 1,000 requests on 100 keep-alive connections at once without an error (smoke; the load test is `pnpm bench:serve`)', async () => {
    const agent = new Agent({keepAlive: true, maxSockets: 100})
    const one = (index: number) =>
      new Promise<number>((resolve, reject) => {
        const target = index % 3 === 0 ? '/feed.xml' : '/articles/a.json'
        const headers = index % 2 === 0 ? {'accept-encoding': 'gzip, br'} : {}
        const req = request({host: '127.0.0.1', port, path: target, agent, headers}, (response) => {
          response.resume()
          response.on('end', () => resolve(response.statusCode ?? 0))
        })
        req.on('error', reject)
        req.end()
      })
    try {
      const statuses = await Promise.all(Array.from({length: 1000}, (_, index) => one(index)))
      expect(statuses.filter((status) => status !== 200)).toEqual([])
    } finally {
      agent.destroy()
    }
  })
})

describe('serve limits in the config', () => {
  it('accepts limits and refuses a head timeout longer than the request timeout', () => {
    expect(configSchema.safeParse({serve: {maxUrlLength: 4096, headersTimeout: 5000, requestTimeout: 20_000}}).success).toBe(true)
    const refused = configSchema.safeParse({serve: {headersTimeout: 60_000, requestTimeout: 1000}})
    expect(refused.success).toBe(false)
    expect(JSON.stringify(refused.error?.issues)).toContain('headersTimeout')
  })
})
