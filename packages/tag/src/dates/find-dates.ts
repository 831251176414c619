import type {DateTag} from '@copydesk/schema'
import {addDays, type Day, iso, isValid, months, weekday, weekdays} from './calendar.js'
import {allMatches} from '../text/matches.js'

const monthName = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?'
const dayName = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)'
const part = '(?:(?:[Tt]he\\s+)?(?:end|beginning|start|middle)\\s+of\\s+|(?:[Ee]arly|[Mm]id|[Ll]ate)[-\\s]+)?'

const monthStems = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

function hasMonth(text: string): boolean {
  return monthStems.some((m) => text.includes(m))
}

interface Rule {
  /** Cheap test: the rule can only match texts that pass it. */
  guard: (text: string) => boolean
  pattern: RegExp
  /**
   * For a case-insensitive `pattern`: the same pattern in lower case without
   * the `i` flag, to run on the lowercased text (see `lowered`). Unicode
   * case-insensitive matching is much slower.
   */
  lower?: RegExp
  /** `future()`: whether the sentence is in the future tense (looked at only by the rules that need it). */
  resolve: (m: RegExpExecArray, ref: Day | undefined, future: () => boolean) => {value?: string | undefined; confidence: number} | undefined
}

const rules: Rule[] = [
  {
    // 2012-03-20
    guard: (text) => text.includes('-'),
    pattern: /\b(\d{4})-(\d{2})-(\d{2})\b/gu,
    resolve: (m) => day(Number(m[1]), Number(m[2]), Number(m[3]), 0.95)
  },
  {
    // 03/20/2012 (US order)
    guard: (text) => text.includes('/'),
    pattern: /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/gu,
    resolve: (m) => day(Number(m[3]), Number(m[1]), Number(m[2]), 0.8)
  },
  {
    // April 18, 2012 / April 18
    guard: hasMonth,
    pattern: new RegExp(`\\b(${monthName})\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?\\b(?![.,]\\d)`, 'gu'),
    resolve: (m, ref, future) => {
      const month = monthNumber(m[1])
      const d = Number(m[2])
      if (month === undefined) return undefined
      if (m[3]) return day(Number(m[3]), month, d, 0.95)
      if (!ref) return {confidence: 0.5}
      return day(nearestYear(ref, month, future()), month, d, 0.85)
    }
  },
  {
    // 18 April 2012 / 18 April
    guard: hasMonth,
    pattern: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${monthName})(?:,?\\s+(\\d{4}))?\\b`, 'gu'),
    resolve: (m, ref, future) => {
      const month = monthNumber(m[2])
      const d = Number(m[1])
      if (month === undefined) return undefined
      if (m[3]) return day(Number(m[3]), month, d, 0.95)
      if (!ref) return {confidence: 0.5}
      return day(nearestYear(ref, month, future()), month, d, 0.85)
    }
  },
  {
    // the end of March 2011 / March 2011
    guard: hasMonth,
    pattern: new RegExp(`(?:\\b${part})?\\b(${monthName})\\s+(?:of\\s+)?(\\d{4})\\b`, 'gu'),
    resolve: (m) => {
      const month = monthNumber(m[1])
      return month === undefined ? undefined : {value: iso(Number(m[2]), month), confidence: 0.9}
    }
  },
  {
    // on Monday / last Monday / next Monday / Monday
    guard: (text) => text.includes('day') || text.includes('DAY'),
    pattern: new RegExp(`\\b(?:(on|last|next|this|this\\s+past|this\\s+coming)\\s+)?(${dayName})\\b`, 'giu'),
    lower: new RegExp(`\\b(?:(on|last|next|this|this\\s+past|this\\s+coming)\\s+)?(${dayName.toLowerCase()})\\b`, 'gu'),
    resolve: (m, ref, future) => {
      if (!ref) return {confidence: 0.5}
      const lead = (m[1] ?? '').toLowerCase()
      const target = weekdays.get((m[2] ?? '').toLowerCase()) ?? 0
      const today = weekday(ref)
      const forward = lead === 'next' || lead === 'this coming' || (lead !== 'last' && lead !== 'this past' && future())
      let delta = forward ? (target - today + 7) % 7 : -((today - target + 7) % 7)
      if (lead === 'next' && delta === 0) delta = 7
      if (lead === 'last' && delta === 0) delta = -7
      const d = addDays(ref, delta)
      return {value: iso(d.year, d.month, d.day), confidence: 0.85}
    }
  },
  {
    // in March / early March / the end of March
    guard: hasMonth,
    pattern: new RegExp(`\\b(?:(?:[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|[Tt]hrough|[Ll]ast|[Nn]ext|[Tt]his)\\s+)${part}(${monthName})\\b(?!\\s+\\d)`, 'gu'),
    resolve: (m, ref, future) => {
      const month = monthNumber(m[1])
      if (month === undefined) return undefined
      if (!ref) return {confidence: 0.5}
      const lead = m[0].toLowerCase()
      const year = lead.startsWith('last') ? (month < ref.month ? ref.year : ref.year - 1) : lead.startsWith('next') ? (month > ref.month ? ref.year : ref.year + 1) : nearestYear(ref, month, future())
      return {value: iso(year, month), confidence: 0.75}
    }
  },
  {
    // today, yesterday, tomorrow, tonight
    guard: (text) => /day|tomorrow|tonight/iu.test(text),
    pattern: /\b(today|yesterday|tomorrow|tonight)\b/giu,
    lower: /\b(today|yesterday|tomorrow|tonight)\b/gu,
    resolve: (m, ref) => {
      if (!ref) return {confidence: 0.5}
      const word = (m[1] ?? '').toLowerCase()
      const d = addDays(ref, word === 'yesterday' ? -1 : word === 'tomorrow' ? 1 : 0)
      return {value: iso(d.year, d.month, d.day), confidence: 0.8}
    }
  },
  {
    // last year / next month / this year
    guard: (text) => /year|month/iu.test(text),
    pattern: /\b(last|next|this)\s+(year|month)\b/giu,
    lower: /\b(last|next|this)\s+(year|month)\b/gu,
    resolve: (m, ref) => {
      if (!ref) return {confidence: 0.5}
      const shift = (m[1] ?? '').toLowerCase() === 'last' ? -1 : (m[1] ?? '').toLowerCase() === 'next' ? 1 : 0
      if ((m[2] ?? '').toLowerCase() === 'year') return {value: iso(ref.year + shift), confidence: 0.8}
      const total = ref.year * 12 + (ref.month - 1) + shift
      return {value: iso(Math.floor(total / 12), (total % 12) + 1), confidence: 0.8}
    }
  },
  {
    // three days ago / a week ago / two years ago
    guard: (text) => text.includes('ago') || text.includes('AGO'),
    pattern: /\b(\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|a few|several)\s+(day|week|month|year)s?\s+ago\b/giu,
    lower: /\b(\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|a few|several)\s+(day|week|month|year)s?\s+ago\b/gu,
    resolve: (m, ref) => {
      const count = agoCount((m[1] ?? '').toLowerCase())
      if (!ref || count === undefined) return {confidence: 0.5}
      const unit = (m[2] ?? '').toLowerCase()
      if (unit === 'day' || unit === 'week') {
        const d = addDays(ref, -count * (unit === 'week' ? 7 : 1))
        return {value: iso(d.year, d.month, d.day), confidence: 0.75}
      }
      if (unit === 'year') return {value: iso(ref.year - count), confidence: 0.75}
      const total = ref.year * 12 + (ref.month - 1) - count
      return {value: iso(Math.floor(total / 12), (total % 12) + 1), confidence: 0.75}
    }
  },
  {
    // a year on its own: in 1973, since 2008, 1973.
    guard: (text) => /\d{4}/u.test(text),
    pattern: /(?<![\d.,$€£¥-])\b(1[89]\d{2}|20\d{2})\b(?![\d%]|[.,]\d|\s*(?:percent|per cent|[a-z]+s\b))/gu,
    resolve: (m) => {
      const before = m.input.slice(Math.max(0, m.index - 12), m.index)
      const after = m.input.slice(m.index + 4, m.index + 16)
      const cued = /\b(?:in|since|by|of|from|until|till|before|after|during|between|and|to|year|early|late|mid|the|than|around|circa|through)\s+$/iu.test(before) || /^\s*(?:[,.;:)–—-]|$|and\b|or\b|to\b|when\b|as\b|after\b|before\b|in\b|on\b|at\b|with\b|by\b|for\b|was\b|were\b|is\b|had\b|has\b)/u.test(after)
      return cued ? {value: m[1], confidence: 0.7} : undefined
    }
  }
]

/**
 * Find temporal expressions in a text and resolve them against a reference
 * date where they are relative (`three days ago`, `yesterday`, `last year`): weekdays to the nearest such day (before the
 * reference, or after it for `next` or a future-tense sentence), a day and
 * month without a year to the year that puts it nearest the reference.
 *
 * @param text
 *   Article text.
 * @param reference
 *   Reference day (e.g. the edition date), if known.
 * @returns
 *   Date tags sorted by offset; relative ones without a reference have no
 *   `value`.
 */
export function findDates(text: string, reference: Day | undefined): DateTag[] {
  const out: DateTag[] = []
  const taken = (start: number, end: number): boolean => out.some((d) => d.start < end && start < d.end)
  const lower = lowered(text)
  for (const rule of rules) {
    if (!rule.guard(text)) continue
    const folded = lower === undefined ? undefined : rule.lower
    const pattern = folded ?? rule.pattern
    // Groups from the lowercased text: the resolvers of those rules lowercase them anyway.
    for (const m of allMatches(pattern, folded ? (lower as string) : text)) {
      const start = m.index
      const end = start + m[0].length
      if (taken(start, end)) continue
      const resolved = rule.resolve(m as RegExpExecArray, reference, () => isFuture(text, start))
      if (!resolved) continue
      const tag: DateTag = {start, end, text: folded ? text.slice(start, end) : m[0], confidence: resolved.confidence}
      if (resolved.value !== undefined) tag.value = resolved.value
      out.push(tag)
    }
  }
  return out.sort((a, b) => a.start - b.start)
}

/**
 * `text` in lower case when a case-sensitive lower-case pattern on it finds
 * exactly what the case-insensitive (`iu`) pattern finds on `text`: the same
 * length (so the same offsets; `İ` lowercases to two units) and neither `ſ`
 * (U+017F) nor the Kelvin sign (U+212A), the only characters besides `A-Z`
 * that Unicode case folding takes to an ASCII letter (and so to a word
 * character for `\b`); the Kelvin sign also lowercases to `k`, but `ſ` does
 * not lowercase to `s`. Else `undefined`.
 */
function lowered(text: string): string | undefined {
  const lower = text.toLowerCase()
  if (lower.length !== text.length || text.includes('\u017F') || text.includes('\u212A')) return undefined
  return lower
}

const agoWords: Record<string, number> = {a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10}

function agoCount(word: string): number | undefined {
  if (/^\d+$/u.test(word)) return Number(word)
  return agoWords[word]
}

function day(year: number, month: number, d: number, confidence: number): {value?: string; confidence: number} | undefined {
  if (!isValid({year, month, day: d})) return undefined
  return {value: iso(year, month, d), confidence}
}

function monthNumber(name: string | undefined): number | undefined {
  return months.get((name ?? '').toLowerCase().replace(/\.$/u, ''))
}

function nearestYear(ref: Day, month: number, future: boolean): number {
  const diff = month - ref.month
  if (future && diff < 0) return ref.year + 1
  if (diff > 6) return ref.year - 1
  if (diff < -6) return ref.year + 1
  return ref.year
}

function isFuture(text: string, at: number): boolean {
  const from = Math.max(0, at - 80)
  const before = text.slice(from, at)
  const sentence = before.slice(Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n')) + 1)
  return /\b(?:will|shall|is due|are due|is scheduled|are scheduled|plans? to|is set to|are set to|is expected to|are expected to|is to|are to|upcoming|coming)\b/iu.test(sentence)
}
