import {readdir, readFile, rm, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {logRecords, runCli} from './helpers/run-cli.js'
import {makeProject, snapshotFolder} from './helpers/workspace.js'

const site = ['--site', 'https://news.example.com/']
const projects: string[] = []
async function project(options?: {fixtures?: boolean}) {
  const dir = await makeProject(options)
  projects.push(dir)
  return dir
}
afterAll(async () => {
  for (const dir of projects) await rm(dir, {recursive: true, force: true})
})

/** The end-of-build summary record of a `--log-format json` run. */
function summary(stderr: string) {
  const record = logRecords(stderr).find((entry) => typeof entry.msg === 'string' && entry.msg.startsWith('published'))
  expect(record, stderr).toBeDefined()
  return record as {published: number; tagged: number; unchanged: number; written: number; errors: number; warnings: number; removed: number}
}

describe('copydesk build: the seed, end to end', () => {
  let dir = ''
  let result: Awaited<ReturnType<typeof runCli>>
  beforeAll(async () => {
    dir = await project()
    result = await runCli(['build', 'content', '--out', 'public', ...site, '--title', 'Seed News'], {cwd: dir})
  })

  it('exits 0 and writes the article as JSON and Markdown, and the feeds', async () => {
    expect(result.code, result.stderr).toBe(0)
    const articles = (await readdir(path.join(dir, 'public', 'articles'))).sort()
    expect(articles).toHaveLength(2)
    expect(articles.map((file) => path.extname(file))).toEqual(['.json', '.md'])
    const files = await readdir(path.join(dir, 'public'))
    expect(files).toContain('feed.xml')
  })

  it('carries the title, publisher, edition date, page and e-mail of seed.expected.json', async () => {
    // Values from shared/seed/seed.expected.json.
    const [json] = (await readdir(path.join(dir, 'public', 'articles'))).filter((file) => file.endsWith('.json'))
    const article = JSON.parse(await readFile(path.join(dir, 'public', 'articles', json as string), 'utf8'))
    expect(article.title).toBe('Regional cooperation between China and Japan plays an important part in better bilateral relations')
    expect(article.publisher).toBe('China Daily')
    expect(article.editionDate).toBe('2012-03-20')
    expect(article.page).toBe(11)
    expect(article.authors.map((author: {email?: string}) => author.email)).toContain('chengguangjin@chinadaily.com.cn')
    expect(article.text).not.toContain('chengguangjin@chinadaily.com.cn')
    expect(article.analysis.wordCount).toBeGreaterThan(400)
    const feed = await readFile(path.join(dir, 'public', 'feed.xml'), 'utf8')
    expect(feed).toContain('Seed News')
    expect(feed).toContain('https://news.example.com/')
  })

  it('logs to stderr and prints nothing on stdout', () => {
    expect(result.stdout).toBe('')
    expect(result.stderr).toMatch(/published 1 article/)
  })
})

describe('copydesk exit codes and help', () => {
  let dir = ''
  beforeAll(async () => {
    dir = await project()
  })

  it('prints help for copydesk and every command with exit 0', async () => {
    for (const args of [['--help'], ['help'], ...['build', 'watch', 'serve', 'check', 'tag'].map((name) => [name, '--help'])]) {
      const result = await runCli(args, {cwd: dir})
      expect(result.code, args.join(' ')).toBe(0)
      expect(result.stdout).toMatch(/^Usage: copydesk/)
    }
  })

  it('prints the version', async () => {
    const result = await runCli(['--version'], {cwd: dir})
    expect(result.code).toBe(0)
    const manifest = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8'))
    expect(result.stdout.trim()).toBe(manifest.version)
  })

  it.each([
    [['frobnicate'], /Unknown command `frobnicate`/],
    [['build', '--bogus'], /bogus/],
    [['build', '--site', 'news.example.com'], /absolute/],
    [['build', '--concurrency', 'lots'], /--concurrency/],
    [['tag'], /--jsonl/],
    [['check', 'missing-folder'], /missing-folder/],
    [['build', '--log-format', 'xml'], /log format/]
  ])('exits 2 on usage errors: %j', async (args, pattern) => {
    const result = await runCli(args, {cwd: dir})
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(pattern)
  })

  it('exits 2 on an invalid config file, naming the setting', async () => {
    const bad = await project()
    await writeFile(path.join(bad, 'copydesk.config.json'), JSON.stringify({feed: {maxItems: -1}}))
    const result = await runCli(['build'], {cwd: bad})
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('feed.maxItems')
  })

  it('exits 2 when the cache folder is a file, naming it, and never hangs on its workers', async () => {
    const bad = await project()
    await writeFile(path.join(bad, 'not-a-folder'), 'x')
    const result = await runCli(['build', 'content', '--cache-dir', 'not-a-folder', '-j', '2', ...site], {cwd: bad})
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/cache folder `.*not-a-folder` is not a folder/)
  })

  it('builds from the config file on a first run with no flags', async () => {
    const configured = await project()
    await writeFile(
      path.join(configured, 'copydesk.config.json'),
      JSON.stringify({site: {url: 'https://daily.example.org/', title: 'Configured Daily'}, out: 'site', formats: ['json', 'rss']})
    )
    const result = await runCli(['build'], {cwd: configured})
    expect(result.code, result.stderr).toBe(0)
    expect((await readdir(path.join(configured, 'site'))).sort()).toEqual(['.copydesk-manifest.json', 'articles', 'feed.xml'])
    expect(await readFile(path.join(configured, 'site', 'feed.xml'), 'utf8')).toContain('Configured Daily')
  })

  it('warns when no site URL is configured and uses the documented default', async () => {
    const result = await runCli(['build'], {cwd: dir})
    expect(result.code, result.stderr).toBe(0)
    expect(result.stderr).toMatch(/--site/)
    expect(await readFile(path.join(dir, 'public', 'feed.xml'), 'utf8')).toContain('https://example.com/')
  })
})

