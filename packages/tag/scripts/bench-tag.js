#!/usr/bin/env node
// Tag stage speed in CPU time (user + system, one thread): `tag()` on the
// bench corpus's article bodies, and compromise finding people, places and
// organizations on the same texts (after `pnpm build`).
// With --jsonl, the texts are the `text` (and `date`) of each line of FILE
// instead (e.g. normalized bodies).
//   node scripts/bench-tag.js [--sample 300] [--runs 5] [--seed 42] [--jsonl FILE] [--no-peer]
import {readFileSync} from 'node:fs'
import {parseArgs} from 'node:util'
import {articleAt} from '../../../bench/corpus.js'

const {values} = parseArgs({
  options: {
    sample: {type: 'string', default: '300'},
    runs: {type: 'string', default: '5'},
    seed: {type: 'string', default: '42'},
    jsonl: {type: 'string'},
    'no-peer': {type: 'boolean', default: false}
  }
})
const sample = Number(values.sample)
const runs = Number(values.runs)
const inputs = values.jsonl
  ? readFileSync(values.jsonl, 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .slice(0, sample)
      .map((line) => JSON.parse(line))
  : Array.from({length: sample}, (_, i) => {
      const {story} = articleAt(i, {seed: Number(values.seed)})
      return {text: story.paragraphs.join('\n\n'), date: story.date}
    })
const mb = inputs.reduce((sum, input) => sum + Buffer.byteLength(input.text), 0) / 1e6

const cpuSeconds = (fn) => {
  const start = process.cpuUsage()
  const out = fn()
  const used = process.cpuUsage(start)
  return {out, seconds: (used.user + used.system) / 1e6}
}
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.floor(s.length / 2)]
}

const importCpu = process.cpuUsage()
const api = await import('../dist/index.js')
const importUsed = process.cpuUsage(importCpu)
const first = process.cpuUsage()
await api.tag(inputs[0].text, {date: inputs[0].date})
const firstUsed = process.cpuUsage(first)
for (const input of inputs.slice(0, 20)) await api.tag(input.text, {date: input.date})

const times = []
for (let run = 0; run < runs; run++) {
  const start = process.cpuUsage()
  for (const input of inputs) await api.tag(input.text, {date: input.date})
  const used = process.cpuUsage(start)
  times.push((used.user + used.system) / 1e6)
}
const ours = median(times)
const lines = [
  `${mb.toFixed(3)} MB in ${inputs.length} texts; import ${((importUsed.user + importUsed.system) / 1000).toFixed(0)} ms CPU, first tag() ${((firstUsed.user + firstUsed.system) / 1000).toFixed(0)} ms CPU`,
  `tag: median of ${runs}: ${ours.toFixed(3)} s CPU, ${(mb / ours).toFixed(3)} MB/s per CPU-s (runs ${times.map((t) => t.toFixed(3)).join(' ')})`
]
if (!values['no-peer']) {
  const {default: nlp} = await import('compromise')
  const peer = (text) => {
    const doc = nlp(text)
    return [doc.people().out('array'), doc.places().out('array'), doc.organizations().out('array')]
  }
  for (const input of inputs.slice(0, 20)) peer(input.text)
  const theirs = []
  for (let run = 0; run < runs; run++) theirs.push(cpuSeconds(() => inputs.map((input) => peer(input.text))).seconds)
  const t = median(theirs)
  lines.push(`compromise: median of ${runs}: ${t.toFixed(3)} s CPU, ${(mb / t).toFixed(3)} MB/s per CPU-s; tag is ${(t / ours).toFixed(2)}x compromise`)
}
process.stdout.write(`${lines.join('\n')}\n`)
