import type {Entity, Keyphrase, Span} from '@copydesk/schema'
import {type Occurrence, stem} from './candidates.js'
import {idf} from './idf.js'

/** Inputs to `rankKeyphrases`. */
export interface RankInput {
  /** Candidate occurrences from `candidates`. */
  occurrences: Occurrence[]
  /** Entities of the article (their mentions are candidates under the canonical name). */
  entities: readonly Entity[]
  /** Words the document writes in lower case somewhere (to pick display case). */
  lowercase: ReadonlySet<string>
  /** Where the lede ends: occurrences before it weigh more. */
  ledeEnd: number
  /** Stems retext-keywords ranked as keywords. */
  keywordStems: ReadonlySet<string>
  /** How many phrases to return. */
  maximum: number
}

interface Candidate {
  key: string
  /** Surface words of each occurrence (display forms are worked out only for the chosen). */
  forms: string[][]
  mentions: Span[]
  weight: number
  size: number
  proper: boolean
  entity: Entity | undefined
  /** Weight times rarity (set once every occurrence is in). */
  base: number
}

const entityWeight = {PER: 1, ORG: 1, LOC: 0.8} as const

/**
 * Rank candidate keyphrases: position-weighted frequency, multi-word phrases
 * credited with the strength of their words, entities merged under their
 * canonical name, and words retext-keywords also picked boosted.
 *
 * @param input
 *   Candidates and context.
 * @returns
 *   Keyphrases, best first, scores normalized to 0..1.
 */
export function rankKeyphrases(input: RankInput): Keyphrase[] {
  const byKey = new Map<string, Candidate>()
  const add = (key: string, words: string[], span: Span, size: number, proper: boolean, entity?: Entity): void => {
    let c = byKey.get(key)
    if (!c) {
      c = {key, forms: [], mentions: [], weight: 0, size, proper, entity, base: 0}
      byKey.set(key, c)
    }
    c.forms.push(words)
    c.mentions.push({start: span.start, end: span.end})
    c.weight += span.start < input.ledeEnd ? 1.5 : 1
    c.proper &&= proper
  }
  for (const o of input.occurrences) {
    add(o.key, o.words, o, o.words.length, o.proper)
  }
  for (const entity of input.entities) {
    const key = entityKey(entity.name)
    const name = [entity.name]
    for (const m of entity.mentions) add(key, name, m, 1, true, entity)
  }

  const rarity = (key: string): number => {
    // One word (most keys): no split (`(0 + x) / 1` is `x`: the idf is never -0).
    if (!key.includes(' ')) return 0.25 + idf(key)
    const parts = key.split(' ')
    let sum = 0
    for (const part of parts) sum += idf(part)
    return 0.25 + sum / parts.length
  }
  const unigram = new Map<string, number>()
  for (const c of byKey.values()) {
    const value = c.weight * rarity(c.key)
    c.base = value
    if (c.size === 1 && !c.entity) unigram.set(c.key, value)
  }

  const scored: Array<{c: Candidate; score: number}> = []
  for (const c of byKey.values()) {
    let score = c.base
    if (c.entity) score *= entityWeight[c.entity.type]
    if (c.size > 1) {
      if (c.mentions.length < 2 && c.size > 2) continue
      const parts = c.key.split(' ')
      let sum = 0
      for (const part of parts) sum += unigram.get(part) ?? 0
      score = score * (c.mentions.length > 1 ? 1 + 0.5 * (c.size - 1) : 1) + (0.5 * sum) / parts.length
    }
    if (input.keywordStems.size > 0 && c.key.split(' ').some((s) => input.keywordStems.has(s))) score *= 1.1
    scored.push({c, score})
  }
  scored.sort((a, b) => b.score - a.score || b.c.mentions.length - a.c.mentions.length || (a.c.key < b.c.key ? -1 : a.c.key > b.c.key ? 1 : 0))

  const top = scored[0]?.score ?? 1
  const chosen: Array<{c: Candidate; score: number}> = []
  for (const item of scored) {
    if (chosen.length >= input.maximum) break
    if (subsumed(item.c, chosen)) continue
    const shorter = chosen.findIndex((x) => subsumed(x.c, [item]))
    if (shorter >= 0) chosen[shorter] = {c: item.c, score: (chosen[shorter] as {score: number}).score}
    else chosen.push(item)
  }
  return chosen.map(({c, score}) => ({
    phrase: bestForm(c.forms, c.entity ? undefined : input.lowercase),
    stem: c.key,
    score: Math.round((score / top) * 1000) / 1000,
    mentions: c.mentions.sort((a, b) => a.start - b.start || a.end - b.end)
  }))
}

/** Whether a candidate is (nearly) only ever part of a longer chosen one. */
function subsumed(c: Candidate, chosen: ReadonlyArray<{c: Candidate}>): boolean {
  const padded = ` ${c.key} `
  for (const {c: other} of chosen) {
    if (other.key === c.key || !` ${other.key} `.includes(padded)) continue
    let alone = 0
    for (const m of c.mentions) {
      if (!other.mentions.some((o) => o.start <= m.start && o.end >= m.end)) alone++
    }
    if (alone < Math.max(1, Math.ceil(c.mentions.length / 3))) return true
  }
  return false
}

function entityKey(name: string): string {
  return name
    .toLowerCase()
    .split(/\s+/u)
    .filter(Boolean)
    .map((w) => stem(w.replace(/['’]s?$/u, '')))
    .join(' ')
}

function display(words: string[], lowercase: ReadonlySet<string>): string {
  return words.map((w) => (lowercase.has(w.toLowerCase()) ? w.toLowerCase() : w)).join(' ')
}

function bestForm(occurrences: string[][], lowercase: ReadonlySet<string> | undefined): string {
  const forms = new Map<string, number>()
  for (const words of occurrences) {
    const form = lowercase ? display(words, lowercase) : words.join(' ')
    forms.set(form, (forms.get(form) ?? 0) + 1)
  }
  let best = ''
  let count = -1
  for (const [form, n] of forms) {
    if (n > count || (n === count && form < best)) {
      best = form
      count = n
    }
  }
  return best
}
