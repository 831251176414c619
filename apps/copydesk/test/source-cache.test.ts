import {mkdir, mkdtemp, readFile, rm, stat, utimes, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterEach, beforeEach, describe, expect, it} from 'vitest'
import {type ManifestEntry, manifestName, readManifest, updateManifest} from '../src/pipeline/manifest.js'
import {type OutputStat, SourceCache, type SourceRecord} from '../src/pipeline/source-cache.js'

let dir = ''
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'copydesk-source-cache-'))
})
afterEach(async () => {
  await rm(dir, {recursive: true, force: true})
})

/** Write two outputs, the manifest listing them and `outputs.json`, as a build does. */
async function lastBuild(): Promise<{out: string; files: Map<string, ManifestEntry>}> {
  const out = path.join(dir, 'public')
  const stats = new Map<string, OutputStat>()
  const files = new Map<string, ManifestEntry>()
  await updateManifest(out, new Map(), new Map())
  for (const [file, hash] of [['articles/a.json', 'a'], ['feed.xml', 'f']] as const) {
    const entry = {sha256: hash.repeat(64), key: `key-${hash}`}
    files.set(file, entry)
    stats.set(file, {key: entry.key, size: 1, mtimeMs: 1000, sha256: entry.sha256})
  }
  await updateManifest(out, files)
  const cache = new SourceCache(path.join(dir, 'cache'), 'context')
  await cache.load()
  await cache.saveOutputs(stats, path.join(out, manifestName))
  return {out, files}
}

describe('SourceCache: the last manifest', () => {
  it('is read from outputs.json while the manifest is as the last build wrote it, and from the file once it is not', async () => {
    const {out, files} = await lastBuild()
    const manifest = path.join(out, manifestName)
    let cache = new SourceCache(path.join(dir, 'cache'), 'context')
    await cache.load()
    expect(cache.lastManifest(manifest)).toEqual(files)
    expect(cache.lastManifest(manifest)).toEqual(await readManifest(out))
    expect(cache.output('feed.xml')).toEqual({key: 'key-f', size: 1, mtimeMs: 1000, sha256: 'f'.repeat(64)})

    // Edited by hand (same size, new time): read from the file.
    await utimes(manifest, new Date(), new Date(Date.now() + 5000))
    cache = new SourceCache(path.join(dir, 'cache'), 'context')
    await cache.load()
    expect(cache.lastManifest(manifest)).toBeUndefined()

    // Gone, or no cache: read from the file (which says there is none).
    await rm(manifest)
    expect(cache.lastManifest(manifest)).toBeUndefined()
    expect(new SourceCache(undefined, 'context').lastManifest(manifest)).toBeUndefined()
  })

  it('ignores an outputs.json of another format or a broken one', async () => {
    const {out} = await lastBuild()
    for (const text of ['{', JSON.stringify({'feed.xml': {key: 'k', size: 1, mtimeMs: 1}}), JSON.stringify({version: 2, manifest: null, files: [['feed.xml', 1, 2]]})]) {
      await writeFile(path.join(dir, 'cache', 'build', 'outputs.json'), text)
      const cache = new SourceCache(path.join(dir, 'cache'), 'context')
      await cache.load()
      expect(cache.lastManifest(path.join(out, manifestName))).toBeUndefined()
      expect(cache.output('feed.xml')).toBeUndefined()
    }
  })
})

/** A source record as a build makes it. */
function record(index: number, version = 1): SourceRecord {
  const shown = `content/${String(index).padStart(4, '0')}.txt`
  const made: SourceRecord = {
    path: shown,
    stat: {absolute: `/site/${shown}`, size: 100 + version, mtimeMs: 1000 * version, ino: index},
    sha256: `${version}`.repeat(64),
    messages: [{file: shown, severity: 'warning', reason: `Warning ${index}.${version}`, source: 'test', ruleId: 'w'}],
    articles: [{key: `${index}`.padStart(64, '0'), id: `id-${index}`, slug: `story-${index}`}]
  }
  if (index % 2 === 0) {
    made.hasInfo = true
    made.info = JSON.stringify([{file: shown, severity: 'info', reason: `Info ${index}.${version}`, source: 'test', ruleId: 'i'}])
  }
  return made
}

async function writeIndex(folder: string, records: readonly SourceRecord[], keepInfo = false): Promise<SourceCache> {
  const cache = new SourceCache(folder, 'context', {keepInfo})
  await cache.load()
  await cache.save(records, true)
  return cache
}

