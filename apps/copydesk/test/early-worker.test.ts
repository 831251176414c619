import {execFile} from 'node:child_process'
import {rm} from 'node:fs/promises'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {promisify} from 'node:util'
import {describe, expect, it} from 'vitest'
import {wantsSourceWorker} from '../src/pipeline/early-worker.js'
import {makeProject, snapshotFolder} from './helpers/workspace.js'

describe('wantsSourceWorker', () => {
  it('starts a worker for a build or watch on more than one thread, from the command line alone', () => {
    const cases: Array<[string[], number, boolean]> = [
      [['build', 'content', '--out', 'public'], 2, true],
      [['watch', 'content'], 4, true],
      [['build', 'content'], 1, false],
      [['build', 'content', '-j', '2'], 1, true],
      [['build', 'content', '-j2'], 1, true],
      [['build', 'content', '--concurrency=3'], 1, true],
      [['build', 'content', '-j', '1'], 8, false],
      [['build', 'content', '-j1'], 8, false],
      [['build', 'content', '--concurrency', '1'], 8, false],
      [['build', 'content', '--concurrency=1'], 8, false],
      [['build', 'content', '--concurrency', 'many'], 8, false],
      [['build', '--help'], 8, false],
      [['build', '-h'], 8, false],
      [['build', '--', '-j1'], 8, true],
      [['tag', 'content'], 8, false],
      [['serve'], 8, false],
      [[], 8, false]
    ]
    for (const [argv, cores, expected] of cases) expect([argv, cores, wantsSourceWorker(argv, cores)]).toEqual([argv, cores, expected])
  })
})

describe('a worker started from the command line', () => {
  it('is taken by the build pool, or stopped by a build on one thread, and the site is the same', async () => {
    const project = await makeProject({fixtures: true})
    try {
      // In a plain node process: worker threads started under the test runner would load the stages' sources.
      const app = fileURLToPath(new URL('../.test-dist/', import.meta.url))
      const script = fileURLToPath(new URL('fixtures/early-worker.mjs', import.meta.url))
      const {stdout} = await promisify(execFile)(process.execPath, [script, app, project], {cwd: project})
      expect(JSON.parse(stdout)).toEqual([{unclaimed: true}, {tagged: 4, errors: 0, left: false}, {tagged: 4, left: false}])
      expect(await snapshotFolder(path.join(project, 'public'))).toEqual(await snapshotFolder(path.join(project, 'single')))
    } finally {
      await rm(project, {recursive: true, force: true})
    }
  })
})
