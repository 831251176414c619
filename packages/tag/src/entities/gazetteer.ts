import {tokenize} from './tokenize.js'

/** Name lists shipped with the model, as stored in its JSON. */
export interface GazetteerData {
  /** Place names (countries, capitals, cities, regions). */
  LOC: string[]
  /** Organisation names. */
  ORG: string[]
  /** Given names. */
  GIVEN: string[]
  /** Demonyms and nationality words (`Chinese`), never entities. */
  DEMONYM: string[]
  /** Words mostly written in lower case, so a capitalised one at a sentence start is no name. */
  COMMON: string[]
  /** Family names (absent from older models). */
  SURNAME?: string[]
}

/** A phrase of a gazetteer, split into tokens. */
export interface GazetteerPhrase {
  /** Its tokens. */
  words: string[]
  /** `LOC` or `ORG`. */
  type: string
}

/** Phrases by their first token (a `Map`, or a prepared model's table). */
export interface PhraseLookup {
  /**
   * @param first
   *   A token.
   * @returns
   *   The phrases that start with it, longest first (`undefined`: none).
   */
  get(first: string): readonly GazetteerPhrase[] | undefined
}

/** A set of words (a `Set`, or a prepared model's table). */
export interface WordLookup {
  /**
   * @param word
   *   A word.
   * @returns
   *   Whether the set holds it.
   */
  has(word: string): boolean
}

/** Name lists compiled for lookup. */
export interface Gazetteer {
  /** Phrases by their first token, longest first. */
  phrases: PhraseLookup
  /** Given names. */
  given: WordLookup
  /** Demonyms. */
  demonyms: WordLookup
  /** Mostly lower-case words (lower-cased). */
  common: WordLookup
  /** Family names. */
  surnames: WordLookup
}

/** A gazetteer as `compileGazetteer` makes it, in maps and sets. */
export interface CompiledGazetteer extends Gazetteer {
  phrases: Map<string, GazetteerPhrase[]>
  given: Set<string>
  demonyms: Set<string>
  common: Set<string>
  surnames: Set<string>
}

// ASCII words between single spaces: `tokenize` gives exactly those words (most names; the
// others go through it), without its cost at model load.
const plainName = /^[A-Za-z]+(?: [A-Za-z]+)*$/

/**
 * Compile stored name lists for lookup.
 *
 * @param data
 *   Lists as stored in the model.
 * @returns
 *   Lookup structures.
 */
export function compileGazetteer(data: GazetteerData): CompiledGazetteer {
  const phrases = new Map<string, GazetteerPhrase[]>()
  for (const type of ['LOC', 'ORG'] as const) {
    for (const name of data[type]) {
      // (Most names are one word: no split for those.)
      const words = plainName.test(name) ? (name.includes(' ') ? name.split(' ') : [name]) : tokenize(name).map((t) => t.text)
      const first = words[0]
      if (first === undefined) continue
      let list = phrases.get(first)
      if (!list) {
        list = []
        phrases.set(first, list)
      }
      list.push({words, type})
    }
  }
  for (const list of phrases.values()) list.sort((a, b) => b.words.length - a.words.length)
  return {
    phrases,
    given: new Set(data.GIVEN),
    demonyms: new Set(data.DEMONYM),
    common: new Set(data.COMMON),
    surnames: new Set(data.SURNAME ?? [])
  }
}

/**
 * Mark the tokens covered by gazetteer phrases, longest match first, as
 * `B-LOC`, `I-LOC`, `B-ORG`, ...
 *
 * @param words
 *   Token texts.
 * @param gazetteer
 *   Compiled gazetteer.
 * @param starts
 *   Which tokens can start a phrase (default: all).
 * @returns
 *   One mark per token (`''` when none).
 */
export function markGazetteer(words: readonly string[], gazetteer: Gazetteer, starts?: readonly boolean[]): string[] {
  const marks: string[] = new Array<string>(words.length).fill('')
  let index = 0
  while (index < words.length) {
    const list = starts && !starts[index] ? undefined : gazetteer.phrases.get(words[index] ?? '')
    let matched = 0
    if (list) {
      for (const phrase of list) {
        if (covers(phrase.words, words, index)) {
          matched = phrase.words.length
          const begin = phrase.type === 'LOC' ? 'B-LOC' : phrase.type === 'ORG' ? 'B-ORG' : `B-${phrase.type}`
          const inside = phrase.type === 'LOC' ? 'I-LOC' : phrase.type === 'ORG' ? 'I-ORG' : `I-${phrase.type}`
          for (let k = 0; k < matched; k++) marks[index + k] = k === 0 ? begin : inside
          break
        }
      }
    }
    index += Math.max(matched, 1)
  }
  return marks
}

/** Whether `words` from `index` on start with `phrase` (`phrase.every((w, k) => words[index + k] === w)`). */
function covers(phrase: readonly string[], words: readonly string[], index: number): boolean {
  for (let k = 0; k < phrase.length; k++) if (words[index + k] !== phrase[k]) return false
  return true
}