/** A record without its info text, which is checked apart (`withInfo`). */
function strip(each: SourceRecord | undefined): Omit<SourceRecord, 'info'> | undefined {
  if (!each) return undefined
  const {info: _text, ...rest} = each
  return rest
}

/** A record loaded for a build that shows info messages has them, for its path. */
function withInfo(each: SourceRecord | undefined): boolean {
  if (!each?.hasInfo) return true
  const messages = JSON.parse(each.info ?? 'null') as Array<{file: string; severity: string}> | null
  return messages?.some((message) => message.file === each.path && message.severity === 'info') === true
}

async function loaded(folder: string, keepInfo = false): Promise<SourceCache> {
  const cache = new SourceCache(folder, 'context', {keepInfo})
  await cache.load()
  return cache
}

describe('SourceCache: the index', () => {
  it('writes an edit or two as a delta over the index, read back as the whole; many changes rewrite it whole', async () => {
    const folder = path.join(dir, 'cache')
    const build = path.join(folder, 'build')
    const first = Array.from({length: 400}, (_, index) => record(index))
    await writeIndex(folder, first)
    const indexStat = await stat(path.join(build, 'index.json'))

    // One changed, one removed, one added: a delta; the index file is left as it was.
    let cache = await loaded(folder)
    const second = first.map((each) => cache.source(each.path) as SourceRecord).filter((each) => each.path !== first[5]?.path)
    second[2] = record(2, 2)
    second.push(record(400))
    await cache.save(second, true)
    expect((await stat(path.join(build, 'index.json'))).mtimeMs).toBe(indexStat.mtimeMs)
    const delta = JSON.parse(await readFile(path.join(build, 'index-delta.json'), 'utf8'))
    expect(delta.sources.map((each: SourceRecord) => each.path).sort()).toEqual([first[2]?.path, record(400).path].sort())
    expect(delta.removed).toEqual([first[5]?.path])
    // Sources changed since the delta (not since the index) are the ones that may need processing.
    expect(cache.indexTime()).toBe((await stat(path.join(build, 'index-delta.json'))).mtimeMs)

    // Read back: the whole, with every info message for a build that shows them.
    cache = await loaded(folder, true)
    for (const each of second) expect(strip(cache.source(each.path))).toEqual(strip(each))
    expect(cache.source(first[5]?.path as string)).toBeUndefined()

    // A later edit keeps the earlier ones in the delta.
    cache = await loaded(folder)
    const third = second.map((each) => cache.source(each.path) as SourceRecord)
    third[3] = record(3, 2)
    await cache.save(third, true)
    cache = await loaded(folder, true)
    for (const each of third) expect(strip(cache.source(each.path))).toEqual(strip(each))
    for (const each of third) expect(withInfo(cache.source(each.path))).toBe(true)
    expect(cache.source(first[5]?.path as string)).toBeUndefined()

    // Past an eighth of the index (at least 256): written whole again, the delta gone.
    cache = await loaded(folder)
    const fourth = third.map((each, index) => (index < 300 ? record(index === 5 ? 401 : index, 3) : (cache.source(each.path) as SourceRecord)))
    await cache.save(fourth, true)
    await expect(stat(path.join(build, 'index-delta.json'))).rejects.toThrow()
    cache = await loaded(folder, true)
    for (const each of fourth) expect(strip(cache.source(each.path))).toEqual(strip(each))
    for (const each of fourth) expect(withInfo(cache.source(each.path))).toBe(true)
  })

  it('ignores a delta written over another index (a rewrite that stopped before removing it)', async () => {
    const folder = path.join(dir, 'cache')
    const build = path.join(folder, 'build')
    const first = Array.from({length: 10}, (_, index) => record(index))
    await writeIndex(folder, first)
    const cache = await loaded(folder)
    await cache.save([...first.map((each) => cache.source(each.path) as SourceRecord).slice(1), record(20)], true)
    expect((await loaded(folder)).source(record(20).path)).toBeDefined()
    const when = new Date(Date.now() + 10_000)
    await utimes(path.join(build, 'index.json'), when, when)
    const stale = await loaded(folder)
    expect(stale.source(record(20).path)).toBeUndefined()
    expect(stale.source(first[0]?.path as string)).toBeDefined()
  })
})

