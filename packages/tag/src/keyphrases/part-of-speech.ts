import {readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {indexKnownLexicon, isKnownLexicon} from './known-lexicon.js'
import {type LexiconTable, scanLexicon} from './pos-lexicon.js'

/**
 * Part-of-speech tags exactly as retext-pos gives them (it runs
 * [`pos`](https://github.com/dariusk/pos-js)'s Brill tagger on the words of
 * each sentence), without its separate pass over the tree, its string
 * building per word and its eager load of the 4 MB lexicon at import.
 *
 * The tagger takes a word's first lexicon tag (`NN` when the word is not in
 * the lexicon, neither as written nor lowercased) and applies eight rules in
 * order, word by word from the start of the sentence. Only two look beyond
 * the word: rule 1 at the tag the previous word ended with, rule 6 at the
 * previous word. So a word's tag follows from the word, the previous word
 * and the previous word's final tag, which is what `tagWord` takes. The
 * rules' quirks are kept, `endsWith` included (it compares the *first*
 * occurrence of the suffix with the end, so `needed` does not end in `ed`).
 */

type Lexicon = Record<string, unknown>

/** How the lexicon is read: the scanned table, or (if its source ever stops scanning) the evaluated object. */
let lexicon: {table: LexiconTable} | {object: Lexicon} | undefined

/**
 * The pos lexicon, read on first use, once per process: indexed from its
 * source, by `indexKnownLexicon` when it is the known file (pos 0.4.2's), else
 * by `scanLexicon` (about 0.05-0.08 s of CPU with the read); evaluated only when the scan
 * rejects the source (about 0.3 s).
 */
function loadLexicon(): {table: LexiconTable} | {object: Lexicon} {
  if (!lexicon) {
    const require = createRequire(import.meta.url)
    try {
      const bytes = readFileSync(require.resolve('pos/lexicon.js'))
      lexicon = {table: isKnownLexicon(bytes) ? indexKnownLexicon(bytes) : scanLexicon(bytes)}
    } catch {
      lexicon = {object: require('pos/lexicon.js') as Lexicon}
    }
  }
  return lexicon
}

const firstTags = new Map<string, string>()

/** The tag before the rules: the first lexicon tag of the word (or of its lowercase), else `NN`. */
function firstTag(word: string): string {
  let tag = firstTags.get(word)
  if (tag === undefined) {
    tag = lexiconFirstTag(word)
    if (firstTags.size > 50_000) firstTags.clear()
    firstTags.set(word, tag)
  }
  return tag
}

/** `firstTag` without the cache. */
function lexiconFirstTag(word: string): string {
  const words = loadLexicon()
  return 'table' in words ? tableFirstTag(words.table, word) : objectFirstTag(words.object, word)
}

/**
 * pos's lookup on the lexicon object.
 *
 * @param words
 *   The lexicon object.
 * @param word
 *   The word as written.
 * @returns
 *   Its first tag.
 */
export function objectFirstTag(words: Lexicon, word: string): string {
  // Plain property access on purpose, as pos does: inherited names such
  // as `constructor` are found but are no arrays, so they get `NN`.
  let entry = words[word]
  if (!entry) entry = words[word.toLowerCase()]
  return Array.isArray(entry) ? String(entry[0]) : 'NN'
}

/**
 * The same lookup on the scanned table, whose object would inherit from
 * `Object.prototype`: an own entry gives its first tag; an inherited name
 * (`constructor`, `__proto__`, ...) is truthy and no array, so `NN` without
 * trying the lowercase; otherwise the lowercase's own entry, else `NN` (its
 * inherited names give `NN` too).
 *
 * @param table
 *   The scanned lexicon.
 * @param word
 *   The word as written.
 * @returns
 *   Its first tag.
 */
export function tableFirstTag(table: LexiconTable, word: string): string {
  const own = table.get(word)
  if (own !== undefined) return own
  if (word in Object.prototype) return 'NN'
  return table.get(word.toLowerCase()) ?? 'NN'
}

/** pos's `endsWith`: true when the first occurrence of `suffix` is at the end. */
function endsWith(word: string, suffix: string): boolean {
  if (suffix.length > word.length) return false
  return word.indexOf(suffix) === word.length - suffix.length
}

const twoLetters = /[a-zA-Z]{2}/

/**
 * The tag retext-pos gives a word.
 *
 * @param word
 *   The word as written (`toString` of its nlcst `WordNode`).
 * @param previousTag
 *   Final tag of the previous word of the sentence, `undefined` for the
 *   first word.
 * @param previousWord
 *   The previous word of the sentence, `undefined` for the first word.
 * @returns
 *   Penn Treebank tag (`NN`, `NNP`, `JJ`, `VBD`, ...).
 */
export function tagWord(word: string, previousTag: string | undefined, previousWord: string | undefined): string {
  return applyRules(word, firstTag(word), previousTag, previousWord)
}

/**
 * Whether a word's tag depends on the previous word's tag (rule 1 can only
 * fire on a first tag `VBD`, `VBP` or `VB`).
 *
 * @param first
 *   The word's first tag (`firstTag`).
 * @returns
 *   Whether `applyRules` needs `previousTag`.
 */
export function needsPreviousTag(first: string): boolean {
  return first === 'VBD' || first === 'VBP' || first === 'VB'
}

/**
 * Tags for the words of one sentence, computed on demand: a word's tag is
 * computed only when asked for, and the previous word's only when the rules
 * need it, so stop words and punctuation-like words are mostly never tagged.
 */
export class SentenceTags {
  private readonly words: TaggedWord[] = []
  private readonly tags: Array<string | undefined> = []

  /**
   * Add the next word of the sentence.
   *
   * @param word
   *   The word as written, with the slot its first tag is kept in (shared
   *   by every occurrence of the word).
   * @param known
   *   Its tag when a tagger ran before (retext-pos's `data.partOfSpeech`).
   * @returns
   *   The word's index.
   */
  push(word: TaggedWord, known: string | undefined): number {
    this.words.push(word)
    this.tags.push(known)
    return this.words.length - 1
  }

  /**
   * The tag of word `index` (as retext-pos gives it).
   *
   * @param index
   *   Index from `push`.
   * @returns
   *   Its tag.
   */
  at(index: number): string {
    const {words, tags} = this
    const known = tags[index]
    if (known !== undefined) return known
    // Walk back to the first word whose previous tag is not needed (or known), then forward.
    let from = index
    while (from > 0 && tags[from - 1] === undefined && needsPreviousTag(this.first(from))) from--
    let tag = ''
    for (let k = from; k <= index; k++) {
      const word = (words[k] as TaggedWord).raw
      const first = this.first(k)
      const previousTag = k > 0 && needsPreviousTag(first) ? this.at(k - 1) : undefined
      tag = applyRules(word, first, previousTag, k > 0 ? (words[k - 1] as TaggedWord).raw : undefined)
      tags[k] = tag
    }
    return tag
  }

  /** `firstTag` of word `index`, looked up once per distinct word (kept on the word). */
  private first(index: number): string {
    const word = this.words[index] as TaggedWord
    let first = word.first
    if (first === undefined) {
      first = lexiconFirstTag(word.raw)
      word.first = first
    }
    return first
  }
}

/** A word as written, with a slot for its first tag (`firstTag`), filled by `SentenceTags` on demand. */
export interface TaggedWord {
  /** The word as written. */
  readonly raw: string
  /** Its first tag, once looked up. */
  first: string | undefined
}

/**
 * Apply pos's eight rules, in order, to a word with its first tag.
 *
 * @param word
 *   The word as written.
 * @param first
 *   Its first tag (`firstTag`).
 * @param previousTag
 *   Final tag of the previous word (only needed when `needsPreviousTag(first)`).
 * @param previousWord
 *   The previous word of the sentence, `undefined` for the first word.
 * @returns
 *   Final tag.
 */
function applyRules(word: string, first: string, previousTag: string | undefined, previousWord: string | undefined): string {
  let tag = first
  // Rule 1: DT, {VBD | VBP | VB} -> DT, NN.
  if (previousTag === 'DT' && (tag === 'VBD' || tag === 'VBP' || tag === 'VB')) tag = 'NN'
  // Rule 2: a noun with a period is a URL or a number; so is a noun that parses as a number.
  if (tag.startsWith('N')) {
    if (word.includes('.')) tag = twoLetters.test(word) ? 'URL' : 'CD'
    if (!Number.isNaN(Number.parseFloat(word))) tag = 'CD'
  }
  // Rule 3: a noun ending in `ed` is a past participle.
  if (tag.startsWith('N') && endsWith(word, 'ed')) tag = 'VBN'
  // Rule 4: anything ending in `ly` is an adverb.
  if (endsWith(word, 'ly')) tag = 'RB'
  // Rule 5: a common noun ending in `al` is an adjective.
  if (tag.startsWith('NN') && endsWith(word, 'al')) tag = 'JJ'
  // Rule 6: a noun after `would` is a verb.
  if (previousWord !== undefined && tag.startsWith('NN') && isWould(previousWord)) tag = 'VB'
  // Rule 7: a common noun ending in `s` is plural.
  if (tag === 'NN' && endsWith(word, 's')) tag = 'NNS'
  // Rule 8: a common noun ending in `ing` is a gerund.
  if (tag.startsWith('NN') && endsWith(word, 'ing')) tag = 'VBG'
  return tag
}

/**
 * `word.toLowerCase() === 'would'`, lowercasing only five-unit words: no
 * other length lowercases to `would` (lowercasing never shortens a string;
 * the only expanding mapping, `İ`, adds a combining dot `would` lacks).
 */
function isWould(word: string): boolean {
  return word.length === 5 && word.toLowerCase() === 'would'
}
