/**
 * End to end: the CLI as a subprocess on a whole corpus. Per run: a cold build on all
 * cores (no output, no cache), a warm rebuild with nothing changed, a rebuild after one
 * article changed, then a cold build on one worker. Wall time and peak RSS of each.
 * @module
 */
import {spawn} from 'node:child_process'
import {once} from 'node:events'
import {readdir, readFile, rm, writeFile} from 'node:fs/promises'
import {join} from 'node:path'
import {createInterface} from 'node:readline'
import {articleAt} from '../corpus.js'
import {serialize} from './formats.js'
import {runMeasured} from './proc.js'
import {mb, summarize} from './stats.js'
import {cliBin} from './workspace.js'

/** @typedef {import('./proc.js').Measured} Measured */

/**
 * @typedef {object} Phase
 * @property {ReturnType<typeof summarize>} seconds
 * @property {number | undefined} peakRssMB Largest peak RSS over the runs
 * @property {number} articlesPerSecond
 * @property {number} mbPerSecond
 * @property {(number | null)[]} exitCodes
 * @property {number} [published] Article files found in the output after the last run
 */

/**
 * Build arguments for the CLI.
 * @param {string} input
 * @param {string} work
 * @param {number} concurrency
 */
function buildArgs(input, work, concurrency) {
  return [cliBin(), 'build', input, '--out', join(work, 'public'), '--site', 'https://bench.example/', '--concurrency', String(concurrency), '--cache-dir', join(work, 'cache'), '--quiet']
}

/**
 * Count article JSON files in an output folder.
 * @param {string} out
 * @returns {Promise<number>}
 */
async function countArticles(out) {
  try {
    const files = await readdir(join(out, 'articles'), {recursive: true})
    return files.filter((f) => String(f).endsWith('.json')).length
  } catch {
    return 0
  }
}

/**
 * Rewrite article `index` with one more paragraph; returns a function restoring it.
 * @param {string} corpusDir
 * @param {number} index
 * @param {number} seed
 * @param {string} variant
 * @param {number} run
 */
async function changeOne(corpusDir, index, seed, variant, run) {
  const {path, format, story} = articleAt(index, {seed, variant: /** @type {any} */ (variant)})
  const file = join(corpusDir, path)
  const original = await readFile(file)
  story.paragraphs.push(`The figures were revised on ${story.when.weekday}, officials said in update number ${run + 1}.`)
  await writeFile(file, serialize(story, format, index))
  return () => writeFile(file, original)
}

/**
 * Summarize measurements of one phase.
 * @param {Measured[]} runs
 * @param {number} size
 * @param {number} bytes
 * @returns {Phase}
 */
function phase(runs, size, bytes) {
  const seconds = summarize(runs.map((r) => r.seconds))
  const cpu = runs.map((r) => r.cpuSeconds).filter((v) => v !== undefined)
  const rss = runs.map((r) => r.peakRssMB).filter((v) => v !== undefined)
  return {
    seconds,
    cpuSeconds: cpu.length ? summarize(cpu) : undefined,
    peakRssMB: rss.length ? Math.max(...rss) : undefined,
    articlesPerSecond: size / seconds.median,
    mbPerSecond: mb(bytes) / seconds.median,
    exitCodes: runs.map((r) => r.code)
  }
}

/**
 * Measure the CLI on one corpus.
 * @param {{corpusDir: string, size: number, bytes: number, seed: number, variant: string, runs: number, cores: number, workDir: string, oneWorker: boolean, log: (line: string) => void}} options
 */
export async function measureEndToEnd(options) {
  const {corpusDir, size, bytes, seed, variant, runs, cores, workDir, log} = options
  const work = join(workDir, `${variant}-n${size}`)
  /** @type {Record<string, Measured[]>} */
  const m = {cold: [], warm: [], change: [], cold1: []}
  /** @type {string | undefined} */
  let failure
  const run = async (/** @type {string} */ label, /** @type {number} */ concurrency) => {
    const result = await runMeasured(process.execPath, buildArgs(corpusDir, work, concurrency))
    log(`  ${label.padEnd(22)} ${result.seconds.toFixed(2)} s  exit ${result.code}  peak ${result.peakRssMB?.toFixed(0)} MB`)
    if (result.code !== 0 && result.code !== 1) failure ??= `${label} exited ${result.code}: ${result.stderr.trim().split('\n').slice(-5).join(' | ')}`
    return result
  }
  for (let r = 0; r < runs; r++) {
    await rm(work, {recursive: true, force: true})
    m.cold.push(await run(`cold, ${cores} workers`, cores))
    if ((await countArticles(join(work, 'public'))) === 0) {
      failure = `no article published: ${m.cold.at(-1)?.stderr.trim().split('\n').slice(-3).join(' | ')}`
      break
    }
    m.warm.push(await run('warm, no change', cores))
    const index = (r * 7919 + 13) % size
    const restore = await changeOne(corpusDir, index, seed, variant, r)
    try {
      m.change.push(await run(`one changed (#${index})`, cores))
    } finally {
      await restore()
    }
    if (options.oneWorker && cores > 1) {
      await rm(work, {recursive: true, force: true})
      m.cold1.push(await run('cold, 1 worker', 1))
    }
  }
  const published = await countArticles(join(work, 'public'))
  /** @type {WatchEdits | undefined} */
  let watched
  if (!failure && m.warm.length > 0) {
    try {
      watched = await measureWatch({corpusDir, work, seed, variant, size, edits: runs, cores})
      log(`  one edit while watching  ${watched.seconds.median.toFixed(2)} s (build), ${watched.wall.median.toFixed(2)} s (edit to published), ${watched.samples} edits`)
    } catch (error) {
      log(`  one edit while watching  not measured: ${/** @type {Error} */ (error).message}`)
    }
  }
  await rm(work, {recursive: true, force: true})
  if (m.warm.length === 0) return {size, bytes, published, skipped: failure ?? 'no run'}
  return {
    size,
    bytes,
    published,
    cold: phase(m.cold, size, bytes),
    warm: phase(m.warm, size, bytes),
    oneChanged: phase(m.change, size, bytes),
    coldOneWorker: m.cold1.length ? phase(m.cold1, size, bytes) : undefined,
    watchEdit: watched,
    ...(failure ? {failure} : {})
  }
}

