import type {Span} from '@copydesk/schema'
import {type Attribution, type AttributionContext, subject} from './attribute.js'
import {reportingVerbs} from './cues.js'
import {namesIn} from './speaker-index.js'
import {isWhitespace} from '../text/whitespace.js'
import {allMatches} from '../text/matches.js'

/** A reported clause with its attribution. */
export interface ReportedSpeech extends Span {
  attribution: Attribution
}

const directives = new Set(['asked', 'asks', 'urged', 'urges', 'continued', 'concluded', 'replied', 'responded', 'quipped', 'joked', 'reported', 'reports', 'cried', 'exclaimed', 'shouted', 'yelled', 'inquired', 'enquired', 'sneered', 'whispered', 'murmured', 'answered', 'answers', 'quoth', 'wondered', 'demanded', 'demands', 'pleaded', 'retorted', 'tweeted', 'posted'])
const verbs = new RegExp(`\\b(?:${reportingVerbs.split('|').filter((v) => !directives.has(v)).join('|')})\\b`, 'gu')
const according = /^According to\s+/u
const accordingLate = /,\s*according to\s+/giu
const designators = /^\s+(?:magazine|newspaper|daily|weekly|agency|news agency|report|website|television|radio|broadcaster|statement|spokesman|spokeswoman|officials?|ministry|study|survey|data|figures|sources?)\b/iu
const trailingTime = /^\s*(?:on|in|at|late|early|last|this)?\s*(?:\p{Lu}\p{Ll}+day|today|yesterday|tonight|week|month|year|a statement|an interview|a speech|a news conference|\p{Ll}+)?\s*[.!?]?\s*$/u
const skipAfterVerb = /^\s*(?:,\s*)?(?:(?:on|in|at)\s+(?:\p{Lu}\p{Ll}+day|a statement|an interview|a speech)\s*,?\s*)?(?:that\s+)?/u
const toldObject = /^\s+(?:reporters|journalists|the press|lawmakers|parliament|the \p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)*|\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)*)(?:\s+(?:on|in)\s+\p{Lu}\p{Ll}+day)?\s*(?:,\s*)?(?:that\s+)?/u

/**
 * Find reported (indirect) speech in one sentence with a speaker that
 * resolves to a name: `Li said there are ...`, `According to Li, ...`,
 * `..., Li said.`, `..., he said.`, `..., according to X.`.
 *
 * @param ctx
 *   Attribution context.
 * @param sentence
 *   Sentence span (inside one paragraph).
 * @returns
 *   The reported clause and attribution, or `undefined`.
 */
export function reportedSpeech(ctx: AttributionContext, sentence: Span): ReportedSpeech | undefined {
  const {text} = ctx
  const body = text.slice(sentence.start, sentence.end)
  const lead = according.exec(body)
  if (lead) {
    const nameStart = sentence.start + lead[0].length
    const comma = body.indexOf(',', lead[0].length)
    if (comma > 0) {
      const speaker = firstName(ctx, nameStart, sentence.start + comma)
      if (speaker) {
        const designator = designators.exec(text.slice(speaker.end, sentence.start + comma))
        const cueEnd = speaker.end + (designator ? designator[0].length : 0)
        return clause(text, sentence.start + comma + 1, sentence.end, {speaker, speakerSpan: speaker, cue: {start: sentence.start, end: cueEnd}, pronoun: false, confidence: 0.8})
      }
    }
  }
  accordingLate.lastIndex = 0
  const late = accordingLate.exec(body)
  if (late) {
    const speaker = firstName(ctx, sentence.start + late.index + late[0].length, sentence.end)
    if (speaker) {
      const cueStart = sentence.start + late.index + late[0].indexOf('a')
      return clause(text, sentence.start, sentence.start + late.index, {speaker, speakerSpan: speaker, cue: {start: cueStart, end: speaker.end}, pronoun: false, confidence: 0.75})
    }
  }
  for (const verb of allMatches(verbs, body)) {
    const verbStart = sentence.start + verb.index
    const verbEnd = verbStart + verb[0].length
    const comma = body.lastIndexOf(',', verb.index)
    const tail = text.slice(verbEnd, sentence.end)
    if (comma > 0 && trailingTime.test(tail)) {
      const a = subject(ctx, sentence.start + comma + 1, verbStart, verbEnd, true)
      if (a?.speaker) return clause(text, sentence.start, sentence.start + comma, a)
    }
    const a = subject(ctx, sentence.start, verbStart, verbEnd, false)
    if (a?.speaker) {
      let from = verbEnd
      if (verb[0] === 'told') from += toldObject.exec(tail)?.[0].length ?? 0
      else from += skipAfterVerb.exec(tail)?.[0].length ?? 0
      const found = clause(text, from, sentence.end, a)
      if (found && found.end - found.start > 0 && text.slice(found.start, found.end).split(/\s+/u).length >= 3) return found
    }
    if (comma > 0 && /^\s*,?\s*$/u.test(text.slice(sentence.start + comma + 1, verbStart))) {
      const name = firstName(ctx, verbEnd, sentence.end)
      if (name && /^[\s\p{Lu}\p{L}.-]*$/u.test(text.slice(verbEnd, name.start)) && name.start - verbEnd <= 40) {
        return clause(text, sentence.start, sentence.start + comma, {speaker: name, speakerSpan: name, cue: {start: verbStart, end: name.end}, pronoun: false, confidence: 0.75})
      }
    }
  }
  return undefined
}

function firstName(ctx: AttributionContext, from: number, to: number) {
  return namesIn(ctx.names, from, to).find((m) => m.type !== 'LOC' && /^\s*(?:the\s+)?(?:[\p{Ll}-]+\s+){0,3}$/u.test(ctx.text.slice(from, m.start)))
}

/** `.`, `,`, `;`, `!`, `?` as code units. */
const clauseEnd = new Set([46, 44, 59, 33, 63])

function clause(text: string, start: number, end: number, attribution: Attribution): ReportedSpeech | undefined {
  let s = start
  let e = end
  while (s < e && (isWhitespace(text.charCodeAt(s)) || text.charCodeAt(s) === 44)) s++
  while (e > s && (isWhitespace(text.charCodeAt(e - 1)) || clauseEnd.has(text.charCodeAt(e - 1)))) e--
  if (e <= s) return undefined
  return {start: s, end: e, attribution}
}
