import {execFile} from 'node:child_process'
import {readFile, rm, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {promisify} from 'node:util'
import {afterAll, describe, expect, it} from 'vitest'
import {logRecords, spawnCli} from './helpers/run-cli.js'
import {makeProject, snapshotFolder} from './helpers/workspace.js'

let dir = ''
afterAll(async () => {
  if (dir) await rm(dir, {recursive: true, force: true})
})

describe('copydesk watch', () => {
  it('builds, then re-tags only the article that changed, until stopped', async () => {
    dir = await makeProject({fixtures: true})
    const watch = spawnCli(['watch', 'content', '--out', 'public', '--log-format', 'json', '--site', 'https://news.example.com/'], dir)
    try {
      await watch.waitFor(/watching for changes/)
      const file = path.join(dir, 'content', 'harbour-reopens.txt')
      await writeFile(file, `${await readFile(file, 'utf8')}\nThe harbour will hold an open day on Sunday, officials said.\n`)
      const stderr = await watch.waitFor(/watching for changes/, 2)
      const summaries = logRecords(stderr).filter((record) => String(record.msg).startsWith('published'))
      expect(summaries).toHaveLength(2)
      expect(summaries[0]).toMatchObject({published: 4, tagged: 4})
      expect(summaries[1]).toMatchObject({published: 4, tagged: 1, unchanged: 3})
    } finally {
      expect(await watch.stop()).toBe(0)
    }
  })
})

describe('buildSite with keepWorkers', () => {
  it('keeps its workers for the next build, which tags an edit with them and gives the bytes of a fresh build', async () => {
    const project = await makeProject({fixtures: true})
    try {
      // In a plain node process: worker threads started under the test runner would load the stages' sources.
      const app = fileURLToPath(new URL('../.test-dist/', import.meta.url))
      const script = fileURLToPath(new URL('fixtures/keep-workers.mjs', import.meta.url))
      const {stdout} = await promisify(execFile)(process.execPath, [script, app, project], {cwd: project})
      expect(JSON.parse(stdout)).toEqual([
        {tagged: 4, cached: 0, errors: 0, waiting: 2},
        {tagged: 1, cached: 3, errors: 0, waiting: 2},
        {stopped: null},
        {tagged: 4, cached: 0, errors: 0, waiting: null}
      ])
      expect(await snapshotFolder(path.join(project, 'public'))).toEqual(await snapshotFolder(path.join(project, 'fresh')))
    } finally {
      await rm(project, {recursive: true, force: true})
    }
  })
})
