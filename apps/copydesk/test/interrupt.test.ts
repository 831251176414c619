import {type ChildProcess, spawn} from 'node:child_process'
import {watch} from 'node:fs'
import {cp, readdir, rm} from 'node:fs/promises'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {lockName} from '../src/lock/build-lock.js'
import {writeStories} from './helpers/many-articles.js'
import {binPath, runCli} from './helpers/run-cli.js'
import {makeProject, snapshotFolder} from './helpers/workspace.js'

// A build of a few hundred articles is stopped by a signal at a point found by watching the
// output folder, never by a timer: SIGINT as soon as it holds the lock (while it reads and
// tags), SIGTERM and SIGKILL at its first write. Whatever the timing, every file left must be
// whole (the previous build's bytes or this build's), and the next build must give exactly
// the tree of a clean build.

const site = ['--site', 'https://news.example.com/']
/** `writeAtomic` and lock temporary files. */
const temporary = /\.(tmp|new|stale)$/
let dir = ''
/** The output of a full build of the first edition: what an interrupted build must leave whole. */
let previous: Record<string, string> = {}
/** A clean build of the second edition: what the build after the interrupted one must give. */
let reference: Record<string, string> = {}

beforeAll(async () => {
  dir = await makeProject()
  const content = path.join(dir, 'content')
  await writeStories(content, 0, 300, 1)
  const first = await runCli(['build', 'content', '--out', 'previous', ...site], {cwd: dir})
  expect(first.code, first.stderr).toBe(0)
  previous = await snapshotFolder(path.join(dir, 'previous'))
  // Second edition: every body changes, 20 stories go, 20 come.
  await rm(path.join(content, 'story-0000.txt'))
  for (let index = 1; index < 20; index++) await rm(path.join(content, `story-${String(index).padStart(4, '0')}.txt`))
  await writeStories(content, 20, 320, 2)
  const second = await runCli(['build', 'content', '--out', 'reference', ...site], {cwd: dir})
  expect(second.code, second.stderr).toBe(0)
  reference = await snapshotFolder(path.join(dir, 'reference'))
})

afterAll(async () => {
  if (dir) await rm(dir, {recursive: true, force: true})
})

/** Start a build of the second edition into `out` (a copy of the previous output), untouched by the cache. */
function startBuild(out: string): {child: ChildProcess; closed: Promise<{code: number | null; signal: NodeJS.Signals | null; stderr: string}>} {
  const child = spawn(process.execPath, [binPath, 'build', 'content', '--out', out, '--no-cache', ...site], {cwd: dir, stdio: ['ignore', 'ignore', 'pipe']})
  let stderr = ''
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk
  })
  const closed = new Promise<{code: number | null; signal: NodeJS.Signals | null; stderr: string}>((resolve) =>
    child.on('close', (code, signal) => resolve({code, signal, stderr}))
  )
  return {child, closed}
}

/** Resolve when something named like `name` appears (or changes) under `folder`. */
function onChange(folder: string, test: (name: string) => boolean): {seen: Promise<void>; close: () => void} {
  let close = () => {}
  const seen = new Promise<void>((resolve) => {
    const watcher = watch(folder, {recursive: true}, (_event, name) => {
      if (name !== null && test(name.toString())) {
        watcher.close()
        resolve()
      }
    })
    close = () => {
      watcher.close()
      resolve()
    }
  })
  return {seen, close}
}

describe.each([
  {signal: 'SIGINT' as const, when: 'while it reads and tags', at: (name: string) => name === lockName, code: 130},
  {signal: 'SIGTERM' as const, when: 'at its first write', at: (name: string) => name.startsWith('articles'), code: 143},
  {signal: 'SIGKILL' as const, when: 'at its first write', at: (name: string) => name.startsWith('articles'), code: undefined}
])('copydesk build stopped by $signal $when', ({signal, at, code}) => {
  let out = ''
  let stopped: {code: number | null; signal: NodeJS.Signals | null; stderr: string}
  let left: Record<string, string> = {}

  beforeAll(async () => {
    out = path.join(dir, `out-${signal}`)
    await cp(path.join(dir, 'previous'), out, {recursive: true})
    const change = onChange(out, at)
    const build = startBuild(out)
    build.closed.then(change.close)
    await change.seen
    build.child.kill(signal)
    stopped = await build.closed
    left = await snapshotFolder(out)
  })

  it('exits with 128 + the signal number and releases the lock (or, killed, leaves it to be taken over)', () => {
    // The build may have finished before the signal arrived on a loaded machine: then it exited 0 and wrote everything.
    const finished = stopped.code === 0
    if (code === undefined) expect(finished || stopped.signal === 'SIGKILL', stopped.stderr).toBe(true)
    else {
      expect([code, 0], stopped.stderr).toContain(stopped.code)
      if (!finished) expect(stopped.stderr).toMatch(new RegExp(`Stopped by ${signal}`))
    }
    if (code !== undefined || finished) expect(Object.keys(left)).not.toContain(lockName)
  })

  it('leaves every file whole: the previous build’s bytes or the new build’s', () => {
    for (const [file, bytes] of Object.entries(left)) {
      if (file === lockName || temporary.test(file)) continue
      expect(bytes === previous[file] || bytes === reference[file], `${file} is neither the previous nor the new version`).toBe(true)
    }
  })

  it('keeps every output of the previous build that the new build does not replace', () => {
    const finished = stopped.code === 0
    for (const file of Object.keys(previous)) {
      // Until a build finishes, every file of the previous one is there; a finished build removed its gone stories' files.
      if (finished && !(file in reference)) expect(left[file], file).toBeUndefined()
      else expect(left[file], file).toBeDefined()
    }
  })

  it('then builds a tree byte-identical to a clean build, with no temporary file or lock left', async () => {
    const next = await runCli(['build', 'content', '--out', out, ...site, '--log-format', 'json'], {cwd: dir})
    expect(next.code, next.stderr).toBe(0)
    if (signal === 'SIGKILL' && stopped.code !== 0) expect(next.stderr).toMatch(/Took over the stale build lock/)
    const after = await snapshotFolder(out)
    expect(Object.keys(after).filter((file) => temporary.test(file))).toEqual([])
    expect(after).toEqual(reference)
    expect(await readdir(out)).not.toContain(lockName)
  })
})
