import type {Entity, EntityType, Span} from '@copydesk/schema'
import {reportingVerbs} from './cues.js'
import {isWhitespace} from '../text/whitespace.js'
import {allMatches} from '../text/matches.js'

/** A name in the text that can be a speaker. */
export interface NameMention extends Span {
  /** Canonical name. */
  name: string
  /** Entity id, when the name comes from `file.data.entities`. */
  id: string | undefined
  /** Entity type; `undefined` for a name found by capitalization only. */
  type: EntityType | undefined
  /** Role the text gives the entity, lowercased (for `the minister said`). */
  role: string
}

const capitalized = /\p{Lu}[\p{L}'’.-]*(?:[ \t]+(?:(?:of|of the|de|van|von|bin|al|da|di|la|le|du|del|der)[ \t]+)?\p{Lu}[\p{L}'’.-]*){0,6}/gu
const ofBetween = /[ \t]+of(?:[ \t]+the)?[ \t]+/gu
const pluralNoun = /\p{Ll}(?:ists|ians|ents|ants|ials|ees|ives|ors|ers|ics)$/u
const ofHeads = new Set(
  'University Bank Ministry Department Institute College School Church Republic Kingdom Museum Office Council Court Board Association Federation Union League Organization Organisation Secretary Minister Bureau Center Centre Academy Society Party Commission Committee Agency Corps Chamber House Port Gulf Bay Isle Cape Lake Mount Sea State States Nations Assembly Emirates Islands Duke Prince Princess King Queen Archbishop Bishop Mayor Governor President Director Head Chief Secretary-General'.split(' ')
)
const sentenceInitial = /(?:^|[.!?:;"“”]\s*|\n\s*)$/u
const speakerNext = new RegExp(`^(?:\\s*,|\\s+(?:${reportingVerbs})\\b)`, 'u')
const titles = new Set(
  'President Vice Prime Minister Secretary General Lieutenant Colonel Major Captain Sergeant Admiral Governor Mayor Senator Sen Representative Rep Gov Professor Prof Dr Dr. Mr Mr. Mrs Mrs. Ms Ms. Analyst Chief Executive Chairman Chairwoman Director Ambassador Judge Bishop Archbishop Cardinal Commissioner Commander Spokesman Spokeswoman Deputy Acting Envoy Sheikh Chancellor Premier Speaker Officer Inspector Superintendent'.split(' ')
)
const notNames = new Set(
  'A An The This That These Those It Its He She They We I You His Her Their Our My But And Or If In On At As By For From Of To With After Before When While Since Although Though However Meanwhile Also Still Yet Mr Mrs Ms Dr President Prime Minister Former Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November December According Asked Speaking Earlier Later Today Yesterday Some Many Most Several Both Each Every All No One Two Three Five'.split(
    ' '
  )
)

/**
 * Index of the names a quote can be attributed to: the entities' mentions
 * (PER, ORG, LOC), plus capitalized names no entity covers, linked to an
 * entity or to an earlier longer name when they share a word (`Li` ->
 * `Li Xiaolin`).
 *
 * @param text
 *   Article text.
 * @param entities
 *   Entities of the article (may be empty).
 * @returns
 *   Name mentions sorted by offset.
 */
export function speakerIndex(text: string, entities: readonly Entity[]): NameMention[] {
  const out: NameMention[] = []
  for (const e of entities) {
    const full = e.type === 'LOC' ? e : fuller(e, entities)
    for (const m of e.mentions) {
      out.push({start: m.start, end: m.end, name: full.name, id: full.id, type: e.type, role: (full.role ?? e.role ?? '').toLowerCase()})
    }
  }
  out.sort((a, b) => a.start - b.start)
  let maxEnd = 0
  const reach = out.map((m) => (maxEnd = Math.max(maxEnd, m.end)))
  const covered = (start: number, end: number): boolean => {
    // entity mentions are sorted by start; `reach[i]` is the furthest end up to i
    let i = firstAtOrAfter(out, end) - 1
    while (i >= 0 && (reach[i] ?? 0) > start) {
      const m = out[i] as NameMention
      if (m.end > start) return true
      i--
    }
    return false
  }
  const extra: NameMention[] = []
  for (const match of allMatches(capitalized, text)) {
    for (const part of splitOf(match[0], match.index)) {
      const found = stripName(part.value, part.start)
      if (!found) continue
      const {start, value} = found
      const end = start + value.length
      if (text.slice(start, end) !== value || covered(start, end)) continue
      const name = link(value, entities, extra)
      if (!value.includes(' ') && sentenceInitial.test(text.slice(Math.max(0, start - 3), start))) {
        if (!speakerNext.test(text.slice(end, end + 24))) continue
        if (name === value && pluralNoun.test(value)) continue
      }
      extra.push({start, end, name, id: undefined, type: undefined, role: ''})
    }
  }
  const byName = new Map(entities.map((e) => [e.name, e]))
  for (const m of extra) {
    const entity = byName.get(m.name)
    if (entity) Object.assign(m, {id: entity.id, type: entity.type, role: (entity.role ?? '').toLowerCase()})
  }
  return [...out, ...extra].sort((a, b) => a.start - b.start || b.end - a.end)
}

function link(value: string, entities: readonly Entity[], earlier: readonly NameMention[]): string {
  if (value.includes(' ')) return value
  for (const e of entities) {
    if (e.aliases.includes(value) || nameWords(e.name).includes(value)) return e.name
  }
  for (let i = earlier.length - 1; i >= Math.max(0, earlier.length - 300); i--) {
    const m = earlier[i] as NameMention
    if (nameWords(m.name).includes(value)) return m.name
  }
  return value
}

/** Cut a capitalized run down to the name: after a possessive, after the last title word, without leading function words. */
function stripName(run: string, at: number): {start: number; value: string} | undefined {
  // The words of the run: what `/\S+/gu` finds, without match arrays.
  const words: Array<{word: string; start: number}> = []
  let wordStart = -1
  for (let index = 0; index <= run.length; index++) {
    if (index === run.length || isWhitespace(run.charCodeAt(index))) {
      if (wordStart >= 0) words.push({word: run.slice(wordStart, index), start: at + wordStart})
      wordStart = -1
    } else if (wordStart < 0) wordStart = index
  }
  let from = 0
  for (let i = 0; i < words.length; i++) {
    const w = (words[i] as {word: string}).word
    if (/['’]s?$/u.test(w) && i < words.length - 1) from = i + 1
    if (titles.has(w) || (i === from && notNames.has(w.replace(/\.$/u, '')))) from = i + 1
    else if (w === 'of' && i === from && from > 0) from = i + 2
    else if ((w === 'of' || w === 'the') && i === from) from = i + 1
  }
  const kept = words.slice(from)
  if (kept.length === 0) return undefined
  const first = kept[0] as {start: number}
  const last = kept[kept.length - 1] as {word: string; start: number}
  const value = run.slice(first.start - at, last.start - at + last.word.length).replace(/['’]s?$/u, '').replace(/[.]$/u, '')
  if (!/^\p{Lu}/u.test(value)) return undefined
  return {start: first.start, value}
}

/** Split a capitalized run at ` of ` unless the word before it heads an institution (`University of Tokyo`, not `Johann Bihr of Reporters Without Borders`). */
function splitOf(run: string, at: number): Array<{value: string; start: number}> {
  if (!run.includes('of')) return [{value: run, start: at}]
  const out: Array<{value: string; start: number}> = []
  let from = 0
  for (const m of allMatches(ofBetween, run)) {
    const before = run.slice(from, m.index).split(/[ \t]+/u).pop() ?? ''
    if (ofHeads.has(before)) continue
    out.push({value: run.slice(from, m.index), start: at + from})
    from = m.index + m[0].length
  }
  out.push({value: run.slice(from), start: at + from})
  return out
}

/**
 * Index of the first mention that starts at or after `offset` (mentions
 * sorted by start).
 *
 * @param names
 *   Sorted mentions.
 * @param offset
 *   Offset.
 * @returns
 *   Index (`names.length` when none).
 */
export function firstAtOrAfter(names: readonly Span[], offset: number): number {
  let lo = 0
  let hi = names.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if ((names[mid] as Span).start < offset) lo = mid + 1
    else hi = mid
  }
  return lo
}

/**
 * Mentions that lie wholly inside `start..end` (mentions sorted by start).
 *
 * @param names
 *   Sorted mentions.
 * @param start
 *   Start offset.
 * @param end
 *   End offset.
 * @returns
 *   Mentions in order.
 */
export function namesIn<T extends Span>(names: readonly T[], start: number, end: number): T[] {
  const out: T[] = []
  for (let i = firstAtOrAfter(names, start); i < names.length; i++) {
    const m = names[i] as T
    if (m.start >= end) break
    if (m.end <= end) out.push(m)
  }
  return out
}

/**
 * A one-word name whose word is part of exactly one longer name (not a
 * place) mentioned earlier (`Kipchoge` after `Eliud Kipchoge`) is that person: a
 * safety net for speaker names when coreference left them apart.
 */
const wordsOfName = new Map<string, readonly string[]>()

/** The words of a name (`name.split(/\s+/u)`), remembered: the same names are looked at again and again. */
function nameWords(name: string): readonly string[] {
  let words = wordsOfName.get(name)
  if (!words) {
    if (wordsOfName.size > 10_000) wordsOfName.clear()
    words = name.split(/\s+/u)
    wordsOfName.set(name, words)
  }
  return words
}

function fuller(entity: Entity, entities: readonly Entity[]): Entity {
  if (entity.name.includes(' ')) return entity
  const first = Math.min(...entity.mentions.map((m) => m.start))
  const matches = entities.filter(
    (e) => e !== entity && e.type !== 'LOC' && nameWords(e.name).includes(entity.name) && e.mentions.some((m) => m.start < first)
  )
  return matches.length === 1 ? (matches[0] as Entity) : entity
}
