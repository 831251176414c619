#!/usr/bin/env node
// Score tagger output against gold JSON Lines.
//
//   pnpm eval <gold.jsonl> [--pred pred.jsonl] [--json]
//
// Gold lines: {"id", "text", "date"?, "entities": [{start, end, type}],
// "keyphrases"?: [...], "quotes"?: [{start, end, kind, speaker}]}.
// Predictions: the `copydesk tag --jsonl` output, one line per document:
// {"id", "entities": [{start, end, type, text}], "keyphrases": [...],
// "quotes": [{start, end, kind, speaker, speakerStart, speakerEnd}]}.
// Without --pred the built @copydesk/tag (packages/tag/dist, run `pnpm build`
// first) tags the gold texts itself.
import {readFileSync} from 'node:fs'
import {parseArgs} from 'node:util'
import {scoreEntities, scoreKeyphrases, scoreQuotes} from './score.js'

const {values, positionals} = parseArgs({
  allowPositionals: true,
  options: {pred: {type: 'string'}, json: {type: 'boolean', default: false}, help: {type: 'boolean', short: 'h', default: false}}
})
if (values.help || positionals.length !== 1) {
  process.stderr.write('Usage: pnpm eval <gold.jsonl> [--pred pred.jsonl] [--json]\n')
  process.exit(values.help ? 0 : 2)
}

const readJsonl = (path) =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, index) => {
      try {
        return JSON.parse(line)
      } catch (error) {
        throw new Error(`Cannot parse line ${index + 1} of \`${path}\`: ${error.message}; expected one JSON object per line`)
      }
    })

const gold = readJsonl(positionals[0])
const needsFullTagger = gold.some((d) => Array.isArray(d.keyphrases) || Array.isArray(d.quotes))
let predictions
let started = performance.now()
if (values.pred) {
  predictions = new Map(readJsonl(values.pred).map((p) => [String(p.id), p]))
} else {
  let api
  try {
    api = await import(new URL('../dist/index.js', import.meta.url).href)
  } catch (error) {
    process.stderr.write(`Cannot load the built tagger \`packages/tag/dist/index.js\` (${error.message}): run \`pnpm build\` first, or pass --pred\n`)
    process.exit(2)
  }
  predictions = new Map()
  api.loadModel()
  started = performance.now()
  for (const doc of gold) {
    if (needsFullTagger) {
      const {tags} = await api.tag(doc.text, doc.date ? {date: doc.date} : {})
      predictions.set(String(doc.id), {
        entities: tags.entities
          .flatMap((e) => e.mentions.map((m) => ({start: m.start, end: m.end, type: e.type, text: m.text})))
          .sort((a, b) => a.start - b.start),
        keyphrases: tags.keyphrases.map((k) => k.phrase),
        quotes: tags.quotes
      })
    } else {
      predictions.set(String(doc.id), {entities: api.findEntities(doc.text)})
    }
  }
}
const seconds = (performance.now() - started) / 1000
const goldById = gold.map((d) => ({...d, id: String(d.id)}))
const result = {
  gold: positionals[0],
  documents: gold.length,
  entities: gold.some((d) => Array.isArray(d.entities)) ? scoreEntities(goldById, predictions) : undefined,
  keyphrases: gold.some((d) => Array.isArray(d.keyphrases)) ? scoreKeyphrases(goldById, predictions, 10) : undefined,
  quotes: gold.some((d) => Array.isArray(d.quotes)) ? scoreQuotes(goldById, predictions) : undefined
}
if (values.json) {
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`)
} else {
  const f = (x) => x.toFixed(3)
  const lines = [`${result.gold}: ${result.documents} documents${values.pred ? '' : `, tagged in ${seconds.toFixed(2)} s`}`]
  if (result.entities) {
    lines.push('entities      P      R      F1     gold  predicted')
    for (const [type, s] of Object.entries(result.entities)) {
      lines.push(`  ${type.padEnd(8)} ${f(s.precision)}  ${f(s.recall)}  ${f(s.f1)}  ${String(s.gold).padStart(6)}  ${String(s.predicted).padStart(6)}`)
    }
  }
  if (result.keyphrases) {
    const k = result.keyphrases
    lines.push(`keyphrases F@10 ${f(k.f)} (P ${f(k.precision)}, R ${f(k.recall)}; ${k.documents} documents)`)
  }
  if (result.quotes) {
    lines.push('quotes        P      R      F1     speaker  gold  predicted')
    for (const [kind, s] of Object.entries(result.quotes)) {
      lines.push(
        `  ${kind.padEnd(8)} ${f(s.precision)}  ${f(s.recall)}  ${f(s.f1)}  ${f(s.speakerAccuracy)}  ${String(s.gold).padStart(5)}  ${String(s.predicted).padStart(6)}`
      )
    }
  }
  process.stdout.write(`${lines.join('\n')}\n`)
}
