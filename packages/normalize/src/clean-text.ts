import {parseEntities} from 'parse-entities'
import {applyQuotePolicy, type QuotePolicy} from './quote-policy.js'

/** One kind of change `cleanText` made. */
export interface TextChange {
  /** Rule that made it (`html-entity`, `unicode-nfc`, `control-character`, `invisible-character`, `soft-hyphen`, `whitespace`, `quotes`). */
  ruleId: string
  /** 0-indexed place of the first change in the input (approximate after earlier rules). */
  index: number
  /** How many changes of this kind. */
  count: number
  /** What was changed, for the message. */
  reason: string
}

/** The clean text and what changed. */
export interface CleanResult {
  value: string
  changes: TextChange[]
}

/** Options for `cleanText`. */
export interface CleanTextOptions {
  /**
   * Quote and dash policy.
   * @default 'straight'
   */
  quotes?: QuotePolicy
}

// C1 controls are almost always Windows-1252 bytes decoded as Latin-1: map them back.
const windows1252: Record<string, string> = {
  '\u0080': '\u20AC', '\u0082': '\u201A', '\u0083': '\u0192', '\u0084': '\u201E', '\u0085': '\u2026',
  '\u0086': '\u2020', '\u0087': '\u2021', '\u0088': '\u02C6', '\u0089': '\u2030', '\u008A': '\u0160',
  '\u008B': '\u2039', '\u008C': '\u0152', '\u008E': '\u017D', '\u0091': '\u2018', '\u0092': '\u2019',
  '\u0093': '\u201C', '\u0094': '\u201D', '\u0095': '\u2022', '\u0096': '\u2013', '\u0097': '\u2014',
  '\u0098': '\u02DC', '\u0099': '\u2122', '\u009A': '\u0161', '\u009B': '\u203A', '\u009C': '\u0153',
  '\u009E': '\u017E', '\u009F': '\u0178'
}

const c1 = /[\u0080-\u009F]/g
// Tab, LF and CR are whitespace, handled below; every other C0 control and DEL goes.
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
const control = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g
// Zero-width characters, and the noncharacters XML 1.0 forbids (U+FFFE, U+FFFF) or
// discourages (U+FDD0..U+FDEF): publishing would drop them anyway.
const invisible = /[\u200B\u2060\uFEFF\u180E\uFDD0-\uFDEF\uFFFE\uFFFF]/g
const softHyphen = /\u00AD/g
const space = /[\t\n\r\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g
// Any character one of the rules above looks for: `&` (references), C1, C0 but tab/LF/CR and DEL, the invisible ones, the soft hyphen.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const anySuspect = /[&\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u00AD\u180E\u200B\u2060\uFDD0-\uFDEF\uFEFF\uFFFE\uFFFF]/

/**
 * Clean one line or paragraph of text: HTML character references decoded, Unicode NFC,
 * Windows-1252 mojibake in C1 controls repaired, other control characters, zero-width
 * characters and soft hyphens removed, whitespace collapsed and trimmed, quotes written by
 * the policy. Line breaks are whitespace too: clean lines one by one to keep them.
 *
 * Idempotent: cleaning clean text changes nothing.
 *
 * @param value The text.
 * @param options Quote policy.
 * @returns The clean text and one change record per rule that changed something.
 */
export function cleanText(value: string, options: CleanTextOptions = {}): CleanResult {
  const changes: TextChange[] = []
  let current = value

  // Where and how many are worked out only when a rule changed something (most lines need no rule).
  const step = (ruleId: string, reason: string, next: string, index: () => number, count: () => number): void => {
    if (next !== current) {
      changes.push({ruleId, reason, index: Math.max(0, Math.min(index(), value.length)), count: Math.max(count(), 1)})
      current = next
    }
  }

  // One test for what the first five rules look for (most lines have none of it).
  const suspect = anySuspect.test(current)
  if (suspect && current.includes('&')) {
    let count = 0
    let first = -1
    let decoded = current
    // Decode to a fixed point so double-escaped text (`&amp;amp;`, common in feeds) comes out
    // right and cleaning twice changes nothing.
    for (let round = 0; round < 8 && decoded.includes('&'); round++) {
      const next = parseEntities(decoded, {
        // `S&Pcopy` must not become `S&P©`: only references closed by `;` count in plain text.
        nonTerminated: false,
        reference(_value, position) {
          count++
          if (round === 0 && first < 0) first = position.start.offset ?? 0
        }
      })
      if (next === decoded) break
      decoded = next
    }
    step('html-entity', 'Decoded HTML character references', decoded, () => first, () => count)
  }

  if (suspect) {
    replaceAll(c1, (char) => windows1252[char] ?? '', 'control-character', 'Repaired Windows-1252 characters decoded as C1 controls')
    replaceAll(control, () => '', 'control-character', 'Removed control characters')
    replaceAll(invisible, () => '', 'invisible-character', 'Removed zero-width characters and noncharacters')
    replaceAll(softHyphen, () => '', 'soft-hyphen', 'Removed soft hyphens')
  }

  // ASCII text is NFC already.
  if (!ascii.test(current)) {
    const nfc = current.normalize('NFC')
    step('unicode-nfc', 'Normalized to Unicode NFC', nfc, () => firstIn(mark, firstDifference(current, nfc)), () => 1)
  }

  const collapsed = current.replace(space, ' ').replace(/ {2,}/g, ' ').trim()
  step('whitespace', 'Collapsed whitespace', collapsed, () => firstIn(unevenSpace, firstDifference(current, collapsed)), () => 1)

  const policy = options.quotes ?? 'straight'
  const quoted = applyQuotePolicy(current, policy)
  const quoteMarks = policy === 'straight' ? /[\u2018-\u201F]/g : /["']|--/g
  step(
    'quotes',
    `Wrote quotes and dashes as \`${policy}\``,
    quoted,
    () => firstIn(policy === 'straight' ? curlyMark : straightMark, firstDifference(current, quoted)),
    () => current.match(quoteMarks)?.length ?? 1
  )

  return {value: current, changes}

  /** Where a rule's pattern first matches the input, so positions point at what the source has. */
  function firstIn(pattern: RegExp, fallback: number): number {
    const index = value.search(pattern)
    return index >= 0 ? index : fallback
  }

  function replaceAll(pattern: RegExp, replace: (char: string) => string, ruleId: string, reason: string): void {
    // A quick test first: `matchAll` and its array cost more than the test, and most text has no match.
    pattern.lastIndex = 0
    const found = pattern.test(current)
    pattern.lastIndex = 0
    if (!found) return
    const matches = [...current.matchAll(pattern)]
    step(ruleId, reason, current.replace(pattern, replace), () => matches[0]?.index ?? 0, () => matches.length)
  }
}

// What `firstIn` searches for (`search` ignores `g` and `lastIndex`, so no copies are needed).
// biome-ignore lint/suspicious/noControlCharactersInRegex: any ASCII character, controls included
const ascii = /^[\u0000-\u007F]*$/
const mark = /\p{M}/u
const unevenSpace = /[\t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]| {2}|^ | $/u
const curlyMark = /[\u2018-\u201F]/
const straightMark = /["']|--/

function firstDifference(a: string, b: string): number {
  let index = 0
  while (index < a.length && index < b.length && a.charCodeAt(index) === b.charCodeAt(index)) index++
  return index
}

