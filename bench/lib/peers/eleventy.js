/**
 * Peer build: Eleventy with its RSS plugin turning the Markdown corpus into pages and a
 * feed, against `copydesk build` on the very same Markdown files. Both cold, as subprocesses.
 * @module
 */
import {rm} from 'node:fs/promises'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {runMeasured} from '../proc.js'
import {mb, summarize} from '../stats.js'
import {cliBin, repoRoot} from '../workspace.js'

const config = join(dirname(fileURLToPath(import.meta.url)), 'eleventy.config.js')
const eleventyBin = join(repoRoot, 'node_modules/@11ty/eleventy/cmd.cjs')

/**
 * @param {import('../proc.js').Measured[]} runs
 * @param {number} size
 * @param {number} bytes
 */
function phase(runs, size, bytes) {
  const seconds = summarize(runs.map((r) => r.seconds))
  const cpu = runs.map((r) => r.cpuSeconds).filter((v) => v !== undefined)
  const rss = runs.map((r) => r.peakRssMB ?? 0)
  return {seconds, cpuSeconds: cpu.length ? summarize(cpu) : undefined, peakRssMB: Math.max(...rss), articlesPerSecond: size / seconds.median, mbPerSecond: mb(bytes) / seconds.median, exitCodes: runs.map((r) => r.code)}
}

/**
 * Cold builds of the Markdown corpus by Eleventy and by copydesk.
 * @param {{corpusDir: string, size: number, bytes: number, runs: number, cores: number, workDir: string, log: (line: string) => void}} options
 */
export async function measureEleventyVsCopydesk(options) {
  const {corpusDir, size, bytes, runs, cores, workDir, log} = options
  const work = join(workDir, `eleventy-n${size}`)
  /** @type {import('../proc.js').Measured[]} */
  const eleventy = []
  /** @type {import('../proc.js').Measured[]} */
  const copydesk = []
  for (let r = 0; r < runs; r++) {
    await rm(work, {recursive: true, force: true})
    const theirs = await runMeasured(process.execPath, [eleventyBin, `--input=${corpusDir}`, `--output=${join(work, 'eleventy')}`, `--config=${config}`, '--quiet'], {
      cwd: repoRoot,
      env: {...process.env, BENCH_FEED_ITEMS: '50'}
    })
    log(`  eleventy               ${theirs.seconds.toFixed(2)} s  exit ${theirs.code}  peak ${theirs.peakRssMB?.toFixed(0)} MB`)
    eleventy.push(theirs)
    const ours = await runMeasured(process.execPath, [
      cliBin(), 'build', corpusDir, '--out', join(work, 'copydesk'), '--site', 'https://bench.example/', '--concurrency', String(cores), '--cache-dir', join(work, 'cache'), '--quiet'
    ])
    log(`  copydesk (markdown)    ${ours.seconds.toFixed(2)} s  exit ${ours.code}  peak ${ours.peakRssMB?.toFixed(0)} MB`)
    copydesk.push(ours)
  }
  await rm(work, {recursive: true, force: true})
  return {size, bytes, eleventy: phase(eleventy, size, bytes), copydesk: phase(copydesk, size, bytes)}
}
