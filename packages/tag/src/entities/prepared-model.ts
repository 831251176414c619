import {createHash} from 'node:crypto'
import {JoinedFeatureIndex} from './feature-index.js'
import {compileGazetteer} from './gazetteer.js'
import {type GazetteerTableData, flattenGazetteer, tableGazetteer} from './gazetteer-table.js'
import type {Model, ModelData} from './model.js'

/**
 * A prepared model: what `compileModel` builds at load (the feature hash
 * table, the gazetteer's sets and phrase lists), computed at build time
 * (`tools/prepare-model.js` writes `dist/ner.prepared.bin`) and read back as
 * typed arrays over the file's bytes. It holds the SHA-256 of the model's
 * own files (`models/ner.json`, `models/ner.weights`), so a model retrained
 * after the build is never read through a stale preparation; the weights
 * stay in `ner.weights`.
 *
 * Layout: the 8 bytes `CDNERPM1`, a little-endian uint32 header length, the
 * header (ASCII JSON: digest, labels, section places), then the sections,
 * each at a multiple of 8 bytes: strings as Latin-1 (UTF-8 when they hold
 * a character past U+00FF, UTF-16LE if one is a lone surrogate) and
 * little-endian int32 arrays.
 */

/** Names the layout: change it with the layout, so a build of other code is ignored, not misread. */
const magic = 'CDNERPM1'
const littleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1

/** The model's own files, as read. */
export interface ModelSources {
  /** Bytes of `ner.json`. */
  json: Uint8Array
  /** Bytes of `ner.weights`. */
  weights: Uint8Array
}

/** A section: byte offset and length, and for a string its encoding. */
type Place = [offset: number, length: number, encoding?: Encoding]

/** How a string section is stored. */
type Encoding = 'latin1' | 'utf8' | 'utf16le'

interface Header {
  digest: string
  labels: string[]
  features: {count: number; size: number; names: Place; slots: Place; starts: Place}
  gazetteer: {count: number; size: number; names: Place; slots: Place; starts: Place; values: Place; lists: Place; listEnds: Place}
}

/** Hex SHA-256 of the two files (with their lengths, so no boundary is ambiguous). */
function digestOf(sources: ModelSources): string {
  return createHash('sha256').update(`${sources.json.length} ${sources.weights.length}\n`).update(sources.json).update(sources.weights).digest('hex')
}

/**
 * Prepare a model for fast loading.
 *
 * @param data
 *   Version 2 model data, as `parseModel` reads it from `sources`.
 * @param sources
 *   The model's files.
 * @returns
 *   Bytes of the prepared model (the same bytes for the same input).
 * @throws
 *   When the data is not version 2 or a name holds a line feed.
 */
