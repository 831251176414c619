import type {Quote, Span} from '@copydesk/schema'
import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import {paragraphs} from '../text/paragraphs.js'
import {sentences} from '../text/sentences.js'
import {type AttributionContext, isSubjectPosition} from './attribute.js'
import {type ClassifiedQuote, classifyQuotes, toQuote} from './direct-quotes.js'
import {type ReportedSpeech, reportedSpeech} from './indirect-speech.js'
import {findQuotations} from './quotation-marks.js'
import {firstAtOrAfter, type NameMention, namesIn, speakerIndex} from './speaker-index.js'
import {allMatches} from '../text/matches.js'

/** Options for `retextQuotes`. */
export interface QuotesOptions {
  /**
   * Whether to report indirect (reported) speech too.
   *
   * @default true
   */
  indirect?: boolean
}

/**
 * Find quotes and their speakers: direct quotes (straight or curly marks,
 * split quotes, quotes over several paragraphs), partial quotes (fragments
 * and scare quotes) and indirect speech. Speakers resolve to entities from
 * `file.data.entities` when an entity plugin ran before (else to capitalized
 * names); a pronoun cue (`he said`) resolves to the nearest earlier speaker
 * or person, and `speakerStart`/`speakerEnd` then point at that antecedent's
 * mention, not at the pronoun.
 *
 * Sets `file.data.quotes`, sorted by offset.
 *
 * @param options
 *   Configuration (optional).
 * @returns
 *   Transform.
 */
export function retextQuotes(options: QuotesOptions = {}): (tree: Root, file: VFile) => undefined {
  const withIndirect = options.indirect !== false
  return (tree, file) => {
    const text = String(file)
    const paras = paragraphs(text)
    const names = speakerIndex(text, file.data.entities ?? [])
    const people = names.filter((m) => m.type === 'PER')
    const quotations = findQuotations(text, paras)
    const spans = sentences(tree, text)

    // Reported speech per sentence from the first run, kept when the
    // sentence never asked for a pronoun's antecedent: the second run (with
    // the real resolver) would find exactly the same there.
    const settled = new Map<Span, ReportedSpeech | undefined>()
    let resolverCalls = 0

    const run = (resolve: AttributionContext['resolve'], isFirst: boolean) => {
      const ctx: AttributionContext = {text, names, resolve}
      const classified = classifyQuotes(ctx, quotations, paras)
      const taken: Span[] = []
      for (const c of classified) {
        if (c.kind !== 'direct') continue
        const cue = c.attribution?.cue
        taken.push({start: Math.min(c.quotation.open, cue?.start ?? c.quotation.open), end: Math.max(c.quotation.close + 1, cue?.end ?? 0)})
      }
      const reported: ReportedSpeech[] = []
      if (withIndirect) {
        taken.sort((a, b) => a.start - b.start)
        let from = 0
        for (const s of spans) {
          while (from < taken.length && (taken[from] as Span).end <= s.start) from++
          if (overlapsAny(taken, from, s)) continue
          let found: ReportedSpeech | undefined
          if (isFirst) {
            const before = resolverCalls
            found = reportedSpeech(ctx, s)
            if (resolverCalls === before) settled.set(s, found)
          } else {
            found = settled.has(s) ? settled.get(s) : reportedSpeech(ctx, s)
          }
          if (found) reported.push(found)
        }
      }
      return {classified, reported}
    }

    let pronouns = false
    const first = run(() => {
      pronouns = true
      resolverCalls++
      return undefined
    }, true)
    const makeResolver = (): AttributionContext['resolve'] => {
      const speakers: NameMention[] = []
      for (const c of first.classified) if (c.attribution?.speaker && !c.attribution.pronoun && c.kind === 'direct') speakers.push(c.attribution.speaker)
      for (const r of first.reported) if (r.attribution.speaker && !r.attribution.pronoun) speakers.push(r.attribution.speaker)
      for (const s of spans) {
        for (const m of namesIn(names, s.start, s.end)) {
          if (m.type !== 'LOC' && m.type !== 'ORG' && isSubjectPosition(text, s.start, m)) speakers.push(m)
        }
      }
      speakers.sort((a, b) => a.start - b.start)
      return (at: number): NameMention | undefined => lastBefore(speakers, at) ?? lastBefore(people, at)
    }
    const {classified, reported} = pronouns ? run(makeResolver(), false) : first

    const quotes: Quote[] = []
    for (const c of classified) quotes.push(withReporter(toQuote(text, c), c, reported, names, text, paras))
    for (const r of reported) quotes.push(indirectQuote(text, r))
    quotes.sort((a, b) => a.start - b.start || a.end - b.end || (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0))
    file.data.quotes = quotes
    return undefined
  }
}

/** Whether a span overlaps one of `sorted` (by start) from index `from` on (earlier ones all end before it). */
function overlapsAny(sorted: readonly Span[], from: number, span: Span): boolean {
  for (let i = from; i < sorted.length; i++) {
    const t = sorted[i] as Span
    if (t.start >= span.end) return false
    if (t.end > span.start) return true
  }
  return false
}

function lastBefore(list: readonly NameMention[], at: number): NameMention | undefined {
  for (let i = firstAtOrAfter(list, at) - 1; i >= 0; i--) {
    const m = list[i] as NameMention
    if (m.end <= at) return m
  }
  return undefined
}

function withReporter(quote: Quote, c: ClassifiedQuote, reported: readonly ReportedSpeech[], names: readonly NameMention[], text: string, paras: readonly Span[]): Quote {
  if (c.kind !== 'partial' || quote.speaker) return quote
  const host = reported.find((r) => r.start <= c.quotation.open && r.end >= c.quotation.close)
  let speaker = host?.attribution.speaker
  let span = host?.attribution.speakerSpan
  if (!speaker && !/so-called\s*$/iu.test(text.slice(Math.max(0, c.quotation.open - 12), c.quotation.open))) {
    const para = paras[c.quotation.firstParagraph]
    const from = para ? sentenceStart(text, para.start, c.quotation.open) : c.quotation.open
    const inSentence = namesIn(names, from, c.quotation.open).filter((m) => m.type !== 'LOC')
    speaker = inSentence.find((m) => /,\s*$/u.test(text.slice(from, m.start)) && /^\s*,/u.test(text.slice(m.end, m.end + 4))) ?? inSentence.findLast((m) => isSubjectPosition(text, from, m))
    span = speaker
  }
  if (!speaker) return quote
  const out: Quote = {...quote, speaker: speaker.name, confidence: 0.6}
  if (speaker.id) out.speakerId = speaker.id
  if (span) {
    out.speakerStart = span.start
    out.speakerEnd = span.end
  }
  return out
}

function sentenceStart(text: string, paraStart: number, at: number): number {
  const from = Math.max(paraStart, at - 1000)
  let cut = from
  for (const m of allMatches(/[.!?]["”]?\s+/gu, text.slice(from, at))) cut = from + m.index + m[0].length
  return cut
}

function indirectQuote(text: string, r: ReportedSpeech): Quote {
  const a = r.attribution
  const quote: Quote = {start: r.start, end: r.end, kind: 'indirect', text: text.slice(r.start, r.end), confidence: a.confidence * 0.9}
  if (a.speaker) {
    quote.speaker = a.speaker.name
    if (a.speaker.id) quote.speakerId = a.speaker.id
  }
  if (a.speakerSpan) {
    quote.speakerStart = a.speakerSpan.start
    quote.speakerEnd = a.speakerSpan.end
  }
  quote.cue = text.slice(a.cue.start, a.cue.end)
  return quote
}
