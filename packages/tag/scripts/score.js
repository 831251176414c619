// Scoring functions for `pnpm eval`: entity-level exact match, keyphrase
// F@10 and quote overlap F1 with speaker accuracy. Plain ESM, no build step.
import {stemmer} from 'stemmer'

const entityTypes = ['PER', 'ORG', 'LOC']

/**
 * Precision, recall and F1 from counts.
 *
 * @param {number} tp true positives
 * @param {number} predicted predicted items
 * @param {number} gold gold items
 * @returns {{tp: number, predicted: number, gold: number, precision: number, recall: number, f1: number}}
 */
export function prf(tp, predicted, gold) {
  const precision = predicted === 0 ? 0 : tp / predicted
  const recall = gold === 0 ? 0 : tp / gold
  const f1 = predicted + gold === 0 ? 0 : (2 * tp) / (predicted + gold)
  return {tp, predicted, gold, precision, recall, f1}
}

/**
 * Entity-level exact-match scores: a prediction is right when a gold entity
 * has the same start, end and type. Gold `MISC` spans are ignored, and so are
 * predictions overlapping one.
 *
 * @param {Array<{id: string, entities?: Array<{start: number, end: number, type: string}>}>} gold
 * @param {Map<string, {entities?: Array<{start: number, end: number, type: string}>}>} predictions by id
 * @returns {Record<'PER' | 'ORG' | 'LOC' | 'ALL', ReturnType<typeof prf>>}
 */
export function scoreEntities(gold, predictions) {
  const counts = Object.fromEntries([...entityTypes, 'ALL'].map((t) => [t, {tp: 0, predicted: 0, gold: 0}]))
  for (const doc of gold) {
    const all = doc.entities ?? []
    const misc = all.filter((e) => !entityTypes.includes(e.type))
    const wanted = all.filter((e) => entityTypes.includes(e.type))
    const keys = new Set(wanted.map((e) => `${e.start}:${e.end}:${e.type}`))
    const predicted = (predictions.get(doc.id)?.entities ?? []).filter(
      (p) => entityTypes.includes(p.type) && !misc.some((m) => m.start < p.end && p.start < m.end)
    )
    for (const p of predicted) {
      const hit = keys.has(`${p.start}:${p.end}:${p.type}`) ? 1 : 0
      for (const t of [p.type, 'ALL']) {
        counts[t].predicted++
        counts[t].tp += hit
      }
    }
    for (const e of wanted) for (const t of [e.type, 'ALL']) counts[t].gold++
  }
  return Object.fromEntries(Object.entries(counts).map(([t, c]) => [t, prf(c.tp, c.predicted, c.gold)]))
}

/**
 * Normalise a keyphrase for matching: lower case, possessives dropped, each
 * word stemmed (`Japan's` = `japan`, `sister cities` = `sister citi`).
 *
 * @param {string} phrase
 * @returns {string}
 */
export function normalizePhrase(phrase) {
  return phrase
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map((w) => stemmer(w))
    .join(' ')
}

/**
 * Keyphrase F@k, averaged over the documents whose gold has keyphrases:
 * the top `k` predictions against all gold keyphrases, after normalisation.
 *
 * @param {Array<{id: string, keyphrases?: string[]}>} gold
 * @param {Map<string, {keyphrases?: Array<string | {phrase: string}>}>} predictions
 * @param {number} [k=10]
 * @returns {{documents: number, precision: number, recall: number, f: number}}
 */
export function scoreKeyphrases(gold, predictions, k = 10) {
  let documents = 0
  let precision = 0
  let recall = 0
  let f = 0
  for (const doc of gold) {
    if (!Array.isArray(doc.keyphrases) || doc.keyphrases.length === 0) continue
    documents++
    const wanted = new Set(doc.keyphrases.map(normalizePhrase))
    const top = [...new Set((predictions.get(doc.id)?.keyphrases ?? []).map((p) => normalizePhrase(typeof p === 'string' ? p : p.phrase)))].slice(0, k)
    const hits = top.filter((p) => wanted.has(p)).length
    const p = top.length === 0 ? 0 : hits / top.length
    const r = hits / wanted.size
    precision += p
    recall += r
    f += p + r === 0 ? 0 : (2 * p * r) / (p + r)
  }
  const n = Math.max(documents, 1)
  return {documents, precision: precision / n, recall: recall / n, f: f / n}
}

/**
 * Whether two speaker names are the same canonical name, ignoring case and
 * surrounding white space.
 *
 * @param {string | undefined} a
 * @param {string | undefined} b
 * @returns {boolean}
 */
export function sameSpeaker(a, b) {
  if (!a || !b) return false
  const x = a.trim().toLowerCase()
  const y = b.trim().toLowerCase()
  return x === y
}

/**
 * Quote scores per kind (`direct`, `partial`, `indirect`) and over all: a
 * prediction matches the first unmatched gold quote of the same kind whose
 * span overlaps it; speaker accuracy is the share of matched quotes whose
 * speaker names agree (when gold names one).
 *
 * @param {Array<{id: string, quotes?: Array<{start: number, end: number, kind: string, speaker?: string}>}>} gold
 * @param {Map<string, {quotes?: Array<{start: number, end: number, kind: string, speaker?: string}>}>} predictions
 * @returns {Record<string, ReturnType<typeof prf> & {speakerRight: number, speakerTotal: number, speakerAccuracy: number}>}
 */
export function scoreQuotes(gold, predictions) {
  const kinds = ['direct', 'partial', 'indirect']
  const counts = Object.fromEntries([...kinds, 'ALL'].map((t) => [t, {tp: 0, predicted: 0, gold: 0, right: 0, total: 0}]))
  for (const doc of gold) {
    if (!Array.isArray(doc.quotes)) continue
    const predicted = predictions.get(doc.id)?.quotes ?? []
    for (const kind of kinds) {
      const g = doc.quotes.filter((q) => q.kind === kind)
      const p = predicted.filter((q) => q.kind === kind)
      const used = new Set()
      for (const q of p) {
        const index = g.findIndex((x, i) => !used.has(i) && x.start < q.end && q.start < x.end)
        if (index < 0) continue
        used.add(index)
        for (const t of [kind, 'ALL']) {
          counts[t].tp++
          const wanted = g[index].speaker
          if (wanted) {
            counts[t].total++
            if (sameSpeaker(wanted, q.speaker)) counts[t].right++
          }
        }
      }
      for (const t of [kind, 'ALL']) {
        counts[t].predicted += p.length
        counts[t].gold += g.length
      }
    }
  }
  return Object.fromEntries(
    Object.entries(counts).map(([t, c]) => [
      t,
      {...prf(c.tp, c.predicted, c.gold), speakerRight: c.right, speakerTotal: c.total, speakerAccuracy: c.total === 0 ? 0 : c.right / c.total}
    ])
  )
}
