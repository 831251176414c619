import type {NumberTag, Span} from '@copydesk/schema'
import {isWhitespace} from '../text/whitespace.js'

const qualifier =
  '(?:(?:more|fewer|less|higher|lower|greater)\\s+than|(?:just\\s+)?(?:over|under)|about|around|nearly|almost|at\\s+least|at\\s+most|up\\s+to|some|roughly|approximately|an\\s+estimated|as\\s+many\\s+as|as\\s+much\\s+as|as\\s+few\\s+as|only|just|close\\s+to|upwards\\s+of)'
const scale = '(?:hundred|thousand|million|billion|trillion|bn|mn|m|k)'
const words = '(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a|half\\s+a)'
const digits = '\\d{1,3}(?:,\\d{2,3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|\\.\\d+'
const symbols = '(?:US\\$|\\$|€|£|¥|Rs\\.?|HK\\$|A\\$|C\\$)'
const currencies =
  '(?:dollars?|euros?|pounds?(?:\\s+sterling)?|yen|yuan|renminbi|rupees?|rubles?|roubles?|francs?|pesos?|won|rand|naira|shillings?|dinars?|riyals?|dirhams?|reais|real)'
const percent = '(?:percentage\\s+points?\\b|percent\\b|per\\s+cent\\b|%)'

const numberPattern = new RegExp(
  `(?:\\b(${qualifier})\\s+)?(${symbols})?\\s?(?:(${digits})|\\b(${words})(?=\\s+${scale}\\b))(?:\\s*(${scale})\\b)?(?:\\s*(${percent})|\\s+(?:(US|U\\.S\\.|Hong\\s+Kong|Australian|Canadian)\\s+)?(${currencies})\\b)?`,
  'giu'
)

// Where a match can be: every match holds a core, a digit or a number word
// with a scale (`two million`), and what comes before its first core in the
// match (qualifier, currency symbol, the `.` of `.5`) is at most 17
// characters besides whitespace.
const digit = /\d/g
const scaleAfter = new RegExp(`\\s+${scale}\\b`, 'giu')
const scaledWord = new RegExp(`\\b${words}(?=\\s+${scale}\\b)`, 'giu')
const longestLead = 40
const longestWord = 12