/**
 * @typedef {object} WatchEdits
 * @property {ReturnType<typeof summarize>} seconds The rebuild's own time, from its log (no process start)
 * @property {ReturnType<typeof summarize>} wall From the write of the edit to the rebuild's log line (with the watcher's 150 ms debounce)
 * @property {number} samples Rebuilds measured (each edit, and each restore of the file)
 */

/**
 * One edit while `copydesk watch` runs on a built site: start watching (its first build is a
 * warm one), then edit an article and wait for the rebuild, restore it and wait again, a few
 * times. The watcher keeps its worker threads between rebuilds, so this is what a newsroom that
 * leaves `watch` running waits for after saving a file.
 * @param {{corpusDir: string, work: string, seed: number, variant: string, size: number, edits: number, cores: number}} options
 * @returns {Promise<WatchEdits>}
 */
async function measureWatch({corpusDir, work, seed, variant, size, edits, cores}) {
  const args = [cliBin(), 'watch', corpusDir, '--out', join(work, 'public'), '--site', 'https://bench.example/', '--concurrency', String(cores), '--cache-dir', join(work, 'cache'), '--log-format', 'json']
  const child = spawn(process.execPath, args, {stdio: ['ignore', 'pipe', 'pipe']})
  const exited = once(child, 'exit')
  /** @type {((build: {seconds: number, at: number}) => void) | undefined} */
  let waiting
  const onLine = (/** @type {string} */ line) => {
    if (!line.includes('"published"')) return
    let record
    try {
      record = JSON.parse(line)
    } catch {
      return
    }
    if (typeof record.seconds !== 'number' || typeof record.published !== 'number') return
    const resolve = waiting
    waiting = undefined
    resolve?.({seconds: record.seconds, at: performance.now()})
  }
  for (const stream of [child.stdout, child.stderr]) createInterface({input: stream}).on('line', onLine)
  const nextBuild = (/** @type {number} */ timeoutMs) =>
    /** @type {Promise<{seconds: number, at: number}>} */ (
      new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no rebuild within ${timeoutMs / 1000} s`)), timeoutMs)
        waiting = (build) => {
          clearTimeout(timer)
          resolve(build)
        }
        exited.then(() => reject(new Error(`watch exited (${child.exitCode})`)), () => {})
      })
    )
  // A save can raise several file events: let any extra rebuild pass before the next edit.
  const settle = () => new Promise((resolve) => setTimeout(resolve, 1000))
  /** @type {number[]} */
  const seconds = []
  /** @type {number[]} */
  const wall = []
  /** @type {(() => Promise<void>) | undefined} */
  let restore
  const timedRebuild = async (/** @type {() => Promise<void>} */ write) => {
    const started = performance.now()
    const built = nextBuild(120_000)
    await write()
    const build = await built
    seconds.push(build.seconds)
    wall.push((build.at - started) / 1000)
    await settle()
  }
  try {
    await nextBuild(600_000)
    await settle()
    for (let edit = 0; edit < edits; edit++) {
      const index = (edit * 7919 + 101) % size
      await timedRebuild(async () => {
        restore = await changeOne(corpusDir, index, seed, variant, 100 + edit)
      })
      await timedRebuild(async () => {
        const undo = restore
        restore = undefined
        await undo?.()
      })
    }
  } finally {
    waiting = undefined
    await restore?.()
    child.kill('SIGINT')
    await exited
  }
  return {seconds: summarize(seconds), wall: summarize(wall), samples: seconds.length}
}

/**
 * Process start cost: the CLI printing its version, and a bare `node -e ""`.
 * @param {number} runs
 */
export async function measureStartup(runs) {
  const node = []
  const cli = []
  for (let i = 0; i < Math.max(runs, 3); i++) {
    node.push((await runMeasured(process.execPath, ['-e', ''])).seconds)
    cli.push((await runMeasured(process.execPath, [cliBin(), '--version'])).seconds)
  }
  return {node: summarize(node), cliVersion: summarize(cli)}
}
