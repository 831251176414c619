/**
 * `cleanText` works out where and how many only when a rule changed something, and skips
 * the rules that cannot apply: the same values and change records as the plain version it
 * replaced, kept here as the reference.
 */
import fc from 'fast-check'
import {parseEntities} from 'parse-entities'
import {describe, expect, it} from 'vitest'
import {cleanText, type TextChange} from '../src/clean-text.js'
import {applyQuotePolicy, type QuotePolicy} from '../src/quote-policy.js'

const windows1252: Record<string, string> = {
  '\u0080': '\u20AC', '\u0082': '\u201A', '\u0083': '\u0192', '\u0084': '\u201E', '\u0085': '\u2026',
  '\u0086': '\u2020', '\u0087': '\u2021', '\u0088': '\u02C6', '\u0089': '\u2030', '\u008A': '\u0160',
  '\u008B': '\u2039', '\u008C': '\u0152', '\u008E': '\u017D', '\u0091': '\u2018', '\u0092': '\u2019',
  '\u0093': '\u201C', '\u0094': '\u201D', '\u0095': '\u2022', '\u0096': '\u2013', '\u0097': '\u2014',
  '\u0098': '\u02DC', '\u0099': '\u2122', '\u009A': '\u0161', '\u009B': '\u203A', '\u009C': '\u0153',
  '\u009E': '\u017E', '\u009F': '\u0178'
}

function referenceCleanText(value: string, quotes: QuotePolicy): {value: string; changes: TextChange[]} {
  const changes: TextChange[] = []
  let current = value
  const step = (ruleId: string, reason: string, next: string, index: number, count: number): void => {
    if (next !== current) {
      changes.push({ruleId, reason, index: Math.max(0, Math.min(index, value.length)), count: Math.max(count, 1)})
      current = next
    }
  }
  if (current.includes('&')) {
    let count = 0
    let first = -1
    let decoded = current
    for (let round = 0; round < 8 && decoded.includes('&'); round++) {
      const next = parseEntities(decoded, {
        nonTerminated: false,
        reference(_value, position) {
          count++
          if (round === 0 && first < 0) first = position.start.offset ?? 0
        }
      })
      if (next === decoded) break
      decoded = next
    }
    step('html-entity', 'Decoded HTML character references', decoded, first, count)
  }
  const replaceAll = (pattern: RegExp, replace: (char: string) => string, ruleId: string, reason: string): void => {
    const matches = [...current.matchAll(pattern)]
    if (matches.length === 0) return
    step(ruleId, reason, current.replace(pattern, replace), matches[0]?.index ?? 0, matches.length)
  }
  const firstIn = (pattern: RegExp, fallback: number): number => {
    const index = value.search(new RegExp(pattern.source, pattern.flags.replace('g', '')))
    return index >= 0 ? index : fallback
  }
  replaceAll(/[\u0080-\u009F]/g, (char) => windows1252[char] ?? '', 'control-character', 'Repaired Windows-1252 characters decoded as C1 controls')
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the reference removes control characters
  replaceAll(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, () => '', 'control-character', 'Removed control characters')
  replaceAll(/[\u200B\u2060\uFEFF\u180E\uFDD0-\uFDEF\uFFFE\uFFFF]/g, () => '', 'invisible-character', 'Removed zero-width characters and noncharacters')
  replaceAll(/\u00AD/g, () => '', 'soft-hyphen', 'Removed soft hyphens')
  const nfc = current.normalize('NFC')
  step('unicode-nfc', 'Normalized to Unicode NFC', nfc, firstIn(/\p{M}/u, firstDifference(current, nfc)), 1)
  const collapsed = current.replace(/[\t\n\r\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g, ' ').replace(/ {2,}/g, ' ').trim()
  step('whitespace', 'Collapsed whitespace', collapsed, firstIn(/[\t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]| {2}|^ | $/u, firstDifference(current, collapsed)), 1)
  const quoted = applyQuotePolicy(current, quotes)
  const quoteMarks = quotes === 'straight' ? /[\u2018-\u201F]/g : /["']|--/g
  const marks = current.match(quoteMarks)?.length ?? 1
  step('quotes', `Wrote quotes and dashes as \`${quotes}\``, quoted, firstIn(quoteMarks, firstDifference(current, quoted)), marks)
  return {value: current, changes}
}

function firstDifference(a: string, b: string): number {
  let index = 0
  while (index < a.length && index < b.length && a.charCodeAt(index) === b.charCodeAt(index)) index++
  return index
}

const pieces = fc.constantFrom(
  '&amp;', '&amp;amp;', '&#x41;', '&#169;', '&copy', '&', ';', '&nbsp;', '\u0080', '\u0085', '\u0092', '\u009d', '\u0000', '\u0007', '\u000b', '\u001f',
  '\u007f', '\u200b', '\u2060', '\ufeff', '\u180e', '\ufdd0', '\uffff', '\u00ad', 'e\u0301', '\u0301', 'A\u030a', '\u212b', '\u1e9b\u0323', ' ', '  ',
  '\t', '\n', '\r', '\u00a0', '\u2003', '\u3000', "'", '"', '\u2018', '\u2019', '\u201c', '\u201d', '--', '---', '-', 'a', 'Zz', '9', '12', 'é',
  '\ud83d\ude00', '\ud800', '(', '/'
)
const text = fc.oneof(
  fc.array(fc.oneof({arbitrary: pieces, weight: 4}, {arbitrary: fc.string({maxLength: 4}), weight: 1}), {maxLength: 14}).map((parts) => parts.join('')),
  fc.string({unit: 'binary', maxLength: 30})
)

describe('cleanText', () => {
  it('gives the values and change records of the plain version, under every quote policy', () => {
    fc.assert(
      fc.property(text, fc.constantFrom<QuotePolicy>('straight', 'typographic', 'preserve'), (value, quotes) => {
        expect(cleanText(value, {quotes})).toStrictEqual(referenceCleanText(value, quotes))
      }),
      {numRuns: 3000}
    )
  })

  it('gives them again when called many times (the shared expressions keep no state)', () => {
    const value = 'a\u0085b\u0000c\u200bd\u00ade  \u201cf\u201d &amp;amp; e\u0301'
    const expected = referenceCleanText(value, 'straight')
    for (let round = 0; round < 3; round++) expect(cleanText(value)).toStrictEqual(expected)
  })
})
