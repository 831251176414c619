#!/usr/bin/env node
// Entity tagging speed: MB/s on about 2 MB of GMB text, tagged one pseudo-
// document at a time, median of 3 runs (after `pnpm build`).
//   node scripts/bench-ner.js [gmb.jsonl] [--mb 2]
import {readFileSync} from 'node:fs'
import {parseArgs} from 'node:util'
import {extractEntities, loadModel} from '../dist/index.js'

const {values, positionals} = parseArgs({allowPositionals: true, options: {mb: {type: 'string', default: '2'}}})
const source = positionals[0] ?? '/work/shared/eval/ner/gmb.jsonl'
const texts = []
let size = 0
for (const line of readFileSync(source, 'utf8').split('\n')) {
  if (!line || size >= Number(values.mb) * 1e6) continue
  const {text} = JSON.parse(line)
  texts.push(text)
  size += Buffer.byteLength(text)
}
const load = performance.now()
loadModel()
const loadMs = performance.now() - load
const runs = []
for (let run = 0; run < 3; run++) {
  const start = process.cpuUsage()
  const wall = performance.now()
  for (const text of texts) extractEntities(text)
  const cpu = process.cpuUsage(start)
  runs.push({wall: (performance.now() - wall) / 1000, cpu: (cpu.user + cpu.system) / 1e6})
}
const median = (xs) => [...xs].sort((a, b) => a - b)[1]
const mb = size / 1e6
process.stdout.write(
  `${mb.toFixed(2)} MB in ${texts.length} documents; model load ${loadMs.toFixed(0)} ms; ` +
    `median of 3: ${(mb / median(runs.map((r) => r.wall))).toFixed(2)} MB/s wall, ${(mb / median(runs.map((r) => r.cpu))).toFixed(2)} MB/s CPU\n`
)
