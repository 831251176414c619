import type {Span} from '@copydesk/schema'
import {stemmer} from 'stemmer'
import type {Token} from './tokens.js'

/** One occurrence of a candidate keyphrase. */
export interface Occurrence extends Span {
  /** Stems of the words, joined by a space: the merge key. */
  key: string
  /** Surface words (possessive removed). */
  words: string[]
  /** Whether every word looked like a proper name. */
  proper: boolean
}

/**
 * Stem a lowercased word with the Porter stemmer.
 *
 * @param word
 *   Lowercased word.
 * @returns
 *   Stem.
 */
export function stem(word: string): string {
  let value = cache.get(word)
  if (value === undefined) {
    if (cache.size > 20_000) cache.clear()
    value = stemmer(word)
    cache.set(word, value)
  }
  return value
}

const cache = new Map<string, string>()

/**
 * Collect candidate keyphrase occurrences from token runs: noun phrases
 * (adjectives and nouns ending in a noun, at most four words) and every noun
 * on its own. Words covered by `blocked` spans (entity mentions) are left out.
 *
 * @param runs
 *   Token runs from `tokenRuns`.
 * @param blocked
 *   Spans whose words must not be used (sorted or not).
 * @returns
 *   Occurrences, unigrams and multi-word phrases mixed.
 */
export function candidates(runs: Token[][], blocked: readonly Span[] = []): Occurrence[] {
  const spans = [...blocked].sort((a, b) => a.start - b.start)
  let next = 0
  const isBlocked = (token: Token): boolean => {
    while (next < spans.length && (spans[next] as Span).end <= token.start) next++
    for (let i = next; i < spans.length; i++) {
      const span = spans[i] as Span
      if (span.start >= token.end) return false
      if (span.end > token.start) return true
    }
    return false
  }
  const out: Occurrence[] = []
  for (const run of runs) {
    let segment: Token[] = []
    const flush = (): void => {
      if (segment.length > 0) emit(segment, out)
      segment = []
    }
    for (const token of run) {
      if (isContent(token) && !isBlocked(token)) {
        const previous = segment[segment.length - 1]
        if (previous && previous.text === previous.lower && token.word.capital && !token.initial) flush()
        segment.push(token)
        if (token.possessive) flush()
      } else {
        flush()
      }
    }
    flush()
  }
  return out
}

function emit(segment: Token[], out: Occurrence[]): void {
  let end = segment.length
  while (end > 0 && !isNoun(segment[end - 1] as Token)) end--
  const phrase = segment.slice(Math.max(0, end - 4), end)
  for (const token of phrase) {
    if (isNoun(token)) out.push(occurrence([token]))
  }
  for (let i = 0; i + 1 < phrase.length; i++) {
    for (let j = i + 2; j <= phrase.length; j++) {
      if (isNoun(phrase[j - 1] as Token)) out.push(occurrence(phrase.slice(i, j)))
    }
  }
}

function occurrence(tokens: Token[]): Occurrence {
  const first = tokens[0] as Token
  const last = tokens[tokens.length - 1] as Token
  return {
    start: first.start,
    end: last.end,
    key: tokens.map((t) => (t.stem ??= t.word.stem ??= stem(t.lower))).join(' '),
    words: tokens.map((t) => t.text),
    proper: tokens.every((t) => t.word.capital)
  }
}

function isContent(token: Token): boolean {
  // A token's word has a letter and is no stop word (`tokenRuns` leaves the others out); the other word-only tests are on `WordInfo.content`.
  const content = token.word.content
  if (content === 'never') return false
  if (content === 'capitalised' && (token.initial || !token.word.capital)) return false
  return isNoun(token) || token.pos.startsWith('JJ')
}

function isNoun(token: Token): boolean {
  if (token.pos.startsWith('NN') || token.pos === 'FW') return true
  return !token.initial && token.word.capital && !token.pos.startsWith('JJ')
}

