import {type RowPrefix, rowSums} from './decode.js'
import {isConnectorCandidate} from './features.js'
import {foldWord} from './fold-word.js'
import {markGazetteer} from './gazetteer.js'
import type {Model} from './model.js'
import type {Token} from './tokenize.js'
import {neighbourRows, scoredRows, type WordRows, wordRows} from './word-rows.js'

/** Rows of the features that do not depend on a word, per model. */
export interface ConstantRows {
  flags: Map<string, number>
  /** `pl=<label>` per label index. */
  label: number[]
  /** `pl2=<label2>|<label>` per label pair (`label2 * labels + label`). */
  labelPair: number[]
  /** Whether label `k` may follow label `j` (BIO), as `transitions[j][k]`. */
  transitions: boolean[][]
  /** `cr=<length>|<position>` of a capitalised run, at `(length - 1) * 4 + position` (length 1-4, position 0-3). */
  run: number[]
}

/**
 * Rows of the features that do not depend on a word, cached on the model.
 *
 * @param model
 *   Loaded model.
 * @returns
 *   Constant rows.
 */
export function constantRows(model: Model): ConstantRows {
  if (model.constants) return model.constants
  const row = (name: string): number => model.index.get(name) ?? -1
  const flags = new Map<string, number>()
  const names = ['b', 'i', 'dl', 'dl|i', 'dc|i', 'cw', 'cw|i', 'fn-1', 'sn+1', 't-1', 'os+1', 'os+2', 'w-1=<s>', 'w-2=<s>', 'w+1=</s>', 'w+2=</s>', 'sh-1=<s>', 'sh+1=</s>']
  for (const name of names) flags.set(name, row(name))
  for (const type of ['LOC', 'ORG']) {
    for (const position of ['B-', 'I-']) {
      for (const prefix of ['g=', 'g-1=', 'g+1=']) flags.set(prefix + position + type, row(prefix + position + type))
    }
  }
  const {labels} = model
  model.constants = {
    flags,
    label: labels.map((l) => row(`pl=${l}`)),
    labelPair: labels.flatMap((l2) => labels.map((l) => row(`pl2=${l2}|${l}`))),
    transitions: labels.map((previous) => labels.map((label) => !label.startsWith('I-') || previous.slice(2) === label.slice(2))),
    run: Array.from({length: 16}, (_, k) => row(`cr=${Math.floor(k / 4) + 1}|${k % 4}`))
  }
  return model.constants
}

/**
 * The static features of every token as model rows: the same features as
 * `tokenFeatures` (which training uses), without building their names.
 *
 * @param tokens
 *   Tokens of one document.
 * @param model
 *   Loaded model.
 * @returns
 *   Per token, its feature rows, or `undefined` when it is no candidate.
 */
