import {data} from 'franc-min/data.js'
import {expressions} from 'franc-min/expressions.js'

// ISO 639-3 -> 639-1 for every language franc-min knows that has a 639-1 code.
const iso6391: Record<string, string> = {
  arb: 'ar', azj: 'az', bel: 'be', ben: 'bn', bos: 'bs', bul: 'bg', ces: 'cs', ckb: 'ku', cmn: 'zh',
  deu: 'de', ell: 'el', eng: 'en', fra: 'fr', fuv: 'ff', guj: 'gu', hau: 'ha', hin: 'hi', hrv: 'hr',
  hun: 'hu', ibo: 'ig', ind: 'id', ita: 'it', jav: 'jv', jpn: 'ja', kan: 'kn', kaz: 'kk', kin: 'rw',
  kor: 'ko', lin: 'ln', mal: 'ml', mar: 'mr', mya: 'my', nld: 'nl', npi: 'ne', nya: 'ny', pan: 'pa',
  pbu: 'ps', pes: 'fa', plt: 'mg', pol: 'pl', por: 'pt', ron: 'ro', run: 'rn', rus: 'ru', sin: 'si',
  som: 'so', spa: 'es', srp: 'sr', sun: 'su', swe: 'sv', swh: 'sw', tam: 'ta', tel: 'te', tgl: 'tl',
  tha: 'th', tur: 'tr', ukr: 'uk', urd: 'ur', uzn: 'uz', vie: 'vi', yor: 'yo', zlm: 'ms', zul: 'zu',
  amh: 'am', zyb: 'za'
}

/** Result of language detection. */
export interface DetectedLanguage {
  /** ISO 639-1 code, or `und` when the language could not be told. */
  language: string
  /** The ISO 639-3 code franc returned (`und` when undetermined). */
  iso6393: string
}

/** How much of the text (in characters) franc looks at. */
const sampleLength = 1000

/** Texts shorter than this (in characters) are too short to tell. */
export const minLanguageLength = 20

/**
 * Detect the language of a text with franc-min's models and rules (82 languages with 1M+
 * speakers), from its first 1000 characters.
 *
 * @param text The body text.
 * @returns The ISO 639-1 code (or `und`) and franc's ISO 639-3 code.
 */
export function detectLanguage(text: string): DetectedLanguage {
  // franc's cost grows with the text up to 2048 characters; the opening of an article is enough.
  const sample = text.length > sampleLength ? text.slice(0, text.lastIndexOf(' ', sampleLength) + 1 || sampleLength) : text
  const iso6393 = francLanguage(sample, minLanguageLength)
  return {language: iso6391[iso6393] ?? 'und', iso6393}
}

/** franc's cap on the text it reads, and the distance of a trigram a model lacks. */
const francMaxLength = 2048
const maxDifference = 300

/** A script's models turned around: trigram -> the languages that have it, with its rank in each. */
interface ScriptModels {
  languages: string[]
  /** Per trigram: language index and rank, interleaved. */
  readonly ranks: Map<string, Int32Array>
  /** The same for trigrams of three units below U+0400, as 30-bit numbers. */
  readonly small: SmallIndex
}

interface SmallIndex {
  /** Open-addressing table (linear probing, size a power of two): trigram number, or -1 for an empty slot. */
  keys: Int32Array
  /** Per slot of `keys`: the trigram's index in `starts`. */
  ids: Int32Array
  /** Where each trigram's language index and rank pairs start in `ranks` (one more entry: the end). */
  starts: Int32Array
  /** Every trigram's language index and rank pairs, interleaved, one trigram after another. */
  ranks: Int32Array
}

const scriptModels = new Map<string, ScriptModels>()

/**
 * What `franc(value, {minLength})` returns, computed faster: franc scores a text against
 * every model of its script by looking up each of its trigrams in each model (about 40 for
 * Latin: two thirds of `normalize`'s time); here each trigram is looked up once, in an index
 * of the same models. Same script rule, trigrams, distances and tie order (the first
 * language of franc's data), so the same answer.
 */
