import {mkdtemp, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {CopydeskError} from '@copydesk/schema'
import {afterEach, beforeEach, describe, expect, it} from 'vitest'
import {defaultSiteUrl, resolveBuildOptions} from '../src/config/build-options.js'
import {loadConfig} from '../src/config/load-config.js'

let dir = ''
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'copydesk-config-'))
})
afterEach(async () => {
  await rm(dir, {recursive: true, force: true})
})

describe('loadConfig', () => {
  it('works with no config file, on defaults', async () => {
    const loaded = await loadConfig(dir)
    expect(loaded).toEqual({config: {}, root: dir})
    const options = resolveBuildOptions(loaded, {inputs: []}, dir)
    expect(options.inputs).toEqual(['content'])
    expect(options.out).toBe(path.join(dir, 'public'))
    expect(options.cacheDir).toBe(path.join(dir, '.copydesk'))
    expect(options.feed).toEqual({siteUrl: defaultSiteUrl})
    expect(options.siteUrlDefaulted).toBe(true)
    expect(options.formats).toEqual(['json', 'markdown', 'rss', 'atom', 'jsonfeed'])
  })

  it('reads copydesk.config.json, and flags override it', async () => {
    await writeFile(
      path.join(dir, 'copydesk.config.json'),
      JSON.stringify({site: {url: 'https://news.example.org/', title: 'Example'}, feed: {maxItems: 3}, formats: ['rss', 'json'], timeZone: 'Asia/Shanghai'})
    )
    const loaded = await loadConfig(dir)
    const options = resolveBuildOptions(loaded, {inputs: ['a.txt'], title: 'Flag title', out: 'out', concurrency: 1, cache: false}, dir)
    expect(options.feed).toEqual({siteUrl: 'https://news.example.org/', title: 'Flag title', maxItems: 3})
    expect(options.formats).toEqual(['json', 'rss'])
    expect(options.normalize).toEqual({timeZone: 'Asia/Shanghai'})
    expect(options.inputs).toEqual(['a.txt'])
    expect(options.out).toBe(path.join(dir, 'out'))
    expect(options.cacheDir).toBeUndefined()
    expect(options.concurrency).toBe(1)
    expect(options.siteUrlDefaulted).toBe(false)
  })

  it('reads a TypeScript config written with defineConfig', async () => {
    await writeFile(
      path.join(dir, 'copydesk.config.ts'),
      "const defineConfig = <T,>(config: T): T => config\nexport default defineConfig({site: {title: 'From TS' as string}, concurrency: 2})\n"
    )
    const loaded = await loadConfig(dir)
    expect(loaded.config).toEqual({site: {title: 'From TS'}, concurrency: 2})
    expect(loaded.path).toBe(path.join(dir, 'copydesk.config.ts'))
  })

  it('rejects an invalid config with every problem and its path', async () => {
    await writeFile(path.join(dir, 'copydesk.config.json'), JSON.stringify({feed: {maxItems: 0}, timeZone: 'Mars/Olympus', colour: 'red'}))
    const error = await loadConfig(dir).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(CopydeskError)
    expect((error as CopydeskError).code).toBe('VALIDATION')
    const message = (error as Error).message
    expect(message).toContain('`feed.maxItems`')
    expect(message).toContain('`timeZone`')
    expect(message).toContain('colour')
  })

  it('rejects a relative site URL', async () => {
    const loaded = await loadConfig(dir)
    expect(() => resolveBuildOptions(loaded, {inputs: [], site: '/news/'}, dir)).toThrow(/absolute/)
  })

  it('names a missing --config file', async () => {
    await expect(loadConfig(dir, 'nope.json')).rejects.toThrow(/`nope.json`/)
  })
})
