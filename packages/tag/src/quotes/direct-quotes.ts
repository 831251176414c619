import type {Quote, Span} from '@copydesk/schema'
import {type Attribution, type AttributionContext, attributeAfter, attributeBefore} from './attribute.js'
import type {Quotation} from './quotation-marks.js'
import {allMatches} from '../text/matches.js'

/** A quotation classified as direct or partial, with its attribution. */
export interface ClassifiedQuote {
  quotation: Quotation
  kind: 'direct' | 'partial'
  attribution: Attribution | undefined
}

/**
 * Classify quotations and attribute direct ones. A quotation is direct when
 * it stands as a sentence of its own: it opens a paragraph or a sentence, or
 * follows a colon or an introducing cue (`said,`), or a cue follows it, and
 * it has at least three words or ends in punctuation. Everything else
 * (fragments inside a sentence, scare quotes) is partial. A direct quote
 * with no cue of its own takes the speaker of a split quote's other half, or
 * of the previous direct quote when that was at most two paragraphs back.
 *
 * @param ctx
 *   Attribution context.
 * @param quotations
 *   Quotations from `findQuotations`.
 * @param paras
 *   Paragraph spans.
 * @returns
 *   Classified quotations, in order.
 */
export function classifyQuotes(ctx: AttributionContext, quotations: readonly Quotation[], paras: readonly Span[]): ClassifiedQuote[] {
  const {text} = ctx
  const out: ClassifiedQuote[] = []
  let last: ClassifiedQuote | undefined
  for (const q of quotations) {
    const firstPara = paras[q.firstParagraph] as Span
    const lastPara = paras[q.lastParagraph] as Span
    const sentenceStart = sentenceStartBefore(text, firstPara.start, q.open)
    const before = text.slice(sentenceStart, q.open)
    const content = text.slice(q.start, q.end)
    const words = content.split(/\s+/u).filter(Boolean).length
    const endsInPunctuation = /[,.!?;:…—-]$/u.test(content)
    const nextPara = paras[q.lastParagraph + 1]
    // a cue may run on into a next paragraph that starts in lower case (`"...,"` / `a manager said.`)
    const runOn = nextPara && /^\s*$/u.test(text.slice(q.close + 1, lastPara.end)) && /^\p{Ll}/u.test(text.charAt(nextPara.start))
    const after = q.closed ? (runOn ? attributeAfter(ctx, nextPara.start, nextPara.end) : attributeAfter(ctx, q.close + 1, lastPara.end)) : undefined
    const introduced = before.trim() === '' || /[:]\s*$/u.test(before)
    const cueBefore = introduced || /,\s*$/u.test(before) ? attributeBefore(ctx, sentenceStart, q.open) : undefined
    const rest = q.closed ? text.slice(q.close + 1, lastPara.end) : ''
    const alone = introduced && (endsInPunctuation || /^\s*$/u.test(rest))
    const standalone = alone || cueBefore !== undefined || (after !== undefined && /^[\s,]*$/u.test(textBeforeCue(text, q, after)))
    const direct = standalone && (words >= 3 || endsInPunctuation)
    let attribution = after ?? cueBefore
    const indefinite = attribution !== undefined && /^(?:a|an|another|one)\s/iu.test(text.slice(attribution.cue.start, attribution.cue.end))
    if (direct && !attribution?.speaker && !indefinite && last?.kind === 'direct' && last.attribution?.speaker && q.firstParagraph - last.quotation.lastParagraph <= 2) {
      attribution = {...last.attribution, confidence: Math.min(0.6, last.attribution.confidence)}
    }
    const item: ClassifiedQuote = {quotation: q, kind: direct ? 'direct' : 'partial', attribution}
    out.push(item)
    if (direct) last = item
  }
  // a split quote attributed only after its second half: both halves share the cue
  for (let i = out.length - 2; i >= 0; i--) {
    const cur = out[i] as ClassifiedQuote
    const next = out[i + 1] as ClassifiedQuote
    if (cur.kind === 'direct' && next.kind === 'direct' && !cur.attribution?.speaker && next.attribution?.speaker && next.quotation.firstParagraph === cur.quotation.lastParagraph) {
      cur.attribution = next.attribution
    }
  }
  return out
}

/**
 * Turn a classified quotation into a `Quote`.
 *
 * @param text
 *   Article text.
 * @param item
 *   Classified quotation.
 * @returns
 *   Quote record.
 */
export function toQuote(text: string, item: ClassifiedQuote): Quote {
  const {quotation: q, attribution: a} = item
  const quote: Quote = {
    start: q.start,
    end: q.end,
    kind: item.kind,
    text: text.slice(q.start, q.end).replace(/\s*\n\s*["“]?\s*/gu, ' '),
    confidence: a?.speaker ? a.confidence : item.kind === 'direct' ? 0.5 : 0.6
  }
  if (a?.speaker) {
    quote.speaker = a.speaker.name
    if (a.speaker.id) quote.speakerId = a.speaker.id
  }
  if (a?.speakerSpan) {
    quote.speakerStart = a.speakerSpan.start
    quote.speakerEnd = a.speakerSpan.end
  }
  if (a) quote.cue = text.slice(a.cue.start, a.cue.end)
  return quote
}

function sentenceStartBefore(text: string, paraStart: number, at: number): number {
  const from = Math.max(paraStart, at - 1000)
  const slice = text.slice(from, at)
  let cut = -1
  for (const m of allMatches(/[.!?]["”]?\s+(?=\S|$)|["”]\s+(?=\S|$)/gu, slice)) cut = m.index + m[0].length
  return cut < 0 ? from : from + cut
}

function textBeforeCue(text: string, q: Quotation, a: Attribution): string {
  const cueStart = Math.min(a.cue.start, a.speakerSpan && a.speakerSpan.start > q.close ? a.speakerSpan.start : a.cue.start)
  return text.slice(q.close + 1, cueStart)
}
