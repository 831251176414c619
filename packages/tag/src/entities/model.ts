import {readFileSync} from 'node:fs'
import {type FeatureIndex, JoinedFeatureIndex} from './feature-index.js'
import {type Gazetteer, type GazetteerData, compileGazetteer} from './gazetteer.js'
import {type ModelSources, readPreparedModel} from './prepared-model.js'
import type {ConstantRows} from './token-rows.js'
import type {WordRows} from './word-rows.js'

/**
 * The entity model as stored (see `scripts/train-ner.js`). Version 1: one
 * JSON file with features and integer weights as arrays. Version 2 (what
 * `train-ner.js` writes; about 2x faster to load): `models/ner.json` with
 * the feature names joined by line feeds and no weights, and
 * `models/ner.weights`, the float32 weights as little-endian bytes (read
 * them together with `parseModel`).
 */
export interface ModelData {
  /** Format version: `1` or `2`. */
  version: number
  /** BIO labels, `O` first. */
  labels: string[]
  /** Feature names: a list (version 1), or joined by `\n` (version 2). */
  features: string[] | string
  /**
   * Weights, `labels.length` per feature: integers to divide by `scale`
   * (version 1), or the float32 values after that division (version 2).
   */
  weights: number[] | Float32Array
  /** Integer weights were divided by this. */
  scale: number
  /** Name lists. */
  gazetteer: GazetteerData
}

/** A loaded model, ready to score tokens. */
export interface Model {
  /** BIO labels, `O` first. */
  labels: string[]
  /** Feature name to its row in `weights`. */
  index: FeatureIndex
  /** Weights, `labels.length` per row. */
  weights: Float32Array
  /** Compiled name lists. */
  gazetteer: Gazetteer
  /** Per-process cache of word features (filled while tagging). */
  cache: Map<string, WordRows>
  /** Rows of the word-independent features (filled on first use). */
  constants: ConstantRows | undefined
}

let cached: Model | undefined

/**
 * Turn stored model data into a model.
 *
 * @param data
 *   Model data (version 1 or 2).
 * @returns
 *   Model.
 * @throws
 *   When features and weights do not match.
 */
export function compileModel(data: ModelData): Model {
  const {features, scale, labels} = data
  const stored = data.weights
  let weights: Float32Array
  if (stored instanceof Float32Array) {
    weights = stored
  } else {
    weights = new Float32Array(stored.length)
    for (let k = 0; k < stored.length; k++) weights[k] = (stored[k] as number) / scale
  }
  const rows = weights.length / labels.length
  let index: FeatureIndex
  if (typeof features === 'string') {
    if (!Number.isInteger(rows)) throw new Error(`Expected ${labels.length} weights per feature, got ${weights.length} in all`)
    index = new JoinedFeatureIndex(features, rows)
  } else {
    const map = new Map<string, number>()
    for (let row = 0; row < features.length; row++) map.set(features[row] as string, row)
    index = map
  }
  return {labels, index, weights, gazetteer: compileGazetteer(data.gazetteer), cache: new Map(), constants: undefined}
}

const littleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1

/**
 * Version 2 of version 1 model data: the same model (`compileModel` gives
 * the same rows and the same float32 weights).
 *
 * @param data
 *   Version 1 model data.
 * @returns
 *   Version 2 model data.
 * @throws
 *   When a feature name holds a line feed.
 */
export function packModel(data: ModelData): ModelData {
  const {features, weights} = data
  if (typeof features === 'string' || weights instanceof Float32Array) return data
  for (const name of features) if (name.includes('\n')) throw new Error(`Unexpected line feed in feature \`${name}\``)
  const values = new Float32Array(weights.length)
  // A zero weight is stored as +0, as version 1's JSON stores -0 (`Math.round(-0.2)`).
  for (let k = 0; k < weights.length; k++) values[k] = ((weights[k] as number) + 0) / data.scale
  return {...data, version: 2, features: features.join('\n'), weights: values}
}

/**
 * Version 2 model data as its two files: JSON without the weights, every
 * non-ASCII character escaped (`\u00e9`, so it reads as a one-byte string),
 * and the weights as little-endian float32 bytes.
 *
 * @param data
 *   Version 2 model data (`packModel`).
 * @returns
 *   Text of `ner.json` (ends with a line feed) and bytes of `ner.weights`.
 * @throws
 *   When the data is not version 2.
 */
export function serializeModel(data: ModelData): {json: string; weights: Uint8Array} {
  const {weights, ...rest} = data
  if (data.version !== 2 || !(weights instanceof Float32Array)) throw new Error('Expected version 2 model data (see `packModel`)')
  const json = `${JSON.stringify(rest).replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}\n`
  const bytes = new Uint8Array(weights.length * 4)
  const view = new DataView(bytes.buffer)
  for (let k = 0; k < weights.length; k++) view.setFloat32(k * 4, weights[k] as number, true)
  return {json, weights: bytes}
}

/**
 * Model data from its stored files.
 *
 * @param json
 *   Text of the JSON file.
 * @param readWeights
 *   Reads the weights file (`ner.weights`), called for version 2 only.
 * @returns
 *   Model data.
 * @throws
 *   When the weights are not whole float32 values.
 */
export function parseModel(json: string, readWeights: () => Uint8Array): ModelData {
  const data = JSON.parse(json) as ModelData
  if (data.version === 2) {
    const bytes = readWeights()
    if (bytes.length % 4 !== 0) throw new Error(`Expected whole float32 weights, got ${bytes.length} bytes`)
    const weights = new Float32Array(bytes.length / 4)
    if (littleEndian) new Uint8Array(weights.buffer).set(bytes)
    else {
      const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.length)
      for (let k = 0; k < weights.length; k++) weights[k] = view.getFloat32(k * 4, true)
    }
    data.weights = weights
  }
  return data
}

/**
 * The shipped entity model (`models/ner.json` and `models/ner.weights` in
 * this package), read once per process on first use: from its prepared
 * form when the build made one for these files.
 *
 * @returns
 *   Model.
 */
export function loadModel(): Model {
  if (!cached) {
    const sources = {json: readFileSync(new URL('../../models/ner.json', import.meta.url)), weights: readFileSync(new URL('../../models/ner.weights', import.meta.url))}
    cached = loadPrepared(sources) ?? compileModel(parseModel(sources.json.toString('utf8'), () => sources.weights))
  }
  return cached
}

/**
 * The model as prepared at build time (`dist/ner.prepared.bin`, see
 * `prepared-model.ts`): several times cheaper to load than compiling it.
 * The same path from `src/entities/` and `dist/entities/` (so source runs
 * use it once built); there is none before the first build, and a stale
 * one (the model was retrained since the build) is ignored.
 */
function loadPrepared(sources: ModelSources): Model | undefined {
  let bytes: Buffer
  try {
    bytes = readFileSync(new URL('../../dist/ner.prepared.bin', import.meta.url))
  } catch {
    return undefined
  }
  return readPreparedModel(bytes, sources)
}
