import {readFile, rm, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {logRecords, spawnCli} from './helpers/run-cli.js'
import {makeProject} from './helpers/workspace.js'

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