function francLanguage(text: string, minLength: number): string {
  if (text.length < minLength) return 'und'
  const value = text.slice(0, francMaxLength)
  const counts = scriptCounts(value)
  let topScript: string | undefined
  let topShare = -1
  for (let index = 0; index < scripts.length; index++) {
    const share = (counts[index] as number) / value.length || 0
    if (share > topShare) {
      topShare = share
      topScript = scripts[index]
    }
  }
  const models = topScript === undefined || !Object.hasOwn(data, topScript) ? undefined : modelsOf(topScript)
  if (topScript === undefined || models === undefined) return topScript === undefined || topShare === 0 ? 'und' : topScript
  // An ASCII text is cleaned into code units in one pass, with no intermediate strings.
  const length = asciiCleaned(value)
  let distances: Float64Array | Int32Array | undefined = length < 0 ? undefined : codeTrigramDistances(cleanCodes, length, models)
  if (distances === undefined) {
    // trigram-utils' `clean`, padded with a space on both sides.
    const cleaned = ` ${value
      .replace(/[\u0021-\u0040]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .toLowerCase()} `
    distances = smallTrigramDistances(cleaned, models) ?? trigramDistances(cleaned, models)
  }
  let best = 0
  for (let language = 1; language < distances.length; language++) if ((distances[language] as number) < (distances[best] as number)) best = language
  return models.languages[best] ?? 'und'
}

/** Each language's distance: trigrams counted as strings. */
function trigramDistances(cleaned: string, models: ScriptModels): Float64Array {
  const counts = new Map<string, number>()
  for (let index = 0; index + 3 <= cleaned.length; index++) {
    const trigram = cleaned.slice(index, index + 3)
    counts.set(trigram, (counts.get(trigram) ?? 0) + 1)
  }
  const distances = new Float64Array(models.languages.length).fill(counts.size * maxDifference)
  for (const [trigram, count] of counts) {
    const ranks = models.ranks.get(trigram)
    if (ranks === undefined) continue
    for (let index = 0; index < ranks.length; index += 2) {
      const language = ranks[index] as number
      distances[language] = (distances[language] as number) + Math.abs(count - (ranks[index + 1] as number) - 1) - maxDifference
    }
  }
  return distances
}

// Scratch space of smallTrigramDistances (per model trigram: its count in the text).
let trigramCounts = new Int32Array(0)
const touched: number[] = []

/**
 * The same distances less one constant when every character of the text is below U+0400
 * (Latin text): each trigram is a 30-bit number (three 10-bit units), counted in an array by
 * its model number, without a string per trigram. The distances are sums of integers (exact,
 * in any order), and the trigrams no model has add the same to every language, so they are
 * left out: the closest language is the same. Undefined for other texts.
 */
function smallTrigramDistances(cleaned: string, models: ScriptModels): Int32Array | undefined {
  const length = cleaned.length
  if (cleanCodes.length < length) cleanCodes = new Uint16Array(length)
  for (let index = 0; index < length; index++) {
    const code = cleaned.charCodeAt(index)
    if (code >= 0x400) return undefined
    cleanCodes[index] = code
  }
  return codeTrigramDistances(cleanCodes, length, models)
}

// The cleaned text's code units (scratch space, grown as needed).
let cleanCodes = new Uint16Array(0)

/**
 * trigram-utils' `clean` of an ASCII text, padded with a space on both sides, written to
 * `cleanCodes` in one pass: `!` to `@` and whitespace become one space between words (none
 * at the ends), A-Z lower case. In ASCII that is all `clean` does.
 *
 * @returns The cleaned length, or -1 when the text has a character above U+007F.
 */
