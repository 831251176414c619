import {copyFile, readdir, rm} from 'node:fs/promises'
import path from 'node:path'
import pino from 'pino'
import {afterAll, describe, expect, it} from 'vitest'
import {resolveBuildOptions} from '../src/config/build-options.js'
import {buildSite} from '../src/pipeline/build-site.js'
import {makeProject} from './helpers/workspace.js'

const projects: string[] = []
afterAll(async () => {
  for (const dir of projects) await rm(dir, {recursive: true, force: true})
})

async function project(): Promise<string> {
  const dir = await makeProject({fixtures: true})
  projects.push(dir)
  // A copy of the seed: a warning (dropped) and an info message (kept) in every build.
  const [seed] = (await readdir(path.join(dir, 'content'))).filter((name) => name.startsWith('000_'))
  await copyFile(path.join(dir, 'content', seed as string), path.join(dir, 'content', 'zz-copy.txt'))
  return dir
}

async function build(keepInfo: boolean | undefined, folder?: string) {
  const dir = folder ?? (await project())
  const options = resolveBuildOptions({config: {}, root: dir}, {inputs: ['content'], out: path.join(dir, 'public'), site: 'https://news.example.com/', concurrency: 1}, dir)
  const logger = pino({level: 'silent'})
  return buildSite(options, keepInfo === undefined ? {logger} : {logger, keepInfo})
}

describe('buildSite messages', () => {
  // Also: an article without a date is published, left out of the feeds, and warned about.
  it('keeps info messages by default, and only warnings and errors with `keepInfo: false`, publishing the same', async () => {
    const all = await build(undefined)
    const shown = await build(false)
    const strip = (messages: typeof all.messages) => messages.map(({file, ...rest}) => ({file: path.basename(file), ...rest}))
    expect(all.messages.some((message) => message.severity === 'info')).toBe(true)
    expect(shown.messages.some((message) => message.severity === 'info')).toBe(false)
    expect(strip(shown.messages)).toEqual(strip(all.messages.filter((message) => message.severity !== 'info')))
    expect(shown.messages.map((message) => message.ruleId)).toContain('duplicate')
    // The wire fixtures have no year in their datelines: published, but out of the feeds, and said so.
    const undated = shown.messages.filter((message) => message.ruleId === 'undated')
    expect(undated.map((message) => path.basename(message.file)).sort()).toEqual(['harbour-reopens.txt', 'library-opens.txt', 'rail-link.txt'])
    expect(undated[0]?.severity).toBe('warning')
    expect(shown.published).toBe(all.published)
  })

  it('a warm build shows the info messages it was not asked for when cold, in the same order as a cold build', async () => {
    const cold = await build(true)
    const dir = await project()
    const strip = (messages: typeof cold.messages) => messages.map(({file, ...rest}) => ({file: path.basename(file), ...rest}))
    const quiet = await build(false, dir)
    expect(quiet.tagged).toBeGreaterThan(0)
    const verbose = await build(true, dir)
    expect(verbose.tagged).toBe(0)
    expect(strip(verbose.messages)).toEqual(strip(cold.messages))
    const quietAgain = await build(false, dir)
    expect(strip(quietAgain.messages)).toEqual(strip(quiet.messages))
    // Info messages lost from the cache: those sources are processed again, and shown whole.
    await rm(path.join(dir, '.copydesk', 'build', 'info.json'))
    const rebuilt = await build(true, dir)
    expect(strip(rebuilt.messages)).toEqual(strip(cold.messages))
    expect(rebuilt.published).toBe(cold.published)
  })
})
