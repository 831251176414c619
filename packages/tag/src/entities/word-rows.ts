import {foldWord} from './fold-word.js'
import {orgSuffixes, personTitles} from './lexicon.js'
import type {Model} from './model.js'
import {shape} from './shape.js'

const upper = /\p{Lu}/u
const pinyin =
  /^(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|er|ia|ie|iu|ua|uo|ui|ue|a|o|e|i|u)){1,3}$/
const romaji = /^(?:(?:ky|sh|ch|ts|ry|ny|hy|my|gy|by|[kgsztdnhbpmyrwjf])?[aeiou]|n){2,5}$/

/**
 * What the tagger needs to know about one distinct word, with the model rows
 * of every feature that depends on the word alone: computed once per word
 * and process (see `features.ts` for the same features as strings).
 */
export interface WordRows {
  lower: string
  shape: string
  hasUpper: boolean
  given: boolean
  orgSuffix: boolean
  title: boolean
  common: boolean
  /** Rows of `w=`, `p3=`, `s2=`, `s3=`, `s4=`, `sh=`, `py`, `jp`, `fn`, `dem`, `os`. */
  self: number[]
  /** Row of `i|sh=` (used when the word opens a sentence). */
  initialShape: number
  /** Rows of `w-1=`, `w+1=`, `w-2=`, `w+2=`, `sh-1=`, `sh+1=` for this word as a neighbour. */
  before: number
  after: number
  before2: number
  after2: number
  shapeBefore: number
  shapeAfter: number
  /** Rows of `pl=<label>|sh=` and `pl=<label>|w=` per label index. */
  labelShape: number[]
  labelWord: number[]
  /** Rows of `w-1|sh=<this word>|<shape>` by the next word's shape, and `sh|w+1=<shape>|<this word>` by the previous word's shape. */
  beforeWithShape: Map<string, number>
  afterWithShape: Map<string, number>
}

/**
 * Rows of a word, from the model's per-process cache.
 *
 * @param model
 *   Loaded model.
 * @param word
 *   A token's text.
 * @returns
 *   Its rows (`-1` where the model has no such feature).
 */
export function wordRows(model: Model, word: string): WordRows {
  let rows = model.cache.get(word)
  if (rows) return rows
  if (model.cache.size > 200_000) model.cache.clear()
  const {index, gazetteer, labels} = model
  const row = (name: string): number => index.get(name) ?? -1
  const folded = foldWord(word)
  const lower = folded.toLowerCase()
  const sh = shape(folded)
  const self = [`w=${lower}`, `p3=${lower.slice(0, 3)}`, `s2=${lower.slice(-2)}`, `s3=${lower.slice(-3)}`, `s4=${lower.slice(-4)}`, `sh=${sh}`]
  if (upper.test(word.charAt(0))) {
    if (pinyin.test(lower)) self.push('py')
    if (romaji.test(lower)) self.push('jp')
  }
  const given = gazetteer.given.has(word)
  if (given) self.push('fn')
  if (gazetteer.demonyms.has(word)) self.push('dem')
  const orgSuffix = orgSuffixes.has(word)
  if (orgSuffix) self.push('os')
  rows = {
    lower,
    shape: sh,
    hasUpper: upper.test(word),
    given,
    orgSuffix,
    title: personTitles.has(word),
    common: gazetteer.common.has(lower),
    self: self.map(row).filter((r) => r >= 0),
    initialShape: row(`i|sh=${sh}`),
    before: row(`w-1=${lower}`),
    after: row(`w+1=${lower}`),
    before2: row(`w-2=${lower}`),
    after2: row(`w+2=${lower}`),
    shapeBefore: row(`sh-1=${sh}`),
    shapeAfter: row(`sh+1=${sh}`),
    labelShape: labels.map((label) => row(`pl=${label}|sh=${sh}`)),
    labelWord: labels.map((label) => row(`pl=${label}|w=${lower}`)),
    beforeWithShape: new Map(),
    afterWithShape: new Map()
  }
  model.cache.set(word, rows)
  return rows
}