describe('copydesk build with bad input', () => {
  it('publishes the good articles, names every bad file, exits 1', async () => {
    const dir = await project()
    // A PNG signature and binary noise.
    const noise = Buffer.from(Array.from({length: 1024}, (_, index) => (index * 37) % 256))
    await writeFile(path.join(dir, 'content', 'binary.txt'), Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), noise]))
    await writeFile(path.join(dir, 'content', 'broken.json'), '{"title": "Half an object", "body": ')
    const result = await runCli(['build', 'content', 'missing.txt', '--out', 'public', ...site], {cwd: dir})
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(/binary\.txt:\d+:\d+ {2}error/)
    expect(result.stderr).toMatch(/broken\.json:\d+:\d+ {2}error/)
    expect(result.stderr).toMatch(/missing\.txt:\d+:\d+ {2}error/)
    const articles = await readdir(path.join(dir, 'public', 'articles'))
    expect(articles.filter((file) => file.endsWith('.json'))).toHaveLength(1)

    const quiet = await runCli(['build', 'content', '--out', 'public', '--quiet', ...site], {cwd: dir})
    expect(quiet.code).toBe(1)
    expect(quiet.stderr).not.toMatch(/INFO/)
    expect(quiet.stderr).toMatch(/binary\.txt:\d+:\d+ {2}error/)
  })
})

describe('copydesk build: incremental and parallel', () => {
  let dir = ''
  let first: ReturnType<typeof summary>
  beforeAll(async () => {
    dir = await project({fixtures: true})
    const result = await runCli(['build', 'content', '--out', 'public', '--log-format', 'json', ...site], {cwd: dir})
    expect(result.code, result.stderr).toBe(0)
    first = summary(result.stderr)
  })

  it('tags every article on the first build', () => {
    expect(first.published).toBe(4)
    expect(first.tagged).toBe(4)
    expect(first.unchanged).toBe(0)
  })

  it('re-tags nothing on a rebuild, and writes the same bytes', async () => {
    const before = await snapshotFolder(path.join(dir, 'public'))
    const result = await runCli(['build', 'content', '--out', 'public', '--log-format', 'json', ...site], {cwd: dir})
    expect(result.code, result.stderr).toBe(0)
    const again = summary(result.stderr)
    expect(again.tagged).toBe(0)
    expect(again.unchanged).toBe(4)
    expect(await snapshotFolder(path.join(dir, 'public'))).toEqual(before)
  })

  it('renders again an output edited by hand', async () => {
    const before = await snapshotFolder(path.join(dir, 'public'))
    const [json] = (await readdir(path.join(dir, 'public', 'articles'))).filter((file) => file.endsWith('.json'))
    await writeFile(path.join(dir, 'public', 'articles', json as string), '{"edited": true}\n')
    const result = await runCli(['build', 'content', '--out', 'public', '--log-format', 'json', ...site], {cwd: dir})
    expect(result.code, result.stderr).toBe(0)
    expect(summary(result.stderr)).toMatchObject({tagged: 0, written: 1})
    expect(await snapshotFolder(path.join(dir, 'public'))).toEqual(before)
  })

  it('re-tags only the article that changed', async () => {
    const file = path.join(dir, 'content', 'rail-link.txt')
    await writeFile(file, `${await readFile(file, 'utf8')}\nThe first new trains will run on December 10, the company said.\n`)
    const result = await runCli(['build', 'content', '--out', 'public', '--log-format', 'json', ...site], {cwd: dir})
    expect(result.code, result.stderr).toBe(0)
    expect(summary(result.stderr)).toMatchObject({published: 4, tagged: 1, unchanged: 3})
  })

  it('removes the outputs of a removed source', async () => {
    const slugsBefore = await readdir(path.join(dir, 'public', 'articles'))
    await rm(path.join(dir, 'content', 'library-opens.txt'))
    const result = await runCli(['build', 'content', '--out', 'public', '--log-format', 'json', ...site], {cwd: dir})
    expect(result.code, result.stderr).toBe(0)
    expect(summary(result.stderr)).toMatchObject({published: 3, tagged: 0, removed: 2})
    const slugsAfter = await readdir(path.join(dir, 'public', 'articles'))
    expect(slugsAfter).toHaveLength(slugsBefore.length - 2)
    expect(slugsAfter.every((file) => slugsBefore.includes(file))).toBe(true)
  })

  it('rebuilds the same bytes after the cache is deleted', async () => {
    const before = await snapshotFolder(path.join(dir, 'public'))
    await rm(path.join(dir, '.copydesk'), {recursive: true, force: true})
    const result = await runCli(['build', 'content', '--out', 'public', '--log-format', 'json', ...site], {cwd: dir})
    expect(result.code, result.stderr).toBe(0)
    expect(summary(result.stderr)).toMatchObject({published: 3, tagged: 3, unchanged: 0})
    expect(await snapshotFolder(path.join(dir, 'public'))).toEqual(before)
  })

  it('gives byte-identical output on worker threads and on the main thread', async () => {
    const one = await runCli(['build', 'content', '--out', 'one', '--no-cache', '-j', '1', ...site], {cwd: dir})
    const two = await runCli(['build', 'content', '--out', 'two', '--no-cache', '-j', '3', ...site], {cwd: dir})
    expect(one.code, one.stderr).toBe(0)
    expect(two.code, two.stderr).toBe(0)
    expect(await snapshotFolder(path.join(dir, 'two'))).toEqual(await snapshotFolder(path.join(dir, 'one')))
  })
})
