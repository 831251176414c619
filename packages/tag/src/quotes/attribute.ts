import type {Span} from '@copydesk/schema'
import {reportingVerbs, roleNouns, speakerPronouns} from './cues.js'
import {type NameMention, namesIn} from './speaker-index.js'

/** Who said it, and the words that say so. */
export interface Attribution {
  speaker: NameMention | undefined
  /** Span of the speaker in the text (for a pronoun: the antecedent's mention). */
  speakerSpan: Span | undefined
  /** Cue span (`Li said`, `said:`, `he said`, `According to Li`). */
  cue: Span
  /** Whether the speaker is a pronoun resolved to an antecedent. */
  pronoun: boolean
  /** How sure: 0..1. */
  confidence: number
}

/** Context for attribution: the text, names and pronoun resolution. */
export interface AttributionContext {
  text: string
  names: readonly NameMention[]
  /** Resolve a pronoun at an offset to the name it stands for. */
  resolve: (at: number) => NameMention | undefined
}

const verbAtStart = new RegExp(`^\\s*,?\\s*(?:${reportingVerbs})\\b`, 'u')
const verbAtEnd = new RegExp(`\\b(?:${reportingVerbs})(?:(?:\\s+[\\p{L}\\p{N}'’.-]+){0,7}\\s*:|(?:\\s+[\\p{L}\\p{N}'’.-]+){0,2}\\s*,)\\s*$`, 'u')
const anyVerb = new RegExp(`\\b(?:${reportingVerbs})\\b`, 'gu')
const roleAtEnd = new RegExp(`\\b(?:${roleNouns})(?:\\s+(?:in|of|at|from|for)\\s+[\\p{L}\\s'’.-]{0,40})?\\s*$`, 'iu')

/**
 * Attribute a quotation from the words right after its closing mark:
 * `..." Li said`, `..." said Wei Jianguo, former ...`, `..." he said`.
 *
 * @param ctx
 *   Attribution context.
 * @param from
 *   Offset just after the closing mark.
 * @param limit
 *   End of the paragraph.
 * @returns
 *   Attribution, if a cue follows.
 */
