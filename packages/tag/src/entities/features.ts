import type {Gazetteer} from './gazetteer.js'
import {foldWord} from './fold-word.js'
import {markGazetteer} from './gazetteer.js'
import {nameConnectors, orgSuffixes, personTitles} from './lexicon.js'
import {shape} from './shape.js'
import type {Token} from './tokenize.js'

const upper = /\p{Lu}/u
// Words made of one to three pinyin syllables (`Xiaolin`), or of Japanese
// syllables (`Akashi`): soft evidence for East Asian names.
const pinyin =
  /^(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|er|ia|ie|iu|ua|uo|ui|ue|a|o|e|i|u)){1,3}$/
const romaji = /^(?:(?:ky|sh|ch|ts|ry|ny|hy|my|gy|by|[kgsztdnhbpmyrwjf])?[aeiou]|n){2,5}$/

/**
 * Whether the tagger considers a token at all: it has a capital letter, or it
 * is a lower-case connector (`of`, `bin`, `al-...`) next to a capitalised word.
 * Every other token is outside any name.
 *
 * @param tokens
 *   Tokens of the text.
 * @param index
 *   Token index.
 * @returns
 *   Whether it can be part of a name.
 */
export function isCandidate(tokens: readonly Token[], index: number): boolean {
  if (upper.test(tokens[index]?.text ?? '')) return true
  return isConnectorCandidate(tokens, index)
}

const connectorPrefix = /^(?:al|el|ad|as|ash|an|bin|abu|ibn)-/u

/**
 * `isCandidate` for a token known to have no capital letter: whether it is a
 * lower-case connector next to a capitalised word.
 *
 * @param tokens
 *   Tokens of the text.
 * @param index
 *   Token index (its text has no capital letter).
 * @returns
 *   Whether it can be part of a name.
 */
export function isConnectorCandidate(tokens: readonly Token[], index: number): boolean {
  const text = tokens[index]?.text ?? ''
  if (!nameConnectors.has(text) && !(text.includes('-') && connectorPrefix.test(text))) return false
  return upper.test(tokens[index - 1]?.text ?? '') || upper.test(tokens[index + 1]?.text ?? '')
}

/**
 * Features of every token that does not depend on the labels before it.
 *
 * @param tokens
 *   Tokens of one document.
 * @param gazetteer
 *   Compiled gazetteer.
 * @returns
 *   Per token, its features, or `undefined` when it is no candidate.
 */
export function tokenFeatures(tokens: readonly Token[], gazetteer: Gazetteer): Array<string[] | undefined> {
  const words = tokens.map((t) => t.text)
  const lowers = words.map((w) => foldWord(w).toLowerCase())
  const shapes = words.map((w) => shape(foldWord(w)))
  const marks = markGazetteer(words, gazetteer)
  const seenLower = new Set<string>()
  const seenCapitalMid = new Set<string>()
  for (const [index, token] of tokens.entries()) {
    if (!upper.test(token.text)) seenLower.add(lowers[index] ?? '')
    else if (!token.initial) seenCapitalMid.add(token.text)
  }
  const out: Array<string[] | undefined> = []
  for (let index = 0; index < tokens.length; index++) {
    if (!isCandidate(tokens, index)) {
      out.push(undefined)
      continue
    }
    const token = tokens[index] as Token
    const word = words[index] ?? ''
    const lower = lowers[index] ?? ''
    const sh = shapes[index] ?? ''
    const previous = index > 0 ? (lowers[index - 1] ?? '') : '<s>'
    const next = lowers[index + 1] ?? '</s>'
    const features = [
      'b',
      `w=${lower}`,
      `p3=${lower.slice(0, 3)}`,
      `s2=${lower.slice(-2)}`,
      `s3=${lower.slice(-3)}`,
      `s4=${lower.slice(-4)}`,
      `sh=${sh}`,
      `w-1=${previous}`,
      `w+1=${next}`,
      `w-2=${index > 1 ? lowers[index - 2] : '<s>'}`,
      `w+2=${lowers[index + 2] ?? '</s>'}`,
      `sh-1=${index > 0 ? shapes[index - 1] : '<s>'}`,
      `sh+1=${shapes[index + 1] ?? '</s>'}`,
      `w-1|sh=${previous}|${sh}`,
      `sh|w+1=${sh}|${next}`
    ]
    features.push(`p4=${lower.slice(0, 4)}`, `sh3=${index > 0 ? shapes[index - 1] : '<s>'}|${sh}|${shapes[index + 1] ?? '</s>'}`)
    // Place in a run of capitalised words (`cr=<length>|<position>`), not crossing a sentence start.
    if (upper.test(word)) {
      let from = index
      while (from > 0 && upper.test(words[from - 1] ?? '') && !(tokens[from] as Token).initial) from--
      let to = index
      while (to < tokens.length - 1 && upper.test(words[to + 1] ?? '') && !(tokens[to + 1] as Token).initial) to++
      features.push(`cr=${Math.min(4, to - from + 1)}|${Math.min(3, index - from)}`)
    }
    if (token.initial) features.push('i', `i|sh=${sh}`)
    const mark = marks[index]
    if (mark) features.push(`g=${mark}`)
    const markBefore = marks[index - 1]
    if (markBefore) features.push(`g-1=${markBefore}`)
    const markAfter = marks[index + 1]
    if (markAfter) features.push(`g+1=${markAfter}`)
    if (upper.test(word)) {
      if (seenLower.has(lower)) features.push(token.initial ? 'dl|i' : 'dl')
      if (token.initial && seenCapitalMid.has(word)) features.push('dc|i')
      if (gazetteer.common.has(lower)) features.push(token.initial ? 'cw|i' : 'cw')
    }
    if (gazetteer.given.has(word)) features.push('fn')
    if (gazetteer.given.has(words[index - 1] ?? '')) features.push('fn-1')
    if (upper.test(word.charAt(0))) {
      if (pinyin.test(lower)) features.push('py')
      if (romaji.test(lower)) features.push('jp')
    }
    if (gazetteer.surnames.has(word)) features.push('sn')
    if (gazetteer.surnames.has(words[index + 1] ?? '')) features.push('sn+1')
    if (gazetteer.demonyms.has(word)) features.push('dem')
    if (orgSuffixes.has(word)) features.push('os')
    if (orgSuffixes.has(words[index + 1] ?? '')) features.push('os+1')
    if (orgSuffixes.has(words[index + 2] ?? '')) features.push('os+2')
    if (personTitles.has(words[index - 1] ?? '')) features.push('t-1')
    out.push(features)
  }
  return out
}

/**
 * Features that depend on the labels of the two tokens before.
 *
 * @param base
 *   The token's static features (`features[1]` is its word, `features[6]` its shape).
 * @param previous
 *   Label of the token before.
 * @param previous2
 *   Label of the token two before.
 * @returns
 *   Label features.
 */
export function labelFeatures(base: readonly string[], previous: string, previous2: string): string[] {
  return [`pl=${previous}`, `pl2=${previous2}|${previous}`, `pl=${previous}|${base[6]}`, `pl=${previous}|${base[1]}`]
}
