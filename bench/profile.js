#!/usr/bin/env node
/**
 * Profile the hot paths with `node --cpu-prof` and print what dominates.
 *
 *   node bench/profile.js [--sample 300] [--size 300] [--seed 42]
 *
 * Three profiles: the whole pipeline in process (bench/lib/pipeline-loop.js: ingest,
 * normalize, tag, publish); a cold `copydesk build` on one worker (so tagging runs on the
 * main thread and shows up in the same profile); and the warm rebuild right after it. Profiles land in bench/.out/profiles/; summaries are printed as Markdown.
 * @module
 */
import {spawnSync} from 'node:child_process'
import {mkdir, readdir, rm, writeFile} from 'node:fs/promises'
import {join} from 'node:path'
import {parseArgs} from 'node:util'
import {ensureCorpus} from './corpus.js'
import {summarizeProfile} from './lib/cpuprofile.js'
import {cliBin, cliBuilt, repoRoot} from './lib/workspace.js'

const {values} = parseArgs({
  options: {sample: {type: 'string', default: '300'}, size: {type: 'string', default: '300'}, seed: {type: 'string', default: '42'}}
})
const seed = Number(values.seed)
const outRoot = join(repoRoot, 'bench/.out/profiles')
const corpus = await ensureCorpus({size: Number(values.size), seed})

/**
 * Run node with --cpu-prof into a fresh folder and summarize the largest profile written.
 * @param {string} name
 * @param {string[]} args
 */
async function profile(name, args) {
  const dir = join(outRoot, name)
  await rm(dir, {recursive: true, force: true})
  await mkdir(dir, {recursive: true})
  const started = performance.now()
  // The CLI's compiled modules, not its bundle: profiles then name each package's own files.
  const run = spawnSync(process.execPath, ['--cpu-prof', '--cpu-prof-dir', dir, ...args], {encoding: 'utf8', cwd: repoRoot, env: {...process.env, COPYDESK_UNBUNDLED: '1'}})
  const seconds = (performance.now() - started) / 1000
  if (run.status !== 0 && run.status !== 1) return `### ${name}\n\nfailed (exit ${run.status}): ${run.stderr.slice(-800)}\n`
  const files = (await readdir(dir)).filter((f) => f.endsWith('.cpuprofile'))
  const summaries = await Promise.all(files.map((f) => summarizeProfile(join(dir, f))))
  const main = summaries.sort((a, b) => b.totalMs - a.totalMs)[0]
  if (!main) return `### ${name}\n\nno profile written\n`
  const list = (/** @type {{name: string, ms: number, share: number}[]} */ rows) => rows.map((r) => `| ${r.name.replace(/\|/g, '\\|')} | ${r.ms} | ${r.share}% |`).join('\n')
  const head = '| | ms | share |\n| --- | --- | --- |'
  return [
    `### ${name} (${seconds.toFixed(1)} s wall, ${main.totalMs} ms sampled on the busiest thread, ${files.length} profile(s))`,
    '',
    `\`node --cpu-prof ${args.map((a) => a.replace(`${repoRoot}/`, '')).join(' ')}\``,
    '',
    ...(run.stderr.trim() ? ['```', run.stderr.trim().split('\n').slice(-3).join('\n'), '```', ''] : []),
    '**Self time by package**',
    '',
    head,
    list(main.selfByPackage.slice(0, 10)),
    '',
    '**Self time by function**',
    '',
    head,
    list(main.selfByFunction),
    '',
    '**Inclusive time of copydesk functions**',
    '',
    head,
    list(main.inclusiveOwn),
    ''
  ].join('\n')
}

const sections = [await profile('pipeline-in-process', [join(repoRoot, 'bench/lib/pipeline-loop.js'), corpus.dir, values.sample, String(seed)])]
if (cliBuilt()) {
  const work = join(outRoot, 'cli-work')
  await rm(work, {recursive: true, force: true})
  const args = [cliBin(), 'build', corpus.dir, '--out', join(work, 'public'), '--cache-dir', join(work, 'cache'), '--site', 'https://bench.example/', '--concurrency', '1', '--quiet']
  sections.push(await profile('cli-cold-1-worker', args))
  // Same output and cache folders, nothing changed: what a warm rebuild still spends.
  sections.push(await profile('cli-warm-1-worker', args))
  await rm(work, {recursive: true, force: true})
} else sections.push('### cli\n\napps/copydesk is not built\n')
const text = sections.join('\n')
await writeFile(join(outRoot, 'summary.md'), text)
process.stdout.write(text)
