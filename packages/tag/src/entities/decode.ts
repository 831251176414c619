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
 * Label tokens left to right with the model (greedy decoding).
 *
 * @param model
 *   Loaded model.
 * @param rows
 *   Static feature rows per token (`undefined` for tokens that cannot be in a name).
 * @param words
 *   The tokens' word rows (for the label features).
 * @returns
 *   One BIO label per token.
 */
export function decode(model: Model, rows: ReadonlyArray<readonly number[] | undefined>, words: readonly WordRows[]): string[] {
  const {labels, weights} = model
  const size = labels.length
  const constants = constantRows(model)
  const transitions = constants.transitions
  const scores = new Float64Array(size)
  const out: string[] = []
  let previous = 0
  let previous2 = 0
  for (let index = 0; index < rows.length; index++) {
    const base = rows[index]
    let best = 0
    if (base) {
      const info = words[index] as WordRows
      scores.fill(0)
      for (const row of base) addRow(scores, weights, row, size)
      addRow(scores, weights, constants.label[previous] ?? -1, size)
      addRow(scores, weights, constants.labelPair[previous2 * size + previous] ?? -1, size)
      addRow(scores, weights, info.labelShape[previous] ?? -1, size)
      addRow(scores, weights, info.labelWord[previous] ?? -1, size)
      let top = -Infinity
      const allowedHere = transitions[previous] as boolean[]
      for (let k = 0; k < size; k++) {
        if ((scores[k] as number) > top && allowedHere[k]) {
          top = scores[k] as number
          best = k
        }
      }
    }
    out.push(labels[best] ?? 'O')
    previous2 = previous
    previous = best
  }
  return out
}

function addRow(scores: Float64Array, weights: Float32Array, row: number, size: number): void {
  if (row < 0) return
  const offset = row * size
  for (let k = 0; k < size; k++) scores[k] = (scores[k] as number) + (weights[offset + k] as number)
}