export function prepareModel(data: ModelData, sources: ModelSources): Uint8Array {
  const {features, labels} = data
  if (data.version !== 2 || typeof features !== 'string') throw new Error('Expected version 2 model data (see `packModel`)')
  const count = sources.weights.length / 4 / labels.length
  const index = new JoinedFeatureIndex(features, count)
  const gazetteer = flattenGazetteer(compileGazetteer(data.gazetteer))
  const parts: Uint8Array[] = []
  let offset = 0
  const add = (bytes: Uint8Array, encoding?: Encoding): Place => {
    const place: Place = encoding ? [offset, bytes.length, encoding] : [offset, bytes.length]
    const padded = Math.ceil(bytes.length / 8) * 8
    parts.push(bytes, new Uint8Array(padded - bytes.length))
    offset += padded
    return place
  }
  const text = (value: string): Place => {
    if (!/[\u0100-\uffff]/.test(value)) return add(Buffer.from(value, 'latin1'), 'latin1')
    // UTF-8 is smaller; only a string with a lone surrogate would not read back.
    const utf8 = Buffer.from(value, 'utf8')
    return utf8.toString('utf8') === value ? add(utf8, 'utf8') : add(Buffer.from(value, 'utf16le'), 'utf16le')
  }
  const ints = (values: Int32Array): Place => {
    const bytes = new Uint8Array(values.length * 4)
    const view = new DataView(bytes.buffer)
    for (let k = 0; k < values.length; k++) view.setInt32(k * 4, values[k] as number, true)
    return add(bytes)
  }
  const table = index.table()
  const header: Header = {
    digest: digestOf(sources),
    labels,
    features: {count, size: table.size, names: text(features), slots: ints(table.slots), starts: ints(table.starts)},
    gazetteer: {
      count: gazetteer.count,
      size: gazetteer.table.size,
      names: text(gazetteer.names),
      slots: ints(gazetteer.table.slots),
      starts: ints(gazetteer.table.starts),
      values: ints(gazetteer.values),
      lists: text(gazetteer.lists),
      listEnds: ints(gazetteer.listEnds)
    }
  }
  const json = Buffer.from(JSON.stringify(header).replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`), 'latin1')
  const base = sectionsStart(json.length)
  const out = new Uint8Array(base + offset)
  out.set(Buffer.from(magic, 'latin1'))
  new DataView(out.buffer).setUint32(magic.length, json.length, true)
  out.set(json, magic.length + 4)
  let at = base
  for (const part of parts) {
    out.set(part, at)
    at += part.length
  }
  return out
}

/** Where the sections start (their offsets count from there), after a header of `length` bytes. */
function sectionsStart(length: number): number {
  return Math.ceil((magic.length + 4 + length) / 8) * 8
}

/**
 * Read a prepared model.
 *
 * @param bytes
 *   Bytes from `prepareModel`.
 * @param sources
 *   The model's files as they are now.
 * @returns
 *   The model (the same answers as `compileModel(parseModel(...))` on
 *   `sources`), or `undefined` when it was prepared from other files (a
 *   model retrained since the build), is in another format (does not start
 *   with `CDNERPM1`), or this machine is big-endian.
 * @throws
 *   When `bytes` start as a prepared model but do not hold together.
 */
export function readPreparedModel(bytes: Uint8Array, sources: ModelSources): Model | undefined {
  if (!littleEndian) return undefined
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length)
  // Another format (a build of another version of this code) is no error either: the caller compiles.
  if (bytes.length < magic.length + 4 || buffer.toString('latin1', 0, magic.length) !== magic) return undefined
  const length = buffer.readUInt32LE(magic.length)
  const base = sectionsStart(length)
  if (base > bytes.length) throw new Error(`Unexpected prepared model of ${bytes.length} bytes: header of ${length} bytes`)
  const header = JSON.parse(buffer.toString('latin1', magic.length + 4, magic.length + 4 + length)) as Header
  if (header.digest !== digestOf(sources)) return undefined
  const range = ([offset, size]: Place): number => {
    if (!(offset >= 0 && size >= 0 && base + offset + size <= bytes.length)) throw new Error(`Unexpected section at ${offset} (${size} bytes) in a prepared model of ${bytes.length} bytes`)
    return base + offset
  }
  const text = (place: Place): string => {
    const start = range(place)
    return buffer.toString(place[2] ?? 'latin1', start, start + place[1])
  }
  const ints = (place: Place): Int32Array => {
    const start = range(place)
    if (place[1] % 4 !== 0) throw new Error(`Unexpected int32 section of ${place[1]} bytes in a prepared model`)
    if ((bytes.byteOffset + start) % 4 === 0) return new Int32Array(bytes.buffer, bytes.byteOffset + start, place[1] / 4)
    return new Int32Array(bytes.slice(start, start + place[1]).buffer)
  }
  const {labels, features, gazetteer} = header
  const weights = float32(sources.weights)
  if (weights.length !== features.count * labels.length) throw new Error(`Expected ${features.count * labels.length} weights, got ${weights.length}: rebuild the package`)
  const data: GazetteerTableData = {
    names: text(gazetteer.names),
    count: gazetteer.count,
    table: {slots: ints(gazetteer.slots), starts: ints(gazetteer.starts), size: gazetteer.size},
    values: ints(gazetteer.values),
    lists: text(gazetteer.lists),
    listEnds: ints(gazetteer.listEnds)
  }
  return {
    labels,
    index: new JoinedFeatureIndex(text(features.names), features.count, {slots: ints(features.slots), starts: ints(features.starts), size: features.size}),
    weights,
    gazetteer: tableGazetteer(data),
    cache: new Map(),
    constants: undefined
  }
}

/** Little-endian float32 bytes as floats: a view when aligned, else a copy. */
function float32(bytes: Uint8Array): Float32Array {
  if (bytes.length % 4 !== 0) throw new Error(`Expected whole float32 weights, got ${bytes.length} bytes`)
  if (bytes.byteOffset % 4 === 0) return new Float32Array(bytes.buffer, bytes.byteOffset, bytes.length / 4)
  return new Float32Array(bytes.slice().buffer)
}
