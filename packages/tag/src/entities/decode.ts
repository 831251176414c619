import {labelFeatures} from './features.js'
import type {Model} from './model.js'

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
 * @param features
 *   Static features per token, `undefined` for tokens that cannot be in a name.
 * @returns
 *   One BIO label per token.
 */
export function decode(model: Model, features: ReadonlyArray<readonly string[] | undefined>): string[] {
  const {labels, index, weights} = model
  const size = labels.length
  const scores = new Float64Array(size)
  const out: string[] = []
  let previous = 'O'
  let previous2 = 'O'
  for (const base of features) {
    let label = 'O'
    if (base) {
      scores.fill(0)
      for (const list of [base, labelFeatures(base, previous, previous2)]) {
        for (const name of list) {
          const row = index.get(name)
          if (row === undefined) continue
          const offset = row * size
          for (let k = 0; k < size; k++) scores[k] = (scores[k] ?? 0) + (weights[offset + k] ?? 0)
        }
      }
      let best = -Infinity
      for (let k = 0; k < size; k++) {
        const candidate = labels[k] ?? 'O'
        const value = scores[k] ?? 0
        if (value > best && allowed(previous, candidate)) {
          best = value
          label = candidate
        }
      }
    }
    out.push(label)
    previous2 = previous
    previous = label
  }
  return out
}
