import {foldWord} from './fold-word.js'
import {orgSuffixes, personTitles} from './lexicon.js'
import type {RowPrefix} from './decode.js'
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
  word: string
  lower: string
  shape: string
  hasUpper: boolean
  given: boolean
  surname: boolean
  orgSuffix: boolean
  title: boolean
  common: boolean
  /** Rows of `w=`, `p3=`, `p4=`, `s2=`, `s3=`, `s4=`, `sh=`, `py`, `jp`, `fn`, `sn`, `dem`, `os` (set by `scoredRows`). */
  self: number[] | undefined
  /** `b` and `self` rows summed (`rowSums`), which every scored token of this word starts with (set by `tokenRows`). */
  prefix: RowPrefix | undefined
  /** Row of `i|sh=` (used when the word opens a sentence). */
  initialShape: number
  /** Rows of `w-1=`, `w+1=`, `w-2=`, `w+2=`, `sh-1=`, `sh+1=` for this word as a neighbour (set by `neighbourRows`; `before` is -2 until then). */
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
  /** Small integer standing for `shape` in this process (`-1` when the table is full). */
  shapeId: number
  /** Rows of `sh3=<shape before>|<this shape>|<shape after>` by the neighbours' shape ids (`before * 2^20 + after`). */
  shapeTriples: Map<number, number>
}

// Shapes as small integers, per process (0 and 1 stand for the text's edges);
// past 2^16 distinct shapes new ones get -1 (looked up by name, not cached).
const shapeIds = new Map<string, number>()

function shapeIdOf(value: string): number {
  let id = shapeIds.get(value)
  if (id === undefined) {
    if (shapeIds.size >= 65_534) return -1
    id = shapeIds.size + 2
    shapeIds.set(value, id)
  }
  return id
}

/**
 * What the tagger knows about a word, from the model's per-process cache;
 * its feature rows are filled on demand by `scoredRows` and `neighbourRows`.
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
  const folded = foldWord(word)
  const lower = folded.toLowerCase()
  const sh = shape(folded)
  rows = {
    word,
    lower,
    shape: sh,
    shapeId: shapeIdOf(sh),
    hasUpper: upper.test(word),
    given: model.gazetteer.given.has(word),
    surname: model.gazetteer.surnames.has(word),
    orgSuffix: orgSuffixes.has(word),
    title: personTitles.has(word),
    common: model.gazetteer.common.has(lower),
    self: undefined,
    prefix: undefined,
    initialShape: -1,
    before: -2,
    after: -1,
    before2: -1,
    after2: -1,
    shapeBefore: -1,
    shapeAfter: -1,
    labelShape: [],
    labelWord: [],
    beforeWithShape: new Map(),
    afterWithShape: new Map(),
    shapeTriples: new Map()
  }
  model.cache.set(word, rows)
  return rows
}

/**
 * Fill the rows a word needs when the tagger scores it (computed once).
 *
 * @param model
 *   Loaded model.
 * @param rows
 *   The word's rows.
 * @returns
 *   The same rows, with `self`, `initialShape`, `labelShape` and `labelWord` set.
 */
export function scoredRows(model: Model, rows: WordRows): WordRows & {self: number[]} {
  if (rows.self) return rows as WordRows & {self: number[]}
  const {index, gazetteer, labels} = model
  const row = (name: string): number => index.get(name) ?? -1
  const {lower, shape: sh, word} = rows
  const self = [`w=${lower}`, `p3=${lower.slice(0, 3)}`, `p4=${lower.slice(0, 4)}`, `s2=${lower.slice(-2)}`, `s3=${lower.slice(-3)}`, `s4=${lower.slice(-4)}`, `sh=${sh}`]
  if (upper.test(word.charAt(0))) {
    if (pinyin.test(lower)) self.push('py')
    if (romaji.test(lower)) self.push('jp')
  }
  if (rows.given) self.push('fn')
  if (rows.surname) self.push('sn')
  if (gazetteer.demonyms.has(word)) self.push('dem')
  if (rows.orgSuffix) self.push('os')
  rows.self = self.map(row).filter((r) => r >= 0)
  rows.initialShape = row(`i|sh=${sh}`)
  rows.labelShape = labels.map((label) => row(`pl=${label}|sh=${sh}`))
  rows.labelWord = labels.map((label) => row(`pl=${label}|w=${lower}`))
  return rows as WordRows & {self: number[]}
}

/**
 * Fill the rows of a word seen as the neighbour of a scored word (computed once).
 *
 * @param model
 *   Loaded model.
 * @param rows
 *   The word's rows.
 * @returns
 *   The same rows, with `before`, `after`, `before2`, `after2`, `shapeBefore` and `shapeAfter` set.
 */
export function neighbourRows(model: Model, rows: WordRows): WordRows {
  if (rows.before !== -2) return rows
  const row = (name: string): number => model.index.get(name) ?? -1
  const {lower, shape: sh} = rows
  rows.before = row(`w-1=${lower}`)
  rows.after = row(`w+1=${lower}`)
  rows.before2 = row(`w-2=${lower}`)
  rows.after2 = row(`w+2=${lower}`)
  rows.shapeBefore = row(`sh-1=${sh}`)
  rows.shapeAfter = row(`sh+1=${sh}`)
  return rows
}
