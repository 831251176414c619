import {mkdtemp, rm, utimes, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterEach, beforeEach, describe, expect, it} from 'vitest'
import {type ManifestEntry, manifestName, readManifest, updateManifest} from '../src/pipeline/manifest.js'
import {type OutputStat, SourceCache} from '../src/pipeline/source-cache.js'

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