export function attributeAfter(ctx: AttributionContext, from: number, limit: number): Attribution | undefined {
  const window = ctx.text.slice(from, Math.min(limit, from + 160))
  const stop = window.search(/[.!?"“”]/u)
  const clause = stop >= 0 ? window.slice(0, stop) : window
  const inverted = verbAtStart.exec(clause)
  if (inverted) {
    const verbEnd = from + inverted[0].length
    const verbStart = verbEnd - (inverted[0].match(/\S+$/u)?.[0].length ?? 0)
    const clauseEnd = from + clause.length
    const after = namesIn(ctx.names, verbEnd, clauseEnd).filter((m) => m.start <= verbEnd + 60 && /^[ \t\p{Lu}\p{L}-]*$/u.test(ctx.text.slice(verbEnd, m.start)))
    const name = after.find((m) => m.type === 'PER') ?? after.find((m) => m.type === undefined) ?? after.find((m) => m.type !== 'LOC' && m.start <= verbEnd + 40)
    if (name) return {speaker: name, speakerSpan: name, cue: {start: verbStart, end: name.end}, pronoun: false, confidence: name.id ? 0.9 : 0.75}
    const pronoun = /^\s+(he|she)\b/iu.exec(clause.slice(inverted[0].length))
    if (pronoun) return fromPronoun(ctx, verbStart, verbEnd + pronoun[0].length, verbEnd + pronoun[0].length - (pronoun[1]?.length ?? 0))
    return {speaker: undefined, speakerSpan: undefined, cue: {start: verbStart, end: verbEnd}, pronoun: false, confidence: 0.5}
  }
  anyVerb.lastIndex = 0
  const verb = anyVerb.exec(clause)
  if (!verb || verb.index > 90) return undefined
  const verbStart = from + verb.index
  const verbEnd = verbStart + verb[0].length
  return subject(ctx, from, verbStart, verbEnd, true)
}

/**
 * Attribute a quotation from the words right before its opening mark:
 * `Chen Haosu, former president of ..., said: "...`, `Li said, "...`.
 *
 * @param ctx
 *   Attribution context.
 * @param windowStart
 *   Start of the sentence or paragraph holding the mark.
 * @param open
 *   Offset of the opening mark.
 * @returns
 *   Attribution, if a cue precedes.
 */
export function attributeBefore(ctx: AttributionContext, windowStart: number, open: number): Attribution | undefined {
  const before = ctx.text.slice(windowStart, open)
  const cue = verbAtEnd.exec(before)
  if (!cue) return undefined
  const verbStart = windowStart + cue.index
  const verbWord = cue[0].match(/^\S+/u)?.[0] ?? ''
  const cueEnd = windowStart + before.replace(/\s+$/u, '').length
  const found = subject(ctx, windowStart, verbStart, verbStart + verbWord.length, false)
  if (!found) return undefined
  if (found.cue.end === verbStart + verbWord.length) found.cue = {start: found.cue.start, end: cueEnd}
  return found
}

/**
 * Find the subject of a reporting verb between `windowStart` and the verb:
 * a name right before it, a name with an apposition (`Li Xiaolin, head of
 * ..., said`), a pronoun, or a role noun (`the minister said`).
 *
 * @param ctx
 *   Attribution context.
 * @param windowStart
 *   Where the subject may start.
 * @param verbStart
 *   Start of the verb.
 * @param verbEnd
 *   End of the verb.
 * @param tight
 *   Whether only the words right before the verb may be the subject.
 * @returns
 *   Attribution or `undefined`.
 */
export function subject(ctx: AttributionContext, windowStart: number, verbStart: number, verbEnd: number, tight: boolean): Attribution | undefined {
  const {text} = ctx
  const inWindow = namesIn(ctx.names, windowStart, verbStart)
  let adjacent = [...inWindow].reverse().find((m) => /^\s*$/u.test(text.slice(m.end, verbStart)) && m.type !== 'LOC')
  if (adjacent && adjacent.type !== 'PER') {
    // `Gabriela Siller of Banco Base said`: the person, not the organisation
    const owner = [...inWindow].reverse().find((m) => m.end <= (adjacent as NameMention).start && m.type !== 'LOC' && m.type !== 'ORG' && /^\s+(?:of|at|from|with)\s+(?:the\s+)?$/u.test(text.slice(m.end, (adjacent as NameMention).start)))
    if (owner) adjacent = {...owner}
  }
  if (adjacent) return {speaker: adjacent, speakerSpan: adjacent, cue: {start: adjacent.start, end: verbEnd}, pronoun: false, confidence: adjacent.id ? 0.9 : 0.75}
  const pronoun = /\b(he|she|they|we|i)\s+$/iu.exec(text.slice(Math.max(windowStart, verbStart - 8), verbStart))
  if (pronoun && speakerPronouns.has((pronoun[1] ?? '').toLowerCase())) {
    const at = verbStart - pronoun[0].length
    return fromPronoun(ctx, at, verbEnd, at)
  }
  if (!tight) {
    const between = inWindow.find((m) => m.type !== 'LOC' && /,\s*$/u.test(text.slice(windowStart, m.start)) && /^\s*,\s*$/u.test(text.slice(m.end, verbStart)))
    const apposed =
      between ??
      inWindow.find(
        (m) =>
          m.type !== 'LOC' &&
          /^\s*,[^.!?"“”]*,\s*$/u.test(text.slice(m.end, verbStart)) &&
          /^[\s\p{Lu}\p{L}.'’-]*$/u.test(text.slice(windowStart, m.start)) &&
          text.slice(windowStart, m.start).split(/\s+/u).length <= 5
      )
    if (apposed) return {speaker: apposed, speakerSpan: apposed, cue: {start: verbStart, end: verbEnd}, pronoun: false, confidence: apposed.id ? 0.85 : 0.7}
    const titled = [...inWindow].reverse().find((m) => m.type !== 'LOC' && /^[\s\p{Lu}\p{L}.'’-]*$/u.test(text.slice(windowStart, m.start)) && /^\s*$/u.test(text.slice(m.end, verbStart)))
    if (titled) return {speaker: titled, speakerSpan: titled, cue: {start: titled.start, end: verbEnd}, pronoun: false, confidence: 0.8}
    if (/\band\s+$/u.test(text.slice(windowStart, verbStart))) {
      const lead = inWindow.find((m) => m.type !== 'LOC' && isSubjectPosition(text, windowStart, m))
      if (lead) return {speaker: lead, speakerSpan: lead, cue: {start: verbStart, end: verbEnd}, pronoun: false, confidence: 0.7}
    }
  }
  const before = text.slice(windowStart, verbStart)
  const role = roleAtEnd.exec(before)
  if (role) {
    const head = (role[0].trim().toLowerCase().match(/\p{L}+/u)?.[0] ?? '').replace(/s$/u, '')
    const cueStart = windowStart + role.index - (/\b(?:the|a|an|another|one)\s+(?:[\p{L}-]+\s+){0,3}$/iu.exec(before.slice(0, role.index))?.[0].length ?? 0)
    const holder = roleHolder(ctx, head, verbStart)
    if (holder) return {speaker: holder, speakerSpan: holder, cue: {start: cueStart, end: verbEnd}, pronoun: false, confidence: 0.6}
    return {speaker: undefined, speakerSpan: undefined, cue: {start: cueStart, end: verbEnd}, pronoun: false, confidence: 0.5}
  }
  return undefined
}

const organizations = new Set(['company', 'firm', 'group', 'ministry', 'agency', 'organization', 'organisation', 'government', 'party', 'bank', 'police', 'army', 'military', 'statement', 'report', 'office', 'department', 'union', 'court'])
const followedByVerb = new RegExp(`^\\s*(?:,[^,.]{0,80},\\s*)?(?:${reportingVerbs})\\b`, 'u')

/** The name a role noun (`the minister`, `the company`) stands for: by the entity's role, the title before a name, or the last organisation or speaker. */
function roleHolder(ctx: AttributionContext, head: string, before: number): NameMention | undefined {
  const {text} = ctx
  const earlier = namesIn(ctx.names, Math.max(0, before - 3000), before)
  for (let i = earlier.length - 1; i >= 0; i--) {
    const m = earlier[i] as NameMention
    if (m.role.includes(head) || m.name.toLowerCase().split(' ').includes(head)) return m
    const title = text.slice(Math.max(0, m.start - 40), m.start).toLowerCase()
    const apposition = /^\s*,([^,.]*)/u.exec(text.slice(m.end, m.end + 80))?.[1]?.toLowerCase() ?? ''
    if (!organizations.has(head) && m.type !== 'LOC' && m.type !== 'ORG' && (new RegExp(`\\b${head}s?\\s*$`, 'u').test(title) || apposition.includes(head))) return m
  }
  if (organizations.has(head)) {
    for (let i = earlier.length - 1; i >= 0; i--) {
      const m = earlier[i] as NameMention
      if (m.type === 'ORG' || (m.type === undefined && followedByVerb.test(text.slice(m.end, m.end + 100)))) return m
    }
  }
  return undefined
}

function fromPronoun(ctx: AttributionContext, cueStart: number, cueEnd: number, at: number): Attribution {
  const antecedent = ctx.resolve(at)
  return {
    speaker: antecedent,
    speakerSpan: antecedent ? {start: antecedent.start, end: antecedent.end} : undefined,
    cue: {start: cueStart, end: cueEnd},
    pronoun: true,
    confidence: antecedent ? 0.75 : 0.4
  }
}

/**
 * Whether a name stands at the start of its sentence, after at most four
 * words of title (`Opposition leader Markus Brandt`).
 *
 * @param text
 *   Article text.
 * @param sentenceStart
 *   Start of the sentence.
 * @param name
 *   Name mention.
 * @returns
 *   Whether the name is in subject position.
 */
export function isSubjectPosition(text: string, sentenceStart: number, name: Span): boolean {
  const prefix = text.slice(sentenceStart, name.start)
  return /^[\s\p{L}.'’-]*$/u.test(prefix) && prefix.split(/\s+/u).filter(Boolean).length <= 4
}
