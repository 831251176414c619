import {isCandidate} from './features.js'
import {markGazetteer} from './gazetteer.js'
import type {Model} from './model.js'
import type {Token} from './tokenize.js'
import {type WordRows, wordRows} from './word-rows.js'

/** Rows of the features that do not depend on a word, per model. */
export interface ConstantRows {
  flags: Map<string, number>
  /** `pl=<label>` per label index. */
  label: number[]
  /** `pl2=<label2>|<label>` per label pair (`label2 * labels + label`). */
  labelPair: number[]
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
  const names = ['b', 'i', 'dl', 'dl|i', 'dc|i', 'cw', 'cw|i', 'fn-1', 't-1', 'os+1', 'os+2', 'w-1=<s>', 'w-2=<s>', 'w+1=</s>', 'w+2=</s>', 'sh-1=<s>', 'sh+1=</s>']
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
    labelPair: labels.flatMap((l2) => labels.map((l) => row(`pl2=${l2}|${l}`)))
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
export function tokenRows(tokens: readonly Token[], model: Model): {rows: Array<number[] | undefined>; words: WordRows[]} {
  const constants = constantRows(model)
  const flag = (name: string): number => constants.flags.get(name) ?? -1
  const words = tokens.map((t) => wordRows(model, t.text))
  const marks = markGazetteer(
    tokens.map((t) => t.text),
    model.gazetteer
  )
  const seenLower = new Set<string>()
  const seenCapitalMid = new Set<string>()
  for (const [index, token] of tokens.entries()) {
    const info = words[index] as WordRows
    if (!info.hasUpper) seenLower.add(info.lower)
    else if (!token.initial) seenCapitalMid.add(token.text)
  }
  const out: Array<number[] | undefined> = []
  for (let index = 0; index < tokens.length; index++) {
    const info = words[index] as WordRows
    if (!info.hasUpper && !isCandidate(tokens, index)) {
      out.push(undefined)
      continue
    }
    const token = tokens[index] as Token
    const previous = words[index - 1]
    const next = words[index + 1]
    const rows = [flag('b'), ...info.self]
    rows.push(
      previous ? previous.before : flag('w-1=<s>'),
      next ? next.after : flag('w+1=</s>'),
      index > 1 ? (words[index - 2] as WordRows).before2 : flag('w-2=<s>'),
      words[index + 2]?.after2 ?? flag('w+2=</s>'),
      previous ? previous.shapeBefore : flag('sh-1=<s>'),
      next ? next.shapeAfter : flag('sh+1=</s>'),
      pairRow(model, previous, info.shape, 'before'),
      pairRow(model, next, info.shape, 'after')
    )
    if (token.initial) rows.push(flag('i'), info.initialShape)
    const mark = marks[index]
    if (mark) rows.push(flag(`g=${mark}`))
    const markBefore = marks[index - 1]
    if (markBefore) rows.push(flag(`g-1=${markBefore}`))
    const markAfter = marks[index + 1]
    if (markAfter) rows.push(flag(`g+1=${markAfter}`))
    if (info.hasUpper) {
      if (seenLower.has(info.lower)) rows.push(flag(token.initial ? 'dl|i' : 'dl'))
      if (token.initial && seenCapitalMid.has(token.text)) rows.push(flag('dc|i'))
      if (info.common) rows.push(flag(token.initial ? 'cw|i' : 'cw'))
    }
    if (previous?.given) rows.push(flag('fn-1'))
    if (next?.orgSuffix) rows.push(flag('os+1'))
    if (words[index + 2]?.orgSuffix) rows.push(flag('os+2'))
    if (previous?.title) rows.push(flag('t-1'))
    out.push(rows.filter((r) => r >= 0))
  }
  return {rows: out, words}
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