const wordValues: Record<string, number> = {a: 1, 'half a': 0.5, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90}
const scaleValues: Record<string, number> = {hundred: 1e2, thousand: 1e3, k: 1e3, million: 1e6, m: 1e6, mn: 1e6, billion: 1e9, bn: 1e9, trillion: 1e12}
const symbolCodes: Record<string, string> = {'us$': 'USD', $: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY', rs: 'INR', 'rs.': 'INR', 'hk$': 'HKD', a$: 'AUD', c$: 'CAD'}
const currencyCodes: Record<string, string> = {dollar: 'USD', euro: 'EUR', pound: 'GBP', 'pound sterling': 'GBP', yen: 'JPY', yuan: 'CNY', renminbi: 'CNY', rupee: 'INR', ruble: 'RUB', rouble: 'RUB', franc: 'CHF', peso: 'MXN', won: 'KRW', rand: 'ZAR', naira: 'NGN', shilling: 'KES', dinar: 'IQD', riyal: 'SAR', dirham: 'AED', reais: 'BRL', real: 'BRL'}
const dollarCountries: Record<string, string> = {us: 'USD', 'u.s.': 'USD', 'hong kong': 'HKD', australian: 'AUD', canadian: 'CAD'}

/**
 * Find numbers in a text: percentages (`38.5 percent`), money (`$4 billion`,
 * `4 billion euros`), and counts (`more than 300`), with their qualifier.
 * Digits inside dates, times, ordinals, identifiers and the spans in `skip`
 * (e.g. the dates already found) are left out; number words count only with
 * a scale (`two million`).
 *
 * @param text
 *   Article text.
 * @param skip
 *   Spans to leave out.
 * @returns
 *   Number tags sorted by offset.
 */
export function findNumbers(text: string, skip: readonly Span[] = []): NumberTag[] {
  const out: NumberTag[] = []
  for (const m of numberMatches(text)) {
    const [all, qual, symbol, digitText, wordText, scaleText, percentText, country, currency] = m
    if (!digitText && !wordText) continue
    let start = m.index
    let end = start + all.length
    while (end > start && isWhitespace(text.charCodeAt(end - 1))) end--
    while (start < end && isWhitespace(text.charCodeAt(start))) start++
    const numberStart = m.index + all.indexOf(digitText ?? wordText ?? '')
    if (skip.some((s) => s.start < end && start < s.end)) continue
    if (digitText && !fitsAsNumber(text, numberStart, numberStart + digitText.length, Boolean(scaleText || percentText))) continue
    let value = digitText ? Number(digitText.replace(/,/gu, '')) : (wordValues[(wordText ?? '').toLowerCase().replace(/\s+/gu, ' ')] ?? Number.NaN)
    const scaleKey = (scaleText ?? '').toLowerCase()
    if (scaleKey === 'm' && !symbol && !currency) {
      // "5 m" without money is more likely metres than millions: keep the plain number
      end = numberStart + (digitText ?? '').length
    } else if (scaleKey) value *= scaleValues[scaleKey] ?? 1
    if (!Number.isFinite(value)) continue
    const tag: NumberTag = {start, end, text: text.slice(start, end), value: round(value)}
    const unit = percentText ? (/points?$/iu.test(percentText) ? 'percentage points' : 'percent') : symbol ? symbolCodes[symbol.toLowerCase()] : currency ? currencyCode(currency, country) : undefined
    if (unit) tag.unit = unit
    if (qual) tag.qualifier = qual.toLowerCase().replace(/\s+/gu, ' ')
    out.push(tag)
  }
  return out
}

/**
 * The matches of `numberPattern` in `text`, as `text.matchAll(numberPattern)`
 * yields them, without trying the pattern at every position: the pattern
 * runs from shortly before the next digit or scaled number word.
 *
 * The first such core at or after the end of the previous match is the
 * first core of the next match (a match holds one; the part before its core
 * holds none; and a core on its own always matches), so that match starts
 * at most `longestLead` non-space characters before the core.
 *
 * @param text
 *   Text.
 * @returns
 *   Matches in order.
 */
function* numberMatches(text: string): Generator<RegExpExecArray> {
  let from = 0
  let nextDigit = -2
  let nextWord = -2
  while (from < text.length) {
    if (nextDigit !== -1 && nextDigit < from) nextDigit = findDigit(text, from)
    if (nextWord !== -1 && nextWord < from) nextWord = findScaledWord(text, from)
    const core = nextDigit === -1 ? nextWord : nextWord === -1 ? nextDigit : Math.min(nextDigit, nextWord)
    if (core === -1) return
    numberPattern.lastIndex = walkBack(text, core, from, longestLead)
    const m = numberPattern.exec(text)
    if (!m) return
    yield m
    from = m.index + m[0].length
  }
}

function findDigit(text: string, from: number): number {
  digit.lastIndex = from
  return digit.exec(text)?.index ?? -1
}

/**
 * First number word at or after `from` followed by a scale, looked for from
 * the first scale on: a number word before a later scale starts after this
 * one (a number word holds no scale), and the one before this scale at most
 * `longestWord` letters back.
 */
function findScaledWord(text: string, from: number): number {
  scaleAfter.lastIndex = from
  const hit = scaleAfter.exec(text)
  if (!hit) return -1
  scaledWord.lastIndex = walkBack(text, hit.index, from, longestWord)
  return scaledWord.exec(text)?.index ?? -1
}

/** Position before `at` that leaves `count` non-whitespace characters behind, but not before `floor`. */
function walkBack(text: string, at: number, floor: number, count: number): number {
  let start = at
  let seen = 0
  while (start > floor && seen <= count) {
    start--
    if (!isWhitespace(text.charCodeAt(start))) seen++
  }
  return start
}

function fitsAsNumber(text: string, start: number, end: number, attached: boolean): boolean {
  const before = text.charAt(start - 1)
  const after = text.slice(end, end + 2)
  if (/[\p{L}\d/:-]/u.test(before)) return false
  if (/^(?:st|nd|rd|th)\b/u.test(text.slice(end, end + 3))) return false
  if (/^[:/.]\d/u.test(after)) return false
  if (/^\p{L}/u.test(after) && !attached) return false
  return true
}

function currencyCode(currency: string, country: string | undefined): string | undefined {
  const key = currency.toLowerCase().replace(/s$/u, '').replace(/\s+/gu, ' ')
  if ((key === 'dollar' || key === 'dollars') && country) return dollarCountries[country.toLowerCase().replace(/\s+/gu, ' ')] ?? 'USD'
  return currencyCodes[key] ?? currencyCodes[currency.toLowerCase()]
}

function round(value: number): number {
  return Math.round(value * 1e6) / 1e6
}
