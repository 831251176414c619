import {readFileSync} from 'node:fs'
import {describe, expect, test} from 'vitest'
import {scoreEntities} from '../scripts/score.js'
import {decode} from '../src/entities/decode.js'
import {labelFeatures, tokenFeatures} from '../src/entities/features.js'
import {tokenRows} from '../src/entities/token-rows.js'
import {tokenize} from '../src/entities/tokenize.js'
import {findEntities, loadModel} from '../src/index.js'

const slice = readFileSync(new URL('fixtures/entities/held-out.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => JSON.parse(line) as {id: string; text: string; entities: Array<{start: number; end: number; type: string}>})

describe('shipped model', () => {
  test('loads once per process', () => {
    const model = loadModel()
    expect(loadModel()).toBe(model)
    expect(model.labels[0]).toBe('O')
    expect(model.index.size).toBeGreaterThan(1000)
    expect(model.weights.length).toBe(model.index.size * model.labels.length)
  })

  test('scores above the floor on held-out news it was not trained on', () => {
    const predictions = new Map(slice.map((doc) => [doc.id, {entities: findEntities(doc.text)}]))
    const score = scoreEntities(slice, predictions)
    expect(score.ALL.gold).toBeGreaterThan(300)
    expect(score.ALL.f1).toBeGreaterThanOrEqual(0.78)
    expect(score.PER.f1).toBeGreaterThanOrEqual(0.7)
    expect(score.LOC.f1).toBeGreaterThanOrEqual(0.75)
    expect(score.ORG.f1).toBeGreaterThanOrEqual(0.55)
  })

  test('scores above the floor on the news gold written for this package', () => {
    const gold = readFileSync(new URL('../gold/entities.jsonl', import.meta.url), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as {id: string; text: string; entities: Array<{start: number; end: number; type: string}>})
    const score = scoreEntities(gold, new Map(gold.map((doc) => [doc.id, {entities: findEntities(doc.text)}])))
    expect(score.ALL.f1).toBeGreaterThanOrEqual(0.8)
  })

  test('the fast feature rows equal the named features training uses', () => {
    const model = loadModel()
    // The last text has family names of the name lists (`sn`, `sn+1`).
    for (const doc of [...slice.slice(0, 5), {text: 'Mary Adams met Anderson Cooper and John Acosta in Boston.'}]) {
      const tokens = tokenize(doc.text)
      const named = tokenFeatures(tokens, model.gazetteer)
      const {rows, words} = tokenRows(tokens, model)
      for (const [index, features] of named.entries()) {
        const fast = rows[index]
        if (!features || !fast) {
          expect(fast).toBe(features)
          continue
        }
        const expected = features.map((f) => model.index.get(f) ?? -1).filter((r) => r >= 0)
        expect(fast.filter((r) => r >= 0).sort((a, b) => a - b)).toEqual(expected.sort((a, b) => a - b))
        const labelRows = labelFeatures(features, 'B-PER', 'O').map((f) => model.index.get(f) ?? -1)
        const info = words[index]
        expect([info?.labelShape[1], info?.labelWord[1]]).toEqual(labelRows.slice(2))
      }
    }
  })

  test('decoding from the per-word row sums gives the labels of decoding from the rows alone', () => {
    const model = loadModel()
    let named = 0
    for (const doc of slice.slice(0, 20)) {
      const tokens = tokenize(doc.text)
      const {rows, words, prefixes} = tokenRows(tokens, model)
      const withPrefixes = decode(model, rows, words, [], prefixes)
      expect(withPrefixes).toEqual(decode(model, rows, words))
      named += withPrefixes.filter((label) => label !== 'O').length
    }
    expect(named).toBeGreaterThan(0)
  })
})
