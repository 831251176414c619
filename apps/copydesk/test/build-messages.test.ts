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

async function build(keepInfo: boolean | undefined) {
  const dir = await makeProject({fixtures: true})
  projects.push(dir)
  // A copy of the seed: a warning (dropped) and an info message (kept) in every build.
  const [seed] = (await readdir(path.join(dir, 'content'))).filter((name) => name.startsWith('000_'))
  await copyFile(path.join(dir, 'content', seed as string), path.join(dir, 'content', 'zz-copy.txt'))
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
})
