import {readdir, rm, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {configSchema} from '../src/config/config-schema.js'
import {runCli} from './helpers/run-cli.js'
import {makeProject} from './helpers/workspace.js'

// Input limits are options: flags override the config, and what goes over a limit is reported
// with its path and the option to raise, while the rest of the build goes on.

let dir = ''
beforeAll(async () => {
  dir = await makeProject()
  const records = Array.from({length: 5}, (_, index) => ({
    title: `Record ${index}`,
    date: '2024-05-01',
    body: `The board of school ${index} met on Monday and approved ${index + 2} new classrooms, officials said.`
  }))
  await writeFile(path.join(dir, 'content', 'records.json'), JSON.stringify(records))
})
afterAll(async () => {
  if (dir) await rm(dir, {recursive: true, force: true})
})

describe('limits', () => {
  it('reads at most --max-items articles from one source, and says so', async () => {
    const result = await runCli(['build', 'content', '--out', 'items', '--no-cache', '--max-items', '2'], {cwd: dir})
    expect(result.code, result.stderr).toBe(0)
    expect(result.stderr).toMatch(/records\.json.*more than the limit of 2/)
    expect((await readdir(path.join(dir, 'items', 'articles'))).filter((file) => file.endsWith('.json'))).toHaveLength(3)
  })

  it('skips sources over --max-bytes, naming the file and the option, and publishes the rest', async () => {
    const result = await runCli(['build', 'content', '--out', 'bytes', '--no-cache', '--max-bytes', '2000'], {cwd: dir})
    expect(result.code, result.stderr).toBe(1)
    expect(result.stderr).toMatch(/000_b7608c04dfb86d9d\.txt.*over the limit of 2000 bytes.*--max-bytes/)
    expect((await readdir(path.join(dir, 'bytes', 'articles'))).filter((file) => file.endsWith('.json'))).toHaveLength(5)
  })

  it('takes the limits from the config, and refuses invalid ones', async () => {
    await writeFile(path.join(dir, 'copydesk.config.json'), JSON.stringify({maxItemsPerSource: 1, maxBytes: 1_000_000}))
    const result = await runCli(['build', 'content', '--out', 'config', '--no-cache'], {cwd: dir})
    expect(result.code, result.stderr).toBe(0)
    expect((await readdir(path.join(dir, 'config', 'articles'))).filter((file) => file.endsWith('.json'))).toHaveLength(2)
    const refused = await runCli(['build', 'content', '--max-items', '0'], {cwd: dir})
    expect(refused.code).toBe(2)
    expect(refused.stderr).toContain('--max-items')
    expect(configSchema.safeParse({maxItemsPerSource: 0}).success).toBe(false)
    await rm(path.join(dir, 'copydesk.config.json'))
  })
})
