import type {Model} from './model.js'
import {constantRows} from './token-rows.js'
import type {WordRows} from './word-rows.js'

/**
 * Whether `label` may follow `previous` in BIO: `I-X` only after `B-X` or `I-X`.
 *
 * @param previous
 *   Label before.
 * @param label
 *   Candidate label.
 * @returns
 *   Whether the sequence is valid.
 */
export function allowed(previous: string, label: string): boolean {
  return !label.startsWith('I-') || previous.slice(2) === label.slice(2)
}

/**
 * Label tokens with the best-scoring label sequence under the model (Viterbi
 * over the two labels before each token, which the label features read; BIO
 * constraints applied). Tokens without rows are `O`; two of them in a row
 * fix the history to `O O`, so the text is decoded in independent stretches
 * between such pairs.
 *
 * @param model
 *   Loaded model.
 * @param rows
 *   Static feature rows per token (`undefined` for tokens that cannot be in a name).
 * @param words
 *   The tokens' word rows (for the label features).
 * @param breaks
 *   Per token, whether no name may run into it from the token before (a
 *   line break between them); default: none.
 * @param prefixes
 *   Per token (optional), `rowSums` of the first `length` entries of its
 *   rows, which decoding then starts from instead of adding them again (the
 *   same additions in the same order, so the same scores to the last bit).
 * @returns
 *   One BIO label per token.
 */
export function decode(
  model: Model,
  rows: ReadonlyArray<readonly number[] | undefined>,
  words: readonly WordRows[],
  breaks: readonly boolean[] = [],
  prefixes: ReadonlyArray<RowPrefix | undefined> = []
): string[] {
  const count = rows.length
  const out: string[] = new Array<string>(count)
  let index = 0
  while (index < count) {
    if (!rows[index]) {
      out[index] = 'O'
      index++
      continue
    }
    let end = index + 1
    while (end < count && (rows[end] || rows[end - 1])) end++
    decodeStretch(model, rows, words, breaks, prefixes, index, end, out)
    index = end
  }
  return out
}

const none = Number.NEGATIVE_INFINITY
// Scratch buffers reused across calls (decoding is synchronous).
let back = new Uint8Array(0)
let scratch: {size: number; delta: Float64Array; next: Float64Array; base: Float64Array; local: Float64Array} | undefined

/**
 * Viterbi over tokens `from` to `to` (exclusive), whose history starts as `O O`.
 *
 * @param model
 *   Loaded model.
 * @param rows
 *   Static feature rows per token.
 * @param words
 *   Word rows per token.
 * @param breaks
 *   Per token, whether it cannot continue a name.
 * @param prefixes
 *   Per token, the sums of its first rows (see `decode`).
 * @param from
 *   First token.
 * @param to
 *   Token after the last.
 * @param out
 *   Labels, filled for the stretch.
 */
