import type {Root} from 'nlcst'
import {toString as nlcstToString} from 'nlcst-to-string'
import {sentenceNodes} from '../text/sentences.js'
import {SentenceTags, type TaggedWord} from './part-of-speech.js'
import {stopWords} from './stop-words.js'

/** A word of the article, ready for keyphrase extraction. */
export interface Token {
  /** Surface form without a possessive `'s` (`Japan's` -> `Japan`). */
  text: string
  /** Lowercased `text`. */
  lower: string
  /** Part-of-speech tag (`NN`, `JJ`, ...): retext-pos's when it ran, else the same tagger's (see `part-of-speech.ts`). */
  pos: string
  start: number
  end: number
  /** Whether the word carried a possessive marker. */
  possessive: boolean
  /** Whether the word starts its sentence. */
  initial: boolean
  /** Porter stem of `lower`, filled in when the word is a candidate. */
  stem: string | undefined
  /** What is known about the word as written, shared by all its occurrences. */
  word: WordInfo
}

/**
 * What keyphrase extraction needs to know about a word as written (a
 * `WordNode`'s text), worked out once per distinct word and process: every
 * field follows from the word alone.
 */
export interface WordInfo extends TaggedWord {
  /** The word without a possessive `'s` (`Japan's` -> `Japan`). */
  text: string
  /** Lowercased `text`. */
  lower: string
  /** Whether the word carried a possessive marker. */
  possessive: boolean
  /** Whether the word can never be part of a keyphrase: a stop word or no letter (ends a run). */
  skip: boolean
  /** Porter stem of `lower`, once asked for (`candidates`). */
  stem: string | undefined
  /** Whether `text` starts with a capital letter (`/^\p{Lu}/u`). */
  capital: boolean
  /**
   * What the word alone says about it being a content word (`candidates`):
   * `never` (a stop word, also with a final `.`; no letter; one character;
   * starts with a digit or punctuation), `capitalised` (two characters, not
   * all capitals: only when capitalised inside a sentence) or `maybe`.
   */
  content: 'never' | 'capitalised' | 'maybe'
}

const upper = /^\p{Lu}/u

const words = new Map<string, WordInfo>()

/**
 * The keyphrase facts of a word as written, from a per-process cache.
 *
 * @param raw
 *   The word as written.
 * @returns
 *   Its facts.
 */
export function wordInfo(raw: string): WordInfo {
  let info = words.get(raw)
  if (info === undefined) {
    const cut = possessiveLength(raw)
    const possessive = cut > 0 && raw.length > 2
    const text = possessive ? raw.slice(0, raw.length - cut) : raw
    const lower = text.toLowerCase()
    const skip = stopWords.has(lower) || !hasLetter(text)
    info = {raw, first: undefined, text, lower, possessive, skip, stem: undefined, capital: upper.test(text), content: skip ? 'never' : contentClass(text, lower)}
    if (words.size >= 50_000) words.clear()
    words.set(raw, info)
  }
  return info
}

const letter = /\p{L}/u

/**
 * Whether a word has a letter (`/\p{L}/u.test(word)`), answering from ASCII
 * letters without the regex.
 *
 * @param word
 *   Word.
 * @returns
 *   Whether it has a letter.
 */
export function hasLetter(word: string): boolean {
  for (let index = 0; index < word.length; index++) {
    const code = word.charCodeAt(index)
    if (code > 127) return letter.test(word)
    const folded = code | 32
    if (folded >= 97 && folded <= 122) return true
  }
  return false
}

/**
 * Split the words of an nlcst tree into chunks: runs of words not broken by
 * punctuation, symbols, line breaks or stop words, one list per run.
 *
 * @param tree
 *   nlcst tree with positions (with or without retext-pos tags: words without
 *   one are tagged here, with the same results).
 * @returns
 *   Runs of tokens, in document order.
 */
export function tokenRuns(tree: Root): Token[][] {
  const runs: Token[][] = []
  for (const sentence of sentenceNodes(tree)) {
    let run: Token[] = []
    let initial = true
    const tags = new SentenceTags()
    const flush = (): void => {
      if (run.length > 0) runs.push(run)
      run = []
    }
    for (const child of sentence.children) {
      if (child.type === 'WordNode') {
        const only = child.children.length === 1 ? child.children[0] : undefined
        const raw = only && only.type === 'TextNode' ? only.value : nlcstToString(child)
        const data = child.data as {partOfSpeech?: string} | undefined
        const word = wordInfo(raw)
        const index = tags.push(word, data?.partOfSpeech)
        const start = child.position?.start.offset
        const end = child.position?.end.offset
        if (start === undefined || end === undefined) {
          flush()
          continue
        }
        if (word.skip) {
          // never part of a keyphrase: ends the run without allocating a token
          flush()
          initial = false
          continue
        }
        const {text, possessive} = word
        run.push({
          text,
          lower: word.lower,
          pos: tags.at(index),
          start,
          end: start + text.length,
          possessive,
          initial,
          stem: undefined,
          word
        })
        initial = false
        if (possessive) flush()
      } else if (child.type === 'WhiteSpaceNode') {
        if (child.value.includes('\n')) {
          flush()
          initial = true
        }
      } else if (child.type !== 'SourceNode') {
        flush()
        if (child.type === 'PunctuationNode' && /^[.!?:"“”]$/u.test(child.value)) initial = true
      }
    }
    flush()
  }
  return runs
}

/** The word-only tests of a content word (see `WordInfo.content`), for a word with a letter that is no stop word. */
function contentClass(text: string, lower: string): 'never' | 'capitalised' | 'maybe' {
  if (lower.endsWith('.') && stopWords.has(lower.slice(0, -1))) return 'never'
  if (text.length < 2) return 'never'
  if (/^[\p{N}\p{P}]/u.test(text)) return 'never'
  if (text.length === 2 && text !== text.toUpperCase()) return 'capitalised'
  return 'maybe'
}

/** Length of a trailing possessive marker (`'s`, `’s`, `'`, `’`), or 0. */
function possessiveLength(word: string): number {
  const last = word.charCodeAt(word.length - 1)
  if (last === 39 || last === 0x2019) return 1
  if (last === 115 || last === 83) {
    const before = word.charCodeAt(word.length - 2)
    if (before === 39 || before === 0x2019) return 2
  }
  return 0
}
