import {mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterEach, beforeEach, describe, expect, it} from 'vitest'
import {manifestName, readManifest, updateManifest} from '../src/pipeline/manifest.js'
import {watchRoots} from '../src/pipeline/watch-roots.js'
import {writeAtomic} from '../src/pipeline/write-atomic.js'

let dir = ''
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'copydesk-manifest-'))
})
afterEach(async () => {
  await rm(dir, {recursive: true, force: true})
})

describe('writeAtomic', () => {
  it('writes, leaves identical files untouched and no temporary files behind', async () => {
    const file = path.join(dir, 'a', 'b.txt')
    expect(writeAtomic(file, 'one').written).toBe(true)
    const before = (await stat(file)).mtimeMs
    expect(writeAtomic(file, 'one').written).toBe(false)
    expect((await stat(file)).mtimeMs).toBe(before)
    expect(writeAtomic(file, 'two').written).toBe(true)
    expect(await readFile(file, 'utf8')).toBe('two')
    expect(await readdir(path.join(dir, 'a'))).toEqual(['b.txt'])
  })

  it('returns the stat the file has afterwards, written or not (the next build compares it)', async () => {
    const file = path.join(dir, 'c.txt')
    for (const content of ['first', 'first', 'other', 'longer content', new TextEncoder().encode('bytes')]) {
      const result = writeAtomic(file, content)
      const info = await stat(file)
      expect({size: result.size, mtimeMs: result.mtimeMs}).toEqual({size: info.size, mtimeMs: info.mtimeMs})
      expect(await readFile(file)).toEqual(Buffer.from(content))
    }
    // Same size, other bytes: written.
    expect(writeAtomic(file, 'BYTES').written).toBe(true)
    expect(await readFile(file, 'utf8')).toBe('BYTES')
  })
})

describe('updateManifest', () => {
  it('removes what the last build wrote and this one did not, never outside the folder', async () => {
    const entry = {sha256: 'a'.repeat(64)}
    await writeFile(path.join(dir, 'keep.json'), '1')
    await writeFile(path.join(dir, 'gone.json'), '1')
    await writeFile(path.join(dir, 'manual.txt'), '1')
    const outside = path.join(dir, '..', `${path.basename(dir)}-outside.txt`)
    await writeFile(outside, '1')
    const files = {'keep.json': entry, 'gone.json': entry, [`../${path.basename(outside)}`]: entry}
    await writeFile(path.join(dir, manifestName), JSON.stringify({version: 1, files}))
    expect(await updateManifest(dir, new Map([['keep.json', {...entry, key: 'k'}]]))).toEqual(['gone.json'])
    expect((await readdir(dir)).sort()).toEqual([manifestName, 'keep.json', 'manual.txt'].sort())
    expect(await readManifest(dir)).toEqual(new Map([['keep.json', {...entry, key: 'k'}]]))
    expect(await readFile(outside, 'utf8')).toBe('1')
    await rm(outside)
  })

  it('treats a missing or broken manifest as empty', async () => {
    expect(await readManifest(dir)).toEqual(new Map())
    await writeFile(path.join(dir, manifestName), '{')
    expect(await readManifest(dir)).toEqual(new Map())
    await writeFile(path.join(dir, manifestName), JSON.stringify({version: 1, files: ['old-format.json']}))
    expect(await readManifest(dir)).toEqual(new Map())
  })
})

describe('watchRoots', () => {
  it('watches folders, glob prefixes and the nearest existing parent, not stdin', async () => {
    await mkdir(path.join(dir, 'content'))
    await mkdir(path.join(dir, 'feeds'))
    expect(watchRoots(['content', 'feeds/*.xml', '-', 'a/b/c.txt', 'content/'], dir)).toEqual(
      [dir, path.join(dir, 'content'), path.join(dir, 'feeds')].sort()
    )
  })
})