export function tokenRows(
  tokens: readonly Token[],
  model: Model
): {rows: Array<number[] | undefined>; words: WordRows[]; marks: string[]; prefixes: Array<RowPrefix | undefined>} {
  const constants = constantRows(model)
  const flag = flagRows(constants)
  const count = tokens.length
  const candidate: boolean[] = new Array<boolean>(count)
  const seenLower = new Set<string>()
  const seenCapitalMid = new Set<string>()
  // Runs of tokens with a capital letter, not crossing a sentence start: where each token's run starts.
  const runFrom = new Int32Array(count)
  for (let index = 0; index < count; index++) {
    const token = tokens[index] as Token
    const capital = hasUpper(token.text)
    runFrom[index] = capital && index > 0 && !token.initial && runFrom[index - 1] !== -1 ? (runFrom[index - 1] as number) : capital ? index : -1
    candidate[index] = capital || isConnectorCandidate(tokens, index)
    if (!capital) seenLower.add(isTypographic(token.text) ? foldWord(token.text).toLowerCase() : token.text)
    else if (!token.initial) seenCapitalMid.add(token.text)
  }
  const runTo = new Int32Array(count)
  for (let index = count - 1; index >= 0; index--) {
    runTo[index] = index + 1 < count && runFrom[index + 1] !== -1 && runFrom[index + 1] === runFrom[index] ? (runTo[index + 1] as number) : index
  }
  // Word rows only near candidates: the others are never looked at.
  const words: WordRows[] = new Array<WordRows>(count)
  for (let index = 0; index < count; index++) {
    if (!candidate[index]) continue
    for (let k = Math.max(0, index - 2); k <= Math.min(count - 1, index + 2); k++) {
      words[k] ??= wordRows(model, (tokens[k] as Token).text)
    }
  }
  const marks = markGazetteer(
    tokens.map((t) => t.text),
    model.gazetteer,
    candidate
  )
  const out: Array<number[] | undefined> = []
  const prefixes: Array<RowPrefix | undefined> = new Array<RowPrefix | undefined>(count)
  for (let index = 0; index < count; index++) {
    const info = words[index]
    if (!candidate[index] || !info) {
      out.push(undefined)
      continue
    }
    const token = tokens[index] as Token
    // Neighbours read within bounds: a read past either end would make the optimised code bail out and be compiled again.
    const word1 = index > 0 ? words[index - 1] : undefined
    const word2 = index > 1 ? words[index - 2] : undefined
    const after1 = index + 1 < count ? words[index + 1] : undefined
    const after2 = index + 2 < count ? words[index + 2] : undefined
    const previous = word1 && neighbourRows(model, word1)
    const next = after1 && neighbourRows(model, after1)
    const previous2 = word2 && neighbourRows(model, word2)
    const next2 = after2 && neighbourRows(model, after2)
    const rows = [flag.b]
    const self = scoredRows(model, info).self
    for (const row of self) rows.push(row)
    // The rows so far depend on the word alone: decoding starts from their sum, kept on the word.
    info.prefix ??= {sums: rowSums(model, rows), length: rows.length}
    prefixes[index] = info.prefix
    rows.push(
      previous ? previous.before : flag.before,
      next ? next.after : flag.after,
      previous2 ? previous2.before2 : flag.before2,
      next2 ? next2.after2 : flag.after2,
      previous ? previous.shapeBefore : flag.shapeBefore,
      next ? next.shapeAfter : flag.shapeAfter,
      pairRow(model, previous, info.shape, 'before'),
      pairRow(model, next, info.shape, 'after')
    )
    rows.push(tripleRow(model, info, previous, next))
    const from = runFrom[index] as number
    if (from >= 0) rows.push(constants.run[(Math.min(4, (runTo[index] as number) - from + 1) - 1) * 4 + Math.min(3, index - from)] as number)
    if (token.initial) rows.push(flag.i, info.initialShape)
    const mark = marks[index]
    if (mark) rows.push(markRow(constants, flag.mark, 'g=', mark))
    const markBefore = index > 0 ? marks[index - 1] : undefined
    if (markBefore) rows.push(markRow(constants, flag.markBefore, 'g-1=', markBefore))
    const markAfter = index + 1 < count ? marks[index + 1] : undefined
    if (markAfter) rows.push(markRow(constants, flag.markAfter, 'g+1=', markAfter))
    if (info.hasUpper) {
      if (seenLower.has(info.lower)) rows.push(token.initial ? flag.dlI : flag.dl)
      if (token.initial && seenCapitalMid.has(token.text)) rows.push(flag.dcI)
      if (info.common) rows.push(token.initial ? flag.cwI : flag.cw)
    }
    if (previous?.given) rows.push(flag.fn1)
    if (next?.surname) rows.push(flag.sn1)
    if (next?.orgSuffix) rows.push(flag.os1)
    if (after2?.orgSuffix) rows.push(flag.os2)
    if (previous?.title) rows.push(flag.t1)
    out.push(rows)
  }
  return {rows: out, words, marks, prefixes}
}

/** The rows of `ConstantRows.flags` as fields (no lookup by name per token). */
interface FlagRows {
  b: number
  i: number
  dl: number
  dlI: number
  dcI: number
  cw: number
  cwI: number
  fn1: number
  sn1: number
  t1: number
  os1: number
  os2: number
  before: number
  before2: number
  after: number
  after2: number
  shapeBefore: number
  shapeAfter: number
  /** Rows of `g=<mark>`, `g-1=<mark>`, `g+1=<mark>` by `markIndex` (`B-LOC`, `I-LOC`, `B-ORG`, `I-ORG`). */
  mark: number[]
  markBefore: number[]
  markAfter: number[]
}

