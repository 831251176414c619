import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import {JoinedFeatureIndex} from '../src/entities/feature-index.js'
import {compileModel, loadModel, type ModelData, packModel, parseModel, serializeModel} from '../src/entities/model.js'

const name = fc.string({unit: fc.constantFrom('w', '=', 'a', 'é', '|', '<', 's', '😀', '\uD83D'), maxLength: 5})

describe('JoinedFeatureIndex', () => {
  test('answers as a Map filled in row order (a later duplicate wins)', () => {
    fc.assert(
      fc.property(fc.array(name, {maxLength: 30}), fc.array(name, {maxLength: 10}), (names, probes) => {
        const map = new Map<string, number>()
        for (const [row, n] of names.entries()) map.set(n, row)
        const index = new JoinedFeatureIndex(names.join('\n'), names.length)
        expect(index.size).toBe(map.size)
        for (const probe of [...names, ...probes]) expect(index.get(probe)).toBe(map.get(probe))
      })
    )
  })

  test('rejects a name count that does not match', () => {
    expect(() => new JoinedFeatureIndex('a\nb', 1)).toThrow(/feature names/)
    expect(() => new JoinedFeatureIndex('a\nb', 3)).toThrow(/feature names/)
    expect(() => new JoinedFeatureIndex('a', 0)).toThrow(/feature names/)
    expect(new JoinedFeatureIndex('', 0).get('')).toBeUndefined()
    expect(new JoinedFeatureIndex('', 1).get('')).toBe(0)
  })
})

describe('model format version 2', () => {
  const labels = ['O', 'B-PER', 'I-PER']
  const data = fc
    .uniqueArray(name, {maxLength: 12})
    .chain((features) =>
      fc.record({
        features: fc.constant(features),
        weights: fc.array(fc.integer({min: -40_000, max: 40_000}), {minLength: features.length * 3, maxLength: features.length * 3}),
        scale: fc.constantFrom(1, 100, 7)
      })
    )

  test('packModel + serializeModel + parseModel give the same model as version 1, from ASCII JSON', () => {
    fc.assert(
      fc.property(data, ({features, weights, scale}) => {
        const v1: ModelData = {version: 1, labels, scale, features, weights, gazetteer: {LOC: ['Paris'], ORG: [], GIVEN: ['Ann'], DEMONYM: [], COMMON: []}}
        const stored = serializeModel(packModel(v1))
        expect([...stored.json].every((c) => c.charCodeAt(0) < 0x80)).toBe(true)
        expect(stored.weights.length).toBe(weights.length * 4)
        const v2 = parseModel(stored.json, () => stored.weights)
        expect(v2.version).toBe(2)
        const a = compileModel(parseModel(JSON.stringify(v1), () => new Uint8Array()))
        const b = compileModel(v2)
        expect(b.weights).toEqual(a.weights)
        for (const feature of [...features, 'x', '']) expect(b.index.get(feature)).toBe(a.index.get(feature))
        expect(b.gazetteer).toEqual(a.gazetteer)
      })
    )
  })

  test('stores a zero weight as +0 (as version 1 JSON does); rejects bad input', () => {
    const v1: ModelData = {version: 1, labels: ['O'], scale: 100, features: ['a', 'b'], weights: [-0, 5], gazetteer: {LOC: [], ORG: [], GIVEN: [], DEMONYM: [], COMMON: []}}
    expect(Object.is(compileModel(packModel(v1)).weights[0], 0)).toBe(true)
    expect(() => packModel({...v1, features: ['a\nb', 'c']})).toThrow(/line feed/)
    expect(() => serializeModel(v1)).toThrow(/version 2/)
    const {json} = serializeModel(packModel(v1))
    expect(() => compileModel(parseModel(json, () => new Uint8Array(4)))).toThrow(/feature names/)
    expect(() => parseModel(json, () => new Uint8Array(3))).toThrow(/whole float32/)
  })

  test('the shipped model is version 2', () => {
    const model = loadModel()
    expect(model.index.size).toBe(model.weights.length / model.labels.length)
    expect(model.index.get('b')).toBeTypeOf('number')
  })
})
