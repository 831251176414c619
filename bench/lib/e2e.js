/**
 * End to end: the CLI as a subprocess on a whole corpus. Per run: a cold build on all
 * cores (no output, no cache), a warm rebuild with nothing changed, a rebuild after one
 * article changed, then a cold build on one worker. Wall time and peak RSS of each.
 * @module
 */
import {readdir, readFile, rm, writeFile} from 'node:fs/promises'
import {join} from 'node:path'
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
    ...(failure ? {failure} : {})
  }
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
