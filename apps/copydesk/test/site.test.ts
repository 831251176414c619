import {cp, readdir, readFile, rm, writeFile} from 'node:fs/promises'
import {request} from 'node:http'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {runCli, startCli} from './helpers/run-cli.js'
import {makeProject} from './helpers/workspace.js'

let dir = ''
let slug = ''
beforeAll(async () => {
  dir = await makeProject({fixtures: true})
  const result = await runCli(['build', 'content', '--out', 'public', '--site', 'https://news.example.com/'], {cwd: dir})
  expect(result.code, result.stderr).toBe(0)
  const json = (await readdir(path.join(dir, 'public', 'articles'))).find((file) => file.endsWith('.json')) as string
  slug = path.basename(json, '.json')
})
afterAll(async () => {
  await rm(dir, {recursive: true, force: true})
})

describe('copydesk check', () => {
  it('passes on a fresh build', async () => {
    const result = await runCli(['check', 'public'], {cwd: dir})
    expect(result.code, result.stderr).toBe(0)
  })

  it('fails on an article that breaks the schema, naming the file', async () => {
    const copy = path.join(dir, 'bad-article')
    await cp(path.join(dir, 'public'), copy, {recursive: true})
    const file = path.join(copy, 'articles', `${slug}.json`)
    const article = JSON.parse(await readFile(file, 'utf8'))
    delete article.title
    article.page = 'eleven'
    await writeFile(file, JSON.stringify(article))
    const result = await runCli(['check', 'bad-article'], {cwd: dir})
    expect(result.code).toBe(1)
    expect(result.stderr).toContain(`articles/${slug}.json:1:1  error`)
    expect(result.stderr).toContain('`/page`')
  })

  it('fails on a truncated feed and on an orphan, naming the files', async () => {
    const copy = path.join(dir, 'bad-feed')
    await cp(path.join(dir, 'public'), copy, {recursive: true})
    const feed = await readFile(path.join(copy, 'feed.xml'), 'utf8')
    await writeFile(path.join(copy, 'feed.xml'), feed.slice(0, Math.floor(feed.length / 2)))
    await cp(path.join(copy, 'articles', `${slug}.md`), path.join(copy, 'articles', 'stray.md'))
    const result = await runCli(['check', 'bad-feed'], {cwd: dir})
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(/feed\.xml:\d+:\d+ {2}error {2}Not a well-formed rss feed/)
    expect(result.stderr).toMatch(/articles\/stray\.md:1:1 {2}error {2}Orphan/)
  })
})

/** A raw request: the path is sent as written (fetch would normalize `..`). */
function get(url: string, target: string, headers: Record<string, string> = {}) {
  const {hostname, port} = new URL(url)
  return new Promise<{status: number; headers: Record<string, string | string[] | undefined>; body: string}>((resolve, reject) => {
    const req = request({host: hostname, port, path: target, headers}, (response) => {
      let body = ''
      response.setEncoding('utf8').on('data', (chunk: string) => {
        body += chunk
      })
      response.on('end', () => resolve({status: response.statusCode ?? 0, headers: response.headers, body}))
    })
    req.on('error', reject)
    req.end()
  })
}

describe('copydesk serve', () => {
  it('serves the feed with 200 then 304, refuses traversal, stops cleanly', async () => {
    const {child, line} = await startCli(['serve', 'public', '--port', '0'], dir)
    try {
      expect(line).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/)
      const first = await get(line, '/feed.xml')
      expect(first.status).toBe(200)
      expect(first.headers['content-type']).toBe('application/rss+xml; charset=utf-8')
      const etag = String(first.headers.etag)
      const second = await get(line, '/feed.xml', {'If-None-Match': etag})
      expect(second.status).toBe(304)
      expect(second.body).toBe('')
      for (const target of ['/../content/rail-link.txt', '/%2e%2e/content/rail-link.txt', '/articles/..%2f..%2fcontent%2frail-link.txt']) {
        const refused = await get(line, target)
        expect([400, 403, 404]).toContain(refused.status)
        expect(refused.body).not.toContain('Bratislava')
      }
    } finally {
      const exited = new Promise<number | null>((resolve) => child.on('close', resolve))
      child.kill('SIGTERM')
      expect(await exited).toBe(0)
    }
  })
})

describe('copydesk tag --jsonl', () => {
  it('writes one record per line with every entity mention in order, and flags bad lines', async () => {
    const text = await readFile(path.join(dir, 'content', 'harbour-reopens.txt'), 'utf8')
    const input = `${JSON.stringify({id: 'h1', text, date: '2024-03-05'})}\nnot json\n${JSON.stringify({id: 2, text: 'Short text about Paris.'})}\n`
    const result = await runCli(['tag', '--jsonl'], {cwd: dir, input})
    expect(result.code).toBe(1)
    const lines = result.stdout.trim().split('\n').map((line) => JSON.parse(line))
    expect(lines.map((line) => line.id)).toEqual(['h1', null, 2])
    const [first, bad, third] = lines
    expect(Object.keys(first)).toEqual(['id', 'entities', 'keyphrases', 'quotes'])
    expect(first.entities.length).toBeGreaterThan(0)
    for (const entity of first.entities) {
      expect(text.slice(entity.start, entity.end)).toBe(entity.text)
      expect(['PER', 'ORG', 'LOC']).toContain(entity.type)
    }
    const starts = first.entities.map((entity: {start: number}) => entity.start)
    expect(starts).toEqual([...starts].sort((a, b) => a - b))
    expect(first.keyphrases.every((phrase: unknown) => typeof phrase === 'string')).toBe(true)
    for (const quote of first.quotes) expect(['direct', 'partial', 'indirect']).toContain(quote.kind)
    expect(bad.error).toBeTruthy()
    expect(third.error).toBeUndefined()
    expect(result.stderr).toMatch(/<stdin>:2:1 {2}error/)
  })
})
