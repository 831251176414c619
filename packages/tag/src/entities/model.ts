import {readFileSync} from 'node:fs'
import {type Gazetteer, type GazetteerData, compileGazetteer} from './gazetteer.js'
import type {ConstantRows} from './token-rows.js'
import type {WordRows} from './word-rows.js'

/** The entity model as stored in `models/ner.json` (see `scripts/train-ner.js`). */
export interface ModelData {
  /** Format version. */
  version: number
  /** BIO labels, `O` first. */
  labels: string[]
  /** Feature names. */
  features: string[]
  /** Weights, `labels.length` per feature, as integers. */
  weights: number[]
  /** Divide weights by this. */
  scale: number
  /** Name lists. */
  gazetteer: GazetteerData
}

/** A loaded model, ready to score tokens. */
export interface Model {
  /** BIO labels, `O` first. */
  labels: string[]
  /** Feature name to its row in `weights`. */
  index: Map<string, number>
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
 *   Model data.
 * @returns
 *   Model.
 */
export function compileModel(data: ModelData): Model {
  const {features, scale} = data
  const index = new Map<string, number>()
  for (let row = 0; row < features.length; row++) index.set(features[row] as string, row)
  const stored = data.weights
  const weights = new Float32Array(stored.length)
  for (let k = 0; k < stored.length; k++) weights[k] = (stored[k] as number) / scale
  return {labels: data.labels, index, weights, gazetteer: compileGazetteer(data.gazetteer), cache: new Map(), constants: undefined}
}

/**
 * The shipped entity model (`models/ner.json` in this package), read once
 * per process on first use.
 *
 * @returns
 *   Model.
 */
export function loadModel(): Model {
  if (!cached) {
    const url = new URL('../../models/ner.json', import.meta.url)
    cached = compileModel(JSON.parse(readFileSync(url, 'utf8')) as ModelData)
  }
  return cached
}
