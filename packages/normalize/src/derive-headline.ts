import {firstSentence} from './sentences.js'

/** Derived headlines are cut at a word boundary at or below this many characters. */
export const maxHeadlineLength = 140

const speech = '(?:said|says|say|told|tells|reported|reports|announced|announces|stated|added|warned|according to)'
// `, diplomats and officials from both countries said on Monday.`: a comma, a short subject
// (not a relative or subordinate clause) and a speech verb; whatever follows goes too.
const trailingAttribution = new RegExp(
  String.raw`,\s+(?!(?:which|who|whom|whose|that|as|after|before|when|while|because|but|and|or|although|though|if|where)\b)(?:[^,;"\u201C\u201D]{0,80}?\s)?${speech}\b`,
  'iu'
)
// `Officials said on Monday that ...` at the start.
const leadingAttribution = new RegExp(String.raw`^[^,"\u201C\u201D]{0,100}?\b${speech}\b[^,"\u201C\u201D]{0,40}?\bthat\s+`, 'iu')

/**
 * Derive a headline from a lede: its first sentence, without a trailing attribution and
 * what follows it (`..., officials said on Monday.`) or a leading one (`Officials said that ...`), without its
 * final period, cut at a word boundary with `…` when longer than `maxHeadlineLength`.
 *
 * @param lede The first paragraph of the body (after any dateline).
 * @returns The headline, or `undefined` when the lede has no words.
 */
export function deriveHeadline(lede: string): string | undefined {
  // A headline comes from the opening; a first sentence longer than this is cut anyway.
  let sentence = firstSentence(lede.slice(0, 2000))
  const stripped = sentence.replace(/[.!?\u3002]*["'\u201D\u2019]?$/u, '')
  const terminal = /([!?\uFF01\uFF1F])["'\u201D\u2019]?$/u.exec(sentence)?.[1] ?? ''
  sentence = stripped
  const trailing = trailingAttribution.exec(sentence)
  if (trailing && trailing.index > 20) sentence = sentence.slice(0, trailing.index)
  else if (terminal) sentence += terminal
  const leading = leadingAttribution.exec(sentence)
  if (leading && sentence.length - leading[0].length > 20) {
    const rest = sentence.slice(leading[0].length)
    sentence = rest.charAt(0).toUpperCase() + rest.slice(1)
  }
  sentence = sentence.replace(/[\s,;:\u2014\u2013-]+$/u, '').trim()
  if (!/[\p{L}\p{N}]/u.test(sentence)) return undefined
  if (sentence.length <= maxHeadlineLength) return sentence
  const cut = sentence.slice(0, maxHeadlineLength)
  const boundary = cut.lastIndexOf(' ')
  return `${(boundary > 40 ? cut.slice(0, boundary) : cut).replace(/[\s,;:]+$/u, '')}\u2026`
}
