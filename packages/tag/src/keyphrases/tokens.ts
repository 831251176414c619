import type {Root} from 'nlcst'
import {toString as nlcstToString} from 'nlcst-to-string'
import {sentenceNodes} from '../text/sentences.js'
import {SentenceTags} from './part-of-speech.js'
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
  stem?: string
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
        const index = tags.push(raw, data?.partOfSpeech)
        const start = child.position?.start.offset
        const end = child.position?.end.offset
        if (start === undefined || end === undefined) {
          flush()
          continue
        }
        const cut = possessiveLength(raw)
        const isPossessive = cut > 0 && raw.length > 2
        const text = isPossessive ? raw.slice(0, raw.length - cut) : raw
        const lower = text.toLowerCase()
        if (stopWords.has(lower) || !hasLetter(text)) {
          // never part of a keyphrase: ends the run without allocating a token
          flush()
          initial = false
          continue
        }
        run.push({
          text,
          lower,
          pos: tags.at(index),
          start,
          end: start + text.length,
          possessive: isPossessive,
          initial
        })
        initial = false
        if (isPossessive) flush()
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