function decodeStretch(
  model: Model,
  rows: ReadonlyArray<readonly number[] | undefined>,
  words: readonly WordRows[],
  breaks: readonly boolean[],
  prefixes: ReadonlyArray<RowPrefix | undefined>,
  from: number,
  to: number,
  out: string[]
): void {
  const {labels, weights} = model
  const size = labels.length
  const states = size * size
  const constants = constantRows(model)
  const transitions = constants.transitions
  const labelRows = constants.label
  const labelPair = constants.labelPair
  if (!scratch || scratch.size !== size) scratch = {size, delta: new Float64Array(states), next: new Float64Array(states), base: new Float64Array(size), local: new Float64Array(size)}
  const {base, local} = scratch
  // `delta[a * size + b]`: best score of a path whose last two labels are `a`, `b`.
  let delta = scratch.delta
  let next = scratch.next
  delta.fill(none)
  delta[0] = 0
  // `back[(index - from) * states + a * size + b]`: the label before `a` on the best path ending `a`, `b` at `index`.
  if (back.length < (to - from) * states) back = new Uint8Array(Math.max((to - from) * states, back.length * 2))
  for (let index = from; index < to; index++) {
    const row = rows[index]
    const at = (index - from) * states
    next.fill(none)
    if (!row) {
      // Forced `O` (label 0).
      for (let b = 0; b < size; b++) {
        let top = none
        let before = 0
        for (let a = 0; a < size; a++) {
          const value = delta[a * size + b] as number
          if (value > top) {
            top = value
            before = a
          }
        }
        next[b * size] = top
        back[at + b * size] = before
      }
    } else {
      const info = words[index] as WordRows
      // Scores are sums in a fixed order (training decodes the same way): the token's rows in
      // order (the first ones as their per-word prefix sum), then per label `b` its label rows,
      // then per label `a` the label-pair row.
      const prefix = prefixes[index]
      if (prefix) base.set(prefix.sums)
      else base.fill(0)
      for (let r = prefix ? prefix.length : 0; r < row.length; r++) {
        const offset = (row[r] as number) * size
        if (offset < 0) continue
        for (let k = 0; k < size; k++) base[k] = (base[k] as number) + (weights[offset + k] as number)
      }
      const labelShape = info.labelShape
      const labelWord = info.labelWord
      const afterBreak = Boolean(breaks[index])
      for (let b = 0; b < size; b++) {
        // Skip dead states: no path ends in `b` (e.g. `I-X` after a label other than `B-X`/`I-X`).
        let alive = false
        for (let a = 0; a < size; a++) {
          if ((delta[a * size + b] as number) > none) {
            alive = true
            break
          }
        }
        if (!alive) continue
        const own = (labelRows[b] ?? -1) * size
        const shapeRow = (labelShape[b] ?? -1) * size
        const wordRow = (labelWord[b] ?? -1) * size
        for (let k = 0; k < size; k++) {
          let value = base[k] as number
          if (own >= 0) value += weights[own + k] as number
          if (shapeRow >= 0) value += weights[shapeRow + k] as number
          if (wordRow >= 0) value += weights[wordRow + k] as number
          local[k] = value
        }
        // After a break only what may follow `O`.
        const allowedHere = (afterBreak ? transitions[0] : transitions[b]) as boolean[]
        const target0 = b * size
        for (let a = 0; a < size; a++) {
          const value = delta[a * size + b] as number
          if (value === none) continue
          const pair = labelPair[a * size + b] ?? -1
          const offset = pair * size
          for (let k = 0; k < size; k++) {
            if (!allowedHere[k]) continue
            const score = value + (local[k] as number) + (pair >= 0 ? (weights[offset + k] as number) : 0)
            const target = target0 + k
            if (score > (next[target] as number)) {
              next[target] = score
              back[at + target] = a
            }
          }
        }
      }
    }
    const swap = delta
    delta = next
    next = swap
  }
  let bestState = 0
  for (let state = 1; state < states; state++) if ((delta[state] as number) > (delta[bestState] as number)) bestState = state
  let a = Math.floor(bestState / size)
  let b = bestState % size
  for (let index = to - 1; index >= from; index--) {
    out[index] = labels[b] ?? 'O'
    const before = back[(index - from) * states + a * size + b] as number
    b = a
    a = before
  }
}

/** The weights of a token's first rows, summed (see `rowSums`). */
export interface RowPrefix {
  /** Per label, the sum. */
  sums: Float64Array
  /** How many of the token's rows it covers. */
  length: number
}

/**
 * Sum the weights of some rows per label, from 0 in the order given (rows
 * below 0 skipped): what decoding adds for them.
 *
 * @param model
 *   Loaded model.
 * @param rows
 *   Feature rows.
 * @returns
 *   Sums, one per label.
 */
export function rowSums(model: Model, rows: readonly number[]): Float64Array {
  const size = model.labels.length
  const sums = new Float64Array(size)
  for (let r = 0; r < rows.length; r++) {
    const offset = (rows[r] as number) * size
    if (offset < 0) continue
    for (let k = 0; k < size; k++) sums[k] = (sums[k] as number) + (model.weights[offset + k] as number)
  }
  return sums
}
