import {franc} from 'franc-min'

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
 * Detect the language of a text with franc-min (82 languages with 1M+ speakers), from its
 * first 1000 characters.
 *
 * @param text The body text.
 * @returns The ISO 639-1 code (or `und`) and franc's ISO 639-3 code.
 */
export function detectLanguage(text: string): DetectedLanguage {
  // franc's cost grows with the text up to 2048 characters; the opening of an article is enough.
  const sample = text.length > sampleLength ? text.slice(0, text.lastIndexOf(' ', sampleLength) + 1 || sampleLength) : text
  const iso6393 = franc(sample, {minLength: minLanguageLength})
  return {language: iso6391[iso6393] ?? 'und', iso6393}
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
