import {mkdir, mkdtemp, rm, symlink, writeFile} from 'node:fs/promises'
import {createServer, request, type Server} from 'node:http'
import type {AddressInfo} from 'node:net'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {gunzipSync} from 'node:zlib'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {createHandler} from '../src/serve/create-handler.js'

let dir = ''
let root = ''
let server: Server
let port = 0

/** A raw request: the path is sent as written (fetch would normalize `..`). */
function get(target: string, headers: Record<string, string> = {}, method = 'GET') {
  return new Promise<{status: number; headers: Record<string, string | string[] | undefined>; body: Buffer}>((resolve, reject) => {
    const req = request({host: '127.0.0.1', port, path: target, method, headers}, (response) => {
      const chunks: Buffer[] = []
      response.on('data', (chunk: Buffer) => chunks.push(chunk))
      response.on('end', () => resolve({status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks)}))
    })
    req.on('error', reject)
    req.end()
  })
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'copydesk-serve-'))
  root = path.join(dir, 'public')
  await mkdir(path.join(root, 'articles'), {recursive: true})
  await writeFile(path.join(dir, 'secret.txt'), 'secret')
  await writeFile(path.join(root, 'feed.xml'), `<?xml version="1.0"?><rss version="2.0"><channel>${'<item/>'.repeat(200)}</channel></rss>`)
  await writeFile(path.join(root, 'atom.xml'), '<feed/>')
  await writeFile(path.join(root, 'feed.json'), '{}')
  await writeFile(path.join(root, 'articles', 'a.json'), '{"a":1}')
  await writeFile(path.join(root, 'articles', 'a.md'), '---\ntitle: A\n---\n\nBody\n')
  await writeFile(path.join(root, '.copydesk-manifest.json'), '{}')
  await symlink(path.join(dir, 'secret.txt'), path.join(root, 'link.txt'))
  server = createServer((req, res) => void createHandler({root, feeds: {rss: 'feed.xml', atom: 'atom.xml', jsonfeed: 'feed.json'}})(req, res))
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  port = (server.address() as AddressInfo).port
})

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve))
  await rm(dir, {recursive: true, force: true})
})

describe('serve handler', () => {
  it.each([
    ['/feed.xml', 'application/rss+xml; charset=utf-8'],
    ['/atom.xml', 'application/atom+xml; charset=utf-8'],
    ['/feed.json', 'application/feed+json; charset=utf-8'],
    ['/articles/a.json', 'application/json; charset=utf-8'],
    ['/articles/a.md', 'text/markdown; charset=utf-8']
  ])('serves %s as %s', async (target, type) => {
    const response = await get(target)
    expect(response.status).toBe(200)
    expect(response.headers['content-type']).toBe(type)
  })

  it('answers 304 to If-None-Match and If-Modified-Since', async () => {
    const first = await get('/feed.xml')
    const etag = String(first.headers.etag)
    expect(etag).toMatch(/^"[\w-]+"$/)
    expect((await get('/feed.xml', {'If-None-Match': etag})).status).toBe(304)
    expect((await get('/feed.xml', {'If-None-Match': '"other"'})).status).toBe(200)
    const since = String(first.headers['last-modified'])
    expect((await get('/feed.xml', {'If-Modified-Since': since})).status).toBe(304)
    expect((await get('/feed.xml', {'If-Modified-Since': 'Thu, 01 Jan 1970 00:00:00 GMT'})).status).toBe(200)
  })

  it('compresses with gzip and brotli when asked', async () => {
    const plain = await get('/feed.xml')
    const gzipped = await get('/feed.xml', {'Accept-Encoding': 'gzip'})
    expect(gzipped.headers['content-encoding']).toBe('gzip')
    expect(gunzipSync(gzipped.body).equals(plain.body)).toBe(true)
    const brotli = await get('/feed.xml', {'Accept-Encoding': 'gzip, br'})
    expect(brotli.headers['content-encoding']).toBe('br')
    expect(brotli.headers.vary).toBe('Accept-Encoding')
    expect(brotli.headers.etag).not.toBe(plain.headers.etag)
    expect((await get('/feed.xml', {'Accept-Encoding': 'br', 'If-None-Match': String(brotli.headers.etag)})).status).toBe(304)
  })

  it('answers HEAD with headers only, and refuses other methods', async () => {
    const head = await get('/feed.xml', {}, 'HEAD')
    expect(head.status).toBe(200)
    expect(head.body.length).toBe(0)
    expect(Number(head.headers['content-length'])).toBeGreaterThan(0)
    for (const method of ['POST', 'PUT', 'DELETE', 'OPTIONS']) {
      const response = await get('/feed.xml', {}, method)
      expect(response.status).toBe(405)
      expect(response.headers.allow).toBe('GET, HEAD')
    }
  })

  it.each([
    '/../secret.txt',
    '/%2e%2e/secret.txt',
    '/%2e%2e%2fsecret.txt',
    '/articles/..%2f..%2fsecret.txt',
    '/%252e%252e/secret.txt',
    '/..%5csecret.txt',
    '/link.txt',
    '/.copydesk-manifest.json'
  ])('never serves %s', async (target) => {
    const response = await get(target)
    expect([400, 403, 404]).toContain(response.status)
    expect(response.body.toString()).not.toContain('secret')
  })

  it('answers 404 for missing files and folders without an index', async () => {
    expect((await get('/nope.json')).status).toBe(404)
    expect((await get('/articles/')).status).toBe(404)
  })
})
