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
  ranks: Map<string, Int32Array>
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
  let topScript: string | undefined
  let topShare = -1
  for (const [script, expression] of Object.entries(expressions)) {
    const share = (value.match(expression)?.length ?? 0) / value.length || 0
    if (share > topShare) {
      topShare = share
      topScript = script
    }
  }
  const models = topScript === undefined || !Object.hasOwn(data, topScript) ? undefined : modelsOf(topScript)
  if (topScript === undefined || models === undefined) return topScript === undefined || topShare === 0 ? 'und' : topScript
  // trigram-utils' `clean`, padded with a space on both sides.
  const cleaned = ` ${value
    .replace(/[\u0021-\u0040]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()} `
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
  let best = 0
  for (let language = 1; language < distances.length; language++) if ((distances[language] as number) < (distances[best] as number)) best = language
  return models.languages[best] ?? 'und'
}

function modelsOf(script: string): ScriptModels {
  let models = scriptModels.get(script)
  if (models) return models
  const lists = new Map<string, number[]>()
  const languages: string[] = []
  for (const [language, model] of Object.entries(data[script] ?? {})) {
    const position = languages.push(language) - 1
    // A trigram listed twice has its first rank, as in franc.
    const ranks = new Map<string, number>()
    model.split('|').forEach((trigram, rank) => {
      if (!ranks.has(trigram)) ranks.set(trigram, rank)
    })
    for (const [trigram, rank] of ranks) {
      const list = lists.get(trigram)
      if (list) list.push(position, rank)
      else lists.set(trigram, [position, rank])
    }
  }
  models = {languages, ranks: new Map([...lists].map(([trigram, list]) => [trigram, Int32Array.from(list)]))}
  scriptModels.set(script, models)
  return models
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