const flagCache = new WeakMap<ConstantRows, FlagRows>()
const markNames = ['B-LOC', 'I-LOC', 'B-ORG', 'I-ORG']

function flagRows(constants: ConstantRows): FlagRows {
  let rows = flagCache.get(constants)
  if (rows) return rows
  const flag = (name: string): number => constants.flags.get(name) ?? -1
  rows = {
    b: flag('b'),
    i: flag('i'),
    dl: flag('dl'),
    dlI: flag('dl|i'),
    dcI: flag('dc|i'),
    cw: flag('cw'),
    cwI: flag('cw|i'),
    fn1: flag('fn-1'),
    sn1: flag('sn+1'),
    t1: flag('t-1'),
    os1: flag('os+1'),
    os2: flag('os+2'),
    before: flag('w-1=<s>'),
    before2: flag('w-2=<s>'),
    after: flag('w+1=</s>'),
    after2: flag('w+2=</s>'),
    shapeBefore: flag('sh-1=<s>'),
    shapeAfter: flag('sh+1=</s>'),
    mark: markNames.map((mark) => flag(`g=${mark}`)),
    markBefore: markNames.map((mark) => flag(`g-1=${mark}`)),
    markAfter: markNames.map((mark) => flag(`g+1=${mark}`))
  }
  flagCache.set(constants, rows)
  return rows
}

/** Row of `<prefix><mark>` (a gazetteer mark feature), from `rows` for the usual marks. */
function markRow(constants: ConstantRows, rows: readonly number[], prefix: string, mark: string): number {
  const known = markIndex(mark)
  return known >= 0 ? (rows[known] as number) : (constants.flags.get(prefix + mark) ?? -1)
}

function markIndex(mark: string): number {
  switch (mark) {
    case 'B-LOC':
      return 0
    case 'I-LOC':
      return 1
    case 'B-ORG':
      return 2
    case 'I-ORG':
      return 3
    default:
      return -1
  }
}

const typographic = /[’‘`“”«»–—]/u

/** `typographic.test(text)`, testing only texts with a backtick or a non-ASCII character. */
function isTypographic(text: string): boolean {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code > 127 || code === 96) return typographic.test(text)
  }
  return false
}

function hasUpper(text: string): boolean {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code >= 65 && code <= 90) return true
    if (code > 127) return /\p{Lu}/u.test(text)
  }
  return false
}

/** Row of `sh3=<shape before>|<shape>|<shape after>`, cached on the word by its neighbours' shape ids. */
function tripleRow(model: Model, info: WordRows, previous: WordRows | undefined, next: WordRows | undefined): number {
  const before = previous ? previous.shapeId : 0
  const after = next ? next.shapeId : 1
  const key = before >= 0 && after >= 0 ? before * 1_048_576 + after : -1
  const cached = key >= 0 ? info.shapeTriples.get(key) : undefined
  if (cached !== undefined) return cached
  const row = model.index.get(`sh3=${previous ? previous.shape : '<s>'}|${info.shape}|${next ? next.shape : '</s>'}`) ?? -1
  if (key >= 0) info.shapeTriples.set(key, row)
  return row
}

/** Row of `w-1|sh=<previous>|<shape>` or `sh|w+1=<shape>|<next>`, cached on the neighbour. */
function pairRow(model: Model, neighbour: WordRows | undefined, sh: string, side: 'before' | 'after'): number {
  const table = neighbour ? (side === 'before' ? neighbour.beforeWithShape : neighbour.afterWithShape) : undefined
  const cached = table?.get(sh)
  if (cached !== undefined) return cached
  const edge = side === 'before' ? '<s>' : '</s>'
  const word = neighbour ? neighbour.lower : edge
  const name = side === 'before' ? `w-1|sh=${word}|${sh}` : `sh|w+1=${sh}|${word}`
  const row = model.index.get(name) ?? -1
  table?.set(sh, row)
  return row
}
