import {existsSync, readFileSync} from 'node:fs'
import {isDeepStrictEqual} from 'node:util'
import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import {compileGazetteer, type Gazetteer, type GazetteerData} from '../src/entities/gazetteer.js'
import {flattenGazetteer, tableGazetteer} from '../src/entities/gazetteer-table.js'
import {compileModel, type Model, type ModelData, packModel, parseModel, serializeModel} from '../src/entities/model.js'
import {prepareModel, readPreparedModel} from '../src/entities/prepared-model.js'

const models = new URL('../models/', import.meta.url)
const word = fc.string({unit: fc.constantFrom('A', 'b', 'é', '’', ' ', '-', '.', '😀', '\uD83D', '|'), maxLength: 6})
const gazetteerData: fc.Arbitrary<GazetteerData> = fc.record({
  LOC: fc.array(word, {maxLength: 8}),
  ORG: fc.array(word, {maxLength: 8}),
  GIVEN: fc.array(word, {maxLength: 8}),
  DEMONYM: fc.array(word, {maxLength: 4}),
  COMMON: fc.array(word, {maxLength: 8}),
  SURNAME: fc.array(word, {maxLength: 4})
})

/** Words on which two gazetteers answer differently, of `probes` and every word of `data`. */
function gazetteerDifferences(a: Gazetteer, b: Gazetteer, data: GazetteerData, probes: Iterable<string>): string[] {
  const words = new Set(probes)
  for (const list of Object.values(data) as string[][]) {
    for (const name of list) for (const w of [name, name.toLowerCase(), ...name.split(/[ -]/)]) words.add(w)
  }
  return [...words].filter(
    (w) =>
      b.given.has(w) !== a.given.has(w) ||
      b.demonyms.has(w) !== a.demonyms.has(w) ||
      b.common.has(w) !== a.common.has(w) ||
      b.surnames.has(w) !== a.surnames.has(w) ||
      !isDeepStrictEqual(b.phrases.get(w), a.phrases.get(w))
  )
}

/** Expect two models to give the same rows, weights and gazetteer answers. */
function sameModel(a: Model, b: Model, data: ModelData, probes: string[]): void {
  expect(b.labels).toEqual(a.labels)
  expect(Buffer.compare(Buffer.from(b.weights.buffer, b.weights.byteOffset, b.weights.byteLength), Buffer.from(a.weights.buffer, a.weights.byteOffset, a.weights.byteLength))).toBe(0)
  expect(b.index.size).toBe(a.index.size)
  const features = typeof data.features === 'string' ? data.features.split('\n') : data.features
  expect([...features, ...probes].filter((name) => b.index.get(name) !== a.index.get(name))).toEqual([])
  expect(gazetteerDifferences(a.gazetteer, b.gazetteer, data.gazetteer, probes)).toEqual([])
}

describe('flattenGazetteer + tableGazetteer', () => {
  test('answer as the compiled gazetteer', () => {
    fc.assert(
      fc.property(gazetteerData, fc.array(word, {maxLength: 5}), (data, probes) => {
        const compiled = compileGazetteer(data)
        expect(gazetteerDifferences(compiled, tableGazetteer(flattenGazetteer(compiled)), data, probes)).toEqual([])
      })
    )
  })
})

describe('prepareModel + readPreparedModel', () => {
  const labels = ['O', 'B-PER', 'I-PER']
  const model = fc.uniqueArray(word, {maxLength: 12}).chain((features) =>
    fc.record({
      features: fc.constant(features.filter((f) => !f.includes('\n'))),
      weights: fc.array(fc.integer({min: -40_000, max: 40_000}), {minLength: features.length * 3, maxLength: features.length * 3}),
      gazetteer: gazetteerData,
      probes: fc.array(word, {maxLength: 5})
    })
  )

  test('round trip: the model read back answers as the compiled one', () => {
    fc.assert(
      fc.property(model, ({features, weights, gazetteer, probes}) => {
        const v1: ModelData = {version: 1, labels, scale: 100, features, weights: weights.slice(0, features.length * 3), gazetteer}
        const stored = serializeModel(packModel(v1))
        const sources = {json: Buffer.from(stored.json), weights: stored.weights}
        const data = parseModel(stored.json, () => stored.weights)
        const bytes = prepareModel(data, sources)
        expect(prepareModel(data, sources)).toEqual(bytes)
        const read = readPreparedModel(bytes, sources)
        expect(read).toBeDefined()
        sameModel(compileModel(data), read as Model, data, probes)
      })
    )
  })

  test('ignores a preparation of other model files or in another format; rejects a cut one', () => {
    const data: ModelData = {version: 1, labels: ['O'], scale: 100, features: ['a', 'b'], weights: [1, 2], gazetteer: {LOC: ['Paris'], ORG: [], GIVEN: [], DEMONYM: [], COMMON: []}}
    const stored = serializeModel(packModel(data))
    const sources = {json: Buffer.from(stored.json), weights: stored.weights}
    const bytes = prepareModel(parseModel(stored.json, () => stored.weights), sources)
    const retrained = new Uint8Array(stored.weights)
    retrained[0] = (retrained[0] as number) ^ 1
    expect(readPreparedModel(bytes, {...sources, weights: retrained})).toBeUndefined()
    expect(readPreparedModel(bytes, {...sources, json: Buffer.from(stored.json.replace('Paris', 'Parus'))})).toBeUndefined()
    // Another format: none; a cut one: an error.
    expect(readPreparedModel(new Uint8Array(40), sources)).toBeUndefined()
    expect(readPreparedModel(bytes.slice(0, 6), sources)).toBeUndefined()
    expect(() => readPreparedModel(bytes.slice(0, 20), sources)).toThrow(/prepared model/)
    expect(() => readPreparedModel(bytes.slice(0, bytes.length - 8), sources)).toThrow(/prepared model/)
    // A misaligned copy reads the same.
    const shifted = new Uint8Array(bytes.length + 1).subarray(1)
    shifted.set(bytes)
    expect(readPreparedModel(shifted, sources)?.index.get('b')).toBe(1)
  })
})

describe('the shipped model, prepared', () => {
  const json = readFileSync(new URL('ner.json', models))
  const weights = readFileSync(new URL('ner.weights', models))
  const data = parseModel(json.toString('utf8'), () => weights)
  const bytes = prepareModel(data, {json, weights})

  test('answers as the compiled model for every feature and every gazetteer word', () => {
    const read = readPreparedModel(bytes, {json, weights})
    expect(read).toBeDefined()
    sameModel(compileModel(data), read as Model, data, ['', 'w=the', 'w=The', 'zz|yy', 'McDonald'])
  })

  // `dist/ner.prepared.bin` exists once the package is built (`tools/prepare-model.js`).
  const built = new URL('../dist/ner.prepared.bin', import.meta.url)
  test.skipIf(!existsSync(built))('the build wrote this preparation of the shipped model files', () => {
    expect(Buffer.compare(readFileSync(built), bytes)).toBe(0)
  })
})
