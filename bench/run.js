#!/usr/bin/env node
/**
 * copydesk benchmarks: `pnpm bench` (or `node bench/run.js`).
 *
 *   --sizes 1000,10000   corpus sizes for the end-to-end runs (100000 is opt-in: ~300 MB of files)
 *   --runs 3             repetitions; medians are reported
 *   --large-runs 1       repetitions for sizes >= --large-from (default 100000)
 *   --sample 1000        articles for the in-process stage and peer measurements
 *   --eleventy-max 10000 largest size Eleventy is compared at
 *   --one-worker-max 10000 largest size the cold 1-worker build is measured at
 *   --no-peers  --no-stages  --no-e2e  --no-one-worker
 *   --snapshot           copy the built workspace to <out>/snapshot first and run from the copy,
 *                        so packages rebuilt during a long run do not change (or invalidate) it
 *   --build-root <dir>   load the CLI and the stages from an existing snapshot instead
 *   --seed 42  --out bench/.out
 *
 * Quick smoke mode: `node bench/run.js --sizes 50 --runs 1`.
 * Prints Markdown tables and writes <out>/results.json and <out>/results.md.
 * @module
 */
import {mkdir, writeFile} from 'node:fs/promises'
import {availableParallelism, loadavg} from 'node:os'
import {join, resolve} from 'node:path'
import {parseArgs} from 'node:util'
import {ensureCorpus} from './corpus.js'
import {measureEndToEnd, measureStartup} from './lib/e2e.js'
import {measureEleventyVsCopydesk} from './lib/peers/eleventy.js'
import {evaluateTargets, renderMarkdown} from './lib/report.js'
import {measureStages} from './lib/stages.js'
import {cliBuilt, environment, repoRoot, setBuildRoot, snapshotBuild} from './lib/workspace.js'

const {values} = parseArgs({
  options: {
    sizes: {type: 'string', default: '1000,10000'},
    runs: {type: 'string', default: '3'},
    'large-runs': {type: 'string', default: '1'},
    'large-from': {type: 'string', default: '100000'},
    sample: {type: 'string', default: '1000'},
    'eleventy-max': {type: 'string', default: '10000'},
    'one-worker-max': {type: 'string', default: '10000'},
    seed: {type: 'string', default: '42'},
    snapshot: {type: 'boolean', default: false},
    'build-root': {type: 'string'},
    out: {type: 'string', default: join(repoRoot, 'bench/.out')},
    'no-peers': {type: 'boolean', default: false},
    'no-stages': {type: 'boolean', default: false},
    'no-e2e': {type: 'boolean', default: false},
    'no-one-worker': {type: 'boolean', default: false}
  }
})

const sizes = values.sizes.split(',').map((s) => Number(s.replace(/_/g, ''))).filter((n) => Number.isInteger(n) && n > 0).sort((a, b) => a - b)
if (sizes.length === 0) {
  console.error('Expected `--sizes` as comma-separated positive integers, e.g. `--sizes 1000,10000`')
  process.exit(2)
}
const runs = Math.max(1, Number(values.runs))
const largeRuns = Math.max(1, Number(values['large-runs']))
const seed = Number(values.seed)
const sample = Math.min(Number(values.sample), sizes[0])
const cores = availableParallelism()
const peers = !values['no-peers']
const outDir = resolve(values.out)
const log = (/** @type {string} */ line) => process.stderr.write(`${line}\n`)

if (values['build-root']) setBuildRoot(values['build-root'])
else if (values.snapshot) await snapshotBuild(join(outDir, 'snapshot'))

/** @type {any} */
const results = {
  startedAt: new Date().toISOString(),
  environment: environment(),
  config: {sizes, runs, largeRuns, seed, sample, cores, peers},
  e2e: [],
  eleventy: []
}

/** Write what is measured so far, so a long run interrupted late still leaves its numbers. */
async function save() {
  results.environment.loadAverageAtEnd = loadavg().map((v) => Math.round(v * 100) / 100)
  results.targets = evaluateTargets(results)
  const markdown = renderMarkdown(results)
  await mkdir(outDir, {recursive: true})
  await writeFile(join(outDir, 'results.json'), `${JSON.stringify(results, null, 2)}\n`)
  await writeFile(join(outDir, 'results.md'), markdown)
  return markdown
}

log(`copydesk bench: sizes ${sizes.join(', ')}, ${runs} runs, ${cores} cores, Node ${process.version}`)

if (!values['no-stages']) {
  const corpus = await ensureCorpus({size: sizes[0], seed})
  log(`stages on the first ${sample} articles of ${corpus.dir}`)
  results.stages = await measureStages({corpusDir: corpus.dir, seed, sample, runs, peers, log})
  await save()
}

if (!values['no-e2e']) {
  const built = cliBuilt()
  if (built) results.startup = await measureStartup(runs)
  for (const size of sizes) {
    const corpus = await ensureCorpus({size, seed, onProgress: (done, n) => log(`  corpus ${done}/${n}`)})
    if (!built) {
      results.e2e.push({size, bytes: corpus.bytes, skipped: 'apps/copydesk is not built (`pnpm turbo run build`)'})
      continue
    }
    const sizeRuns = size >= Number(values['large-from']) ? largeRuns : runs
    log(`end to end: ${size} articles, ${(corpus.bytes / 1e6).toFixed(1)} MB, ${sizeRuns} runs`)
    results.e2e.push(
      await measureEndToEnd({corpusDir: corpus.dir, size, bytes: corpus.bytes, seed, variant: 'mixed', runs: sizeRuns, cores, workDir: join(outDir, 'work'), oneWorker: !values['no-one-worker'] && size <= Number(values['one-worker-max']), log})
    )
    await save()
    if (peers && size <= Number(values['eleventy-max'])) {
      const md = await ensureCorpus({size, seed, variant: 'markdown'})
      log(`eleventy vs copydesk: ${size} Markdown articles`)
      results.eleventy.push(await measureEleventyVsCopydesk({corpusDir: md.dir, size, bytes: md.bytes, runs: sizeRuns, cores, workDir: join(outDir, 'work'), log}))
      await save()
    }
  }
}

const markdown = await save()
process.stdout.write(markdown)
log(`wrote ${join(outDir, 'results.json')} and results.md`)