function asciiCleaned(value: string): number {
  if (cleanCodes.length < value.length + 2) cleanCodes = new Uint16Array(value.length + 2)
  const codes = cleanCodes
  let length = 0
  codes[length++] = 0x20
  let pending = false
  for (let index = 0; index < value.length; index++) {
    let code = value.charCodeAt(index)
    if (code >= 0x80) return -1
    // `\s` in ASCII is tab, LF, VT, FF, CR and space.
    if ((code >= 0x21 && code <= 0x40) || code === 0x20 || (code >= 0x09 && code <= 0x0d)) {
      pending = length > 1
      continue
    }
    if (code >= 0x41 && code <= 0x5a) code += 0x20
    if (pending) {
      codes[length++] = 0x20
      pending = false
    }
    codes[length++] = code
  }
  codes[length++] = 0x20
  return length
}

/** The distances of `smallTrigramDistances` from the first `length` code units (all below U+0400) of `codes`. */
function codeTrigramDistances(codes: Uint16Array, length: number, models: ScriptModels): Int32Array {
  const {keys, ids, starts, ranks} = models.small
  if (trigramCounts.length < starts.length) trigramCounts = new Int32Array(starts.length)
  const counts = trigramCounts
  const mask = keys.length - 1
  touched.length = 0
  let key = 0
  for (let index = 0; index < length; index++) {
    key = ((key & 0xfffff) << 10) | (codes[index] as number)
    if (index < 2) continue
    let slot = slotOf(key, mask)
    while (keys[slot] !== key && keys[slot] !== -1) slot = (slot + 1) & mask
    if (keys[slot] === -1) continue
    const id = ids[slot] as number
    const count = (counts[id] as number) + 1
    counts[id] = count
    if (count === 1) touched.push(id)
  }
  // Integers all along (at most 2048 trigrams of 300 each): an Int32Array adds them without doubles.
  const distances = new Int32Array(models.languages.length).fill(touched.length * maxDifference)
  for (const id of touched) {
    const count = counts[id] as number
    counts[id] = 0
    const end = starts[id + 1] as number
    for (let index = starts[id] as number; index < end; index += 2) {
      const language = ranks[index] as number
      distances[language] = (distances[language] as number) + Math.abs(count - (ranks[index + 1] as number) - 1) - maxDifference
    }
  }
  return distances
}

/** A trigram number's first slot in a table of `mask + 1` slots (Fibonacci hashing). */
function slotOf(key: number, mask: number): number {
  return (Math.imul(key, 0x9e37_79b1) >>> 16) & mask
}

/**
 * Both distance computations of a cleaned text (trigram-utils' `clean`, padded) for one of
 * franc's scripts, for tests: when the numbered one applies, it equals the plain one less the
 * same constant for every language.
 *
 * @internal
 */
export function distancesOf(cleaned: string, script: string): {numbered: Int32Array | undefined; plain: Float64Array} {
  const models = modelsOf(script)
  return {numbered: smallTrigramDistances(cleaned, models), plain: trigramDistances(cleaned, models)}
}

/**
 * `asciiCleaned` as a string (undefined for a text with a character above U+007F), for tests.
 *
 * @internal
 */
export function asciiClean(value: string): string | undefined {
  const length = asciiCleaned(value)
  return length < 0 ? undefined : String.fromCharCode(...cleanCodes.subarray(0, length))
}

const scripts = Object.keys(expressions)

/** Per BMP code unit (surrogates aside): bit i set when script expression i matches it; -1 until first asked. */
let scriptBits: Int32Array | undefined

/**
 * How many matches each script expression has in the text (`value.match(expression).length`).
 * Each expression is a set of single BMP characters or surrogate pairs, so in a text without
 * surrogates every character matches on its own: counted per character from a table filled on
 * first sight. A text with a surrogate uses the expressions.
 */
