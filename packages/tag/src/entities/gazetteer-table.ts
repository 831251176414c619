import {type FeatureTable, JoinedFeatureIndex} from './feature-index.js'
import type {CompiledGazetteer, Gazetteer, GazetteerPhrase, PhraseLookup, WordLookup} from './gazetteer.js'

/**
 * A compiled gazetteer flattened into one table of words, as a prepared
 * model stores it (see `prepared-model.ts`): no `Set` or `Map` to fill at
 * load, and a phrase list is parsed only when a text holds its first word.
 */
export interface GazetteerTableData {
  /** Every word of the four word sets and every first word of a phrase, joined by `\n`. */
  names: string
  /** Number of words in `names`. */
  count: number
  /** Hash table over `names` (`JoinedFeatureIndex`). */
  table: FeatureTable
  /** Per word: its set flags (`given` 1, `demonyms` 2, `common` 4, `surnames` 8) plus 16 times (its phrase list + 1). */
  values: Int32Array
  /** The phrase lists, each as the JSON of its `GazetteerPhrase` array, one after the other. */
  lists: string
  /** Where each list ends in `lists`. */
  listEnds: Int32Array
}

const given = 1
const demonym = 2
const common = 4
const surname = 8
const listShift = 4

/**
 * Flatten a compiled gazetteer for storage.
 *
 * @param gazetteer
 *   Gazetteer from `compileGazetteer`.
 * @returns
 *   Its table data (words in first-seen order: phrases, then the sets).
 * @throws
 *   When a word holds a line feed.
 */
export function flattenGazetteer(gazetteer: CompiledGazetteer): GazetteerTableData {
  const words = new Map<string, number>()
  const add = (word: string, value: number): void => {
    if (word.includes('\n')) throw new Error(`Unexpected line feed in gazetteer word \`${word}\``)
    words.set(word, (words.get(word) ?? 0) | value)
  }
  const lists: string[] = []
  const listEnds: number[] = []
  let end = 0
  for (const [first, list] of gazetteer.phrases) {
    add(first, (lists.length + 1) << listShift)
    // Non-ASCII escaped, so the lists are stored one byte a character.
    const json = JSON.stringify(list).replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
    lists.push(json)
    end += json.length
    listEnds.push(end)
  }
  for (const word of gazetteer.given) add(word, given)
  for (const word of gazetteer.demonyms) add(word, demonym)
  for (const word of gazetteer.common) add(word, common)
  for (const word of gazetteer.surnames) add(word, surname)
  const names = [...words.keys()]
  const index = new JoinedFeatureIndex(names.join('\n'), names.length)
  return {names: names.join('\n'), count: names.length, table: index.table(), values: Int32Array.from(words.values()), lists: lists.join(''), listEnds: Int32Array.from(listEnds)}
}

/** The words of a flattened gazetteer, with their values. */
class GazetteerWords {
  private readonly index: JoinedFeatureIndex
  private readonly values: Int32Array

  constructor(data: GazetteerTableData) {
    if (data.values.length !== data.count) throw new Error(`Expected ${data.count} gazetteer values, got ${data.values.length}`)
    this.index = new JoinedFeatureIndex(data.names, data.count, data.table)
    this.values = data.values
  }

  value(word: string): number {
    const row = this.index.get(word)
    return row === undefined ? 0 : (this.values[row] as number)
  }
}

/** One of the four word sets, as a view on the words. */
class FlagLookup implements WordLookup {
  private readonly words: GazetteerWords
  private readonly flag: number

  constructor(words: GazetteerWords, flag: number) {
    this.words = words
    this.flag = flag
  }

  has(word: string): boolean {
    return (this.words.value(word) & this.flag) !== 0
  }
}

/** The phrases, each list parsed on first use. */
class ListLookup implements PhraseLookup {
  private readonly words: GazetteerWords
  private readonly lists: string
  private readonly ends: Int32Array
  private readonly parsed: Array<GazetteerPhrase[] | undefined>

  constructor(words: GazetteerWords, lists: string, ends: Int32Array) {
    if (ends.length > 0 && ends[ends.length - 1] !== lists.length) throw new Error(`Expected gazetteer phrase lists of ${ends[ends.length - 1]} characters, got ${lists.length}`)
    this.words = words
    this.lists = lists
    this.ends = ends
    this.parsed = new Array<GazetteerPhrase[] | undefined>(ends.length).fill(undefined)
  }

  get(first: string): readonly GazetteerPhrase[] | undefined {
    const list = (this.words.value(first) >> listShift) - 1
    if (list === -1) return undefined
    let phrases = this.parsed[list]
    if (phrases === undefined) {
      const end = this.ends[list]
      if (end === undefined) throw new Error(`Unexpected gazetteer phrase list ${list} of ${this.ends.length}`)
      phrases = JSON.parse(this.lists.slice(list === 0 ? 0 : (this.ends[list - 1] as number), end)) as GazetteerPhrase[]
      this.parsed[list] = phrases
    }
    return phrases
  }
}

/**
 * A gazetteer on flattened data: the same answers as the compiled one it
 * was flattened from.
 *
 * @param data
 *   Data from `flattenGazetteer` (or read back from storage).
 * @returns
 *   Gazetteer.
 * @throws
 *   When the data does not hold together.
 */
export function tableGazetteer(data: GazetteerTableData): Gazetteer {
  const words = new GazetteerWords(data)
  return {
    phrases: new ListLookup(words, data.lists, data.listEnds),
    given: new FlagLookup(words, given),
    demonyms: new FlagLookup(words, demonym),
    common: new FlagLookup(words, common),
    surnames: new FlagLookup(words, surname)
  }
}