describe('SourceCache: outputs on disk', () => {
  it('checks every output ahead with checkOutputs, giving what a check at the time of use gives', async () => {
    const out = path.join(dir, 'public')
    const stats = new Map<string, OutputStat>()
    const names = ['articles/kept.json', 'articles/edited.json', 'articles/gone.json', 'articles/touched.json']
    for (const name of names) {
      const file = path.join(out, name)
      await writeWithFolder(file, `{"name":"${name}"}\n`)
      const info = await stat(file)
      stats.set(name, {key: `key-${name}`, size: info.size, mtimeMs: info.mtimeMs, sha256: 'a'.repeat(64)})
    }
    let cache = new SourceCache(path.join(dir, 'cache'), 'context')
    await cache.load()
    await cache.saveOutputs(stats)
    await writeFile(path.join(out, 'articles/edited.json'), 'edited by hand, another size\n')
    await rm(path.join(out, 'articles/gone.json'))
    await utimes(path.join(out, 'articles/touched.json'), new Date(), new Date(Date.now() + 5000))

    const expected = {'articles/kept.json': true, 'articles/edited.json': false, 'articles/gone.json': false, 'articles/touched.json': false, 'articles/unknown.json': false}
    const answers = (c: SourceCache) => Object.fromEntries(Object.keys(expected).map((name) => [name, c.outputIntact(out, name)]))
    cache = new SourceCache(path.join(dir, 'cache'), 'context')
    await cache.load()
    expect(answers(cache)).toEqual(expected)
    const ahead = new SourceCache(path.join(dir, 'cache'), 'context')
    await ahead.load()
    ahead.checkOutputs(out)
    expect(answers(ahead)).toEqual(expected)
  })
})

async function writeWithFolder(file: string, text: string): Promise<void> {
  await mkdir(path.dirname(file), {recursive: true})
  await writeFile(file, text)
}

describe('SourceCache: files parsed once per process', () => {
  it('takes an unchanged index from this process, parses a rewritten one again, and never shares info it attached', async () => {
    const folder = path.join(dir, 'cache')
    const first = Array.from({length: 6}, (_, index) => record(index))
    await writeIndex(folder, first)
    const a = await loaded(folder)
    const b = await loaded(folder)
    // The same objects: parsed once (a build in `copydesk watch` reads the index again).
    expect(b.source(first[1]?.path as string)).toBe(a.source(first[1]?.path as string))
    // A build that shows info messages gets them on copies; the shared records stay without.
    const verbose = await loaded(folder, true)
    expect(withInfo(verbose.source(first[0]?.path as string))).toBe(true)
    expect((await loaded(folder)).source(first[0]?.path as string)?.info).toBeUndefined()

    // Rewritten whole (many changes): parsed again.
    const second = Array.from({length: 600}, (_, index) => record(index, 2))
    await b.save(second, true)
    const c = await loaded(folder)
    expect(strip(c.source(second[1]?.path as string))).toEqual(strip(second[1]))
    expect(c.source(second[1]?.path as string)).not.toBe(a.source(first[1]?.path as string))
  })

  it('takes outputs.json as this process last wrote it', async () => {
    const {out} = await lastBuild()
    const a = await loaded(path.join(dir, 'cache'))
    const stats = new Map<string, OutputStat>([['articles/new.json', {key: 'key-n', size: 3, mtimeMs: 2000, sha256: 'n'.repeat(64)}]])
    await a.saveOutputs(stats, path.join(out, manifestName))
    const b = await loaded(path.join(dir, 'cache'))
    expect(b.output('articles/new.json')).toEqual(stats.get('articles/new.json'))
    expect(b.output('feed.xml')).toBeUndefined()
    // Edited by another process: read from the file.
    const file = path.join(dir, 'cache', 'build', 'outputs.json')
    const text = JSON.parse(await readFile(file, 'utf8'))
    text.files.push(['feed.xml', 'key-f', 1, 1000, 'f'.repeat(64)])
    await writeFile(file, JSON.stringify(text))
    expect((await loaded(path.join(dir, 'cache'))).output('feed.xml')).toEqual({key: 'key-f', size: 1, mtimeMs: 1000, sha256: 'f'.repeat(64)})
  })
})

describe('SourceCache: text', () => {
  it('reads records with characters outside ASCII as written', async () => {
    const folder = path.join(dir, 'cache')
    const made = {...record(1), path: 'content/Göteborg – färja.txt'}
    made.messages = [{file: made.path, severity: 'warning', reason: 'Västtrafik «quoted» 😀', source: 'test', ruleId: 'w'}]
    await writeIndex(folder, [made, record(2)])
    const cache = await loaded(folder)
    expect(strip(cache.source(made.path))).toEqual(strip(made))
    expect(strip(cache.source(record(2).path))).toEqual(strip(record(2)))
  })
})
