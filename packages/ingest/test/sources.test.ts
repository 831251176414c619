import {mkdir, mkdtemp, rm, symlink, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {Readable} from 'node:stream'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {ingest, ingestEach} from '../src/index.js'
import {expandSources, listSources} from '../src/sources/expand-sources.js'

let cwd = ''

beforeAll(async () => {
  cwd = await mkdtemp(path.join(tmpdir(), 'copydesk-ingest-'))
  await mkdir(path.join(cwd, 'in/wire/nested'), {recursive: true})
  await mkdir(path.join(cwd, 'in/.git'), {recursive: true})
  await mkdir(path.join(cwd, 'empty-folder'))
  await writeFile(path.join(cwd, 'in/b.txt'), 'BEIJING, March 5 (Xinhua) -- B.')
  await writeFile(path.join(cwd, 'in/a.txt'), 'LONDON (Reuters) - A.')
  await writeFile(path.join(cwd, 'in/wire/nested/c story.txt'), 'WASHINGTON (AP) — C.')
  await writeFile(path.join(cwd, 'in/wire/Zürich.txt'), 'ZURICH, May 1 -- Z.')
  await writeFile(path.join(cwd, 'in/.git/HEAD'), 'ref: refs/heads/main')
  await writeFile(path.join(cwd, 'in/empty.txt'), '')
  await symlink(path.join(cwd, 'in'), path.join(cwd, 'in/wire/loop'))
})

afterAll(async () => {
  await rm(cwd, {recursive: true, force: true})
})

describe('ingest: sources', () => {
  it('walks a folder recursively in a stable order, skipping hidden entries and reporting loops', async () => {
    const {articles, files} = await ingest(['in'], {cwd})
    expect(files.map((file) => file.path)).toEqual(['in/a.txt', 'in/b.txt', 'in/empty.txt', 'in/wire/Zürich.txt', 'in/wire/loop', 'in/wire/nested/c story.txt'])
    expect(articles.map((article) => article.text)).toEqual(['LONDON (Reuters) - A.', 'BEIJING, March 5 (Xinhua) -- B.', 'ZURICH, May 1 -- Z.', 'WASHINGTON (AP) — C.'])
    const problems = files.filter((file) => file.messages.some((message) => message.fatal)).map((file) => [file.path, file.messages[0]?.ruleId])
    expect(problems).toEqual([
      ['in/empty.txt', 'empty'],
      ['in/wire/loop', 'symlink-loop']
    ])
  })

  it('lists a folder however its path is spelled, with shown paths joined as path.join would and absolute paths resolved', async () => {
    for (const given of ['in', './in/', 'in/wire/..', path.join(cwd, 'in')]) {
      const entries = await listSources([given], cwd)
      const files = entries.filter((entry) => entry.kind === 'file')
      expect(files.map((entry) => entry.path)).toEqual(['a.txt', 'b.txt', 'empty.txt', 'wire/Zürich.txt', 'wire/nested/c story.txt'].map((name) => path.join(given, name)))
      for (const entry of files) expect(entry.absolute).toBe(path.resolve(cwd, entry.path))
      expect(entries.filter((entry) => entry.kind === 'problem').map((entry) => [entry.path, entry.kind === 'problem' && entry.ruleId])).toEqual([[path.join(given, 'wire/loop'), 'symlink-loop']])
      // The streaming form gives the same entries in the same order.
      const streamed = []
      for await (const entry of expandSources([given], cwd)) streamed.push(entry)
      expect(streamed).toEqual(entries)
    }
    const here = await listSources(['.'], path.join(cwd, 'in/wire/nested'))
    expect(here).toEqual([{kind: 'file', path: 'c story.txt', absolute: path.join(cwd, 'in/wire/nested/c story.txt')}])
  })

  it('matches globs, and names a glob or folder that matched nothing', async () => {
    const {articles, files} = await ingest(['in/**/*.txt', 'nothing/*.md', 'empty-folder'], {cwd})
    expect(articles.map((article) => article.source.path)).toEqual(['in/a.txt', 'in/b.txt', 'in/wire/Zürich.txt', 'in/wire/nested/c story.txt'])
    const problems = files.filter((file) => file.messages.length > 0 && file.messages[0]?.ruleId !== 'empty')
    expect(problems.map((file) => [file.path, file.messages[0]?.ruleId, file.messages[0]?.fatal])).toEqual([
      ['nothing/*.md', 'no-match', true],
      ['empty-folder', 'no-match', true]
    ])
    expect(problems[0]?.messages[0]?.reason).toMatch(/^Glob `nothing\/\*\.md` matched no files/)
  })

  it('reads standard input for `-`', async () => {
    const stdin = Readable.from([Buffer.from('TOKYO (Kyodo) -- '), Buffer.from('Stdin story.')])
    const {articles} = await ingest(['-'], {stdin})
    expect(articles).toHaveLength(1)
    expect(articles[0]?.text).toBe('TOKYO (Kyodo) -- Stdin story.')
    expect(articles[0]?.source).toMatchObject({path: '-', format: 'text', byteLength: 29})
  })

  it('refuses files and input over the size limit, naming the option', async () => {
    const stdin = Readable.from([Buffer.alloc(40, 0x61), Buffer.alloc(40, 0x62)])
    const {articles, files} = await ingest(['in/a.txt', 'in/b.txt', '-', {path: 'big.txt', value: 'x'.repeat(30)}], {cwd, maxBytes: 25, stdin})
    expect(articles.map((article) => article.source.path)).toEqual(['in/a.txt'])
    expect(files.slice(1).map((file) => [file.path, file.messages[0]?.ruleId])).toEqual([
      ['in/b.txt', 'too-large'],
      ['-', 'too-large'],
      ['big.txt', 'too-large']
    ])
    expect(files[1]?.messages[0]?.reason).toBe('`in/b.txt` is 31 bytes, over the limit of 25 bytes: split it, or raise `maxBytes` (`--max-bytes`) if it is meant to be read')
  })

  it('refuses a 50 MB file by default without reading it', async () => {
    await writeFile(path.join(cwd, 'huge.txt'), Buffer.alloc(50 * 1024 * 1024, 0x61))
    const {articles, files} = await ingest(['huge.txt'], {cwd})
    expect(articles).toEqual([])
    expect(files[0]?.messages[0]?.reason).toBe('`huge.txt` is 52428800 bytes, over the limit of 10485760 bytes: split it, or raise `maxBytes` (`--max-bytes`) if it is meant to be read')
    await rm(path.join(cwd, 'huge.txt'))
  })

  it('streams one result per file with ingestEach', async () => {
    const seen: string[] = []
    for await (const {file, articles} of ingestEach(['in/wire'], {cwd})) seen.push(`${file.path}:${articles.length}`)
    // `loop` points at `in`, outside the walk, so it is read once; inside it `wire` closes the loop.
    expect(seen).toEqual(['in/wire/Zürich.txt:1', 'in/wire/loop/a.txt:1', 'in/wire/loop/b.txt:1', 'in/wire/loop/empty.txt:0', 'in/wire/loop/wire:0', 'in/wire/nested/c story.txt:1'])
  })
})