function scriptCounts(value: string): number[] {
  const counts = new Array<number>(scripts.length).fill(0)
  if (/[\ud800-\udfff]/.test(value)) {
    scripts.forEach((script, index) => {
      counts[index] = value.match(expressions[script] as RegExp)?.length ?? 0
    })
    return counts
  }
  scriptBits ??= new Int32Array(0x10000).fill(-1)
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index)
    let bits = scriptBits[code] as number
    if (bits === -1) bits = scriptBits[code] = charScripts(String.fromCharCode(code))
    for (let script = 0; bits !== 0; script++, bits >>>= 1) if (bits & 1) counts[script] = (counts[script] as number) + 1
  }
  return counts
}

const singleCharacter = scripts.map((script) => new RegExp(`^(?:${(expressions[script] as RegExp).source})$`))

function charScripts(character: string): number {
  let bits = 0
  singleCharacter.forEach((expression, index) => {
    if (expression.test(character)) bits |= 1 << index
  })
  return bits
}

function modelsOf(script: string): ScriptModels {
  let models = scriptModels.get(script)
  if (models) return models
  const languages = Object.keys(data[script] ?? {})
  let ranks: Map<string, Int32Array> | undefined
  let small: SmallIndex | undefined
  models = {
    languages,
    // Each index is built when first needed: Latin texts need only the numbered one.
    get ranks() {
      ranks ??= stringIndex(script)
      return ranks
    },
    get small() {
      small ??= smallIndex(script)
      return small
    }
  }
  scriptModels.set(script, models)
  return models
}

/** Each trigram of a script's models -> language index and rank, interleaved (a trigram listed twice has its first rank, as in franc). */
function stringIndex(script: string): Map<string, Int32Array> {
  const lists = new Map<string, number[]>()
  Object.values(data[script] ?? {}).forEach((model, position) => {
    const seen = new Set<string>()
    model.split('|').forEach((trigram, rank) => {
      if (seen.has(trigram)) return
      seen.add(trigram)
      const list = lists.get(trigram)
      if (list) list.push(position, rank)
      else lists.set(trigram, [position, rank])
    })
  })
  return new Map([...lists].map(([trigram, list]) => [trigram, Int32Array.from(list)]))
}

/** The same for the trigrams of three units below U+0400, numbered. */
function smallIndex(script: string): SmallIndex {
  const numbers = new Map<number, number>()
  const lists: number[][] = []
  Object.values(data[script] ?? {}).forEach((model, position) => {
    const seen = new Set<number>()
    model.split('|').forEach((trigram, rank) => {
      if (trigram.length !== 3) return
      const [a, b, c] = [trigram.charCodeAt(0), trigram.charCodeAt(1), trigram.charCodeAt(2)]
      if (a >= 0x400 || b >= 0x400 || c >= 0x400) return
      const key = (a << 20) | (b << 10) | c
      if (seen.has(key)) return
      seen.add(key)
      const id = numbers.get(key)
      if (id === undefined) numbers.set(key, lists.push([position, rank]) - 1)
      else lists[id]?.push(position, rank)
    })
  })
  let size = 16
  while (size < numbers.size * 2) size *= 2
  const keys = new Int32Array(size).fill(-1)
  const ids = new Int32Array(size)
  for (const [key, id] of numbers) {
    let slot = slotOf(key, size - 1)
    while (keys[slot] !== -1) slot = (slot + 1) & (size - 1)
    keys[slot] = key
    ids[slot] = id
  }
  const starts = new Int32Array(lists.length + 1)
  lists.forEach((list, id) => {
    starts[id + 1] = (starts[id] as number) + list.length
  })
  return {keys, ids, starts, ranks: Int32Array.from(lists.flat())}
}

/**
 * Reduce a language tag given by a source (`en-US`, `eng`, `EN`) to ISO 639-1.
 *
 * @param tag The tag as given.
 * @returns The 2-letter code, or `undefined` when the tag is not usable.
 */
export function languageFromTag(tag: string): string | undefined {
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0] ?? ''
  if (/^[a-z]{2}$/.test(primary)) return primary
  if (/^[a-z]{3}$/.test(primary)) return iso6391[primary] ?? (primary === 'zho' || primary === 'chi' ? 'zh' : undefined)
  return undefined
}
