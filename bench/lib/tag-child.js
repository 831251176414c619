#!/usr/bin/env node
/**
 * One fresh process timing one tagger on the same texts: ours (`@copydesk/tag`'s `tag`) or
 * the peer (compromise's people, places and organizations). It loads only that tagger,
 * runs one untimed pass over every text (JIT warm-up, lazy lexicons), then `--runs` timed
 * passes, and prints `{wall: number[], cpu: number[], rssMB}` as JSON on standard output.
 *
 *   node bench/lib/tag-child.js --which tag|compromise --inputs <file.json> --runs 2 [--build-root <dir>]
 *
 * `<file.json>` is an array of `{text, date?}`.
 * @module
 */
import {readFile} from 'node:fs/promises'
import {parseArgs} from 'node:util'
import {loadStage, setBuildRoot} from './workspace.js'

const {values} = parseArgs({
  options: {
    which: {type: 'string'},
    inputs: {type: 'string'},
    runs: {type: 'string', default: '2'},
    'build-root': {type: 'string'}
  }
})
if (values['build-root']) setBuildRoot(values['build-root'])
if (!values.inputs || (values.which !== 'tag' && values.which !== 'compromise')) {
  console.error('Usage: tag-child.js --which tag|compromise --inputs <file.json> [--runs 2] [--build-root <dir>]')
  process.exit(2)
}

/** @type {Array<{text: string, date?: string}>} */
const inputs = JSON.parse(await readFile(values.inputs, 'utf8'))

/** @type {(input: {text: string, date?: string}) => unknown} */
let run
if (values.which === 'tag') {
  const stage = await loadStage('tag')
  if (!stage.module) {
    console.error(stage.error)
    process.exit(1)
  }
  const {tag} = stage.module
  run = (input) => tag(input.text, input.date ? {date: input.date} : {})
} else {
  const {compromiseEntities} = await import('./peers/compromise.js')
  run = (input) => compromiseEntities(input.text)
}

async function pass() {
  for (const input of inputs) await run(input)
}

await pass()
const wall = []
const cpu = []
for (let i = 0; i < Math.max(1, Number(values.runs)); i++) {
  const started = performance.now()
  const cpuStarted = process.cpuUsage()
  await pass()
  const used = process.cpuUsage(cpuStarted)
  wall.push((performance.now() - started) / 1000)
  cpu.push((used.user + used.system) / 1e6)
}
process.stdout.write(`${JSON.stringify({wall, cpu, rssMB: (process.resourceUsage().maxRSS * 1024) / 1e6})}\n`)
