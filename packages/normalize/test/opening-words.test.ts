/** `openingWords` reads only the opening of an ASCII body: the same words as the whole-text version, kept here as the reference. */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {openingWords} from '../src/article-id.js'

function referenceOpeningWords(text: string, count = 24): string {
  const words = text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/['\u2018\u2019]/g, '')
    .match(/[\p{L}\p{N}]+/gu)
  return (words ?? []).slice(0, count).join(' ')
}

const pieces = fc.constantFrom(
  'the', 'Council', "O'Neil", 'a', 'I', '2012', '3.5', 'x-y', ' ', '  ', '\n', '\t', ',', '.', "'", '"', '--', '\u0000', '\u007f', 'ÉTÉ', 'é', 'e\u0301',
  '\u0301', '\u0308', '\uFB01', '\u2460', 'ΟΔΟΣ', 'Σ', '\u2019', '\u00A0', '\u3000', 'İ', 'ß', '\ud83d\ude00', '\ud800', 'Ａ', '\u00A8'
)
const body = fc.oneof(
  fc.array(fc.oneof({arbitrary: pieces, weight: 6}, {arbitrary: fc.string({maxLength: 5}), weight: 1}), {maxLength: 400}).map((parts) => parts.join('')),
  // Long ASCII openings followed by anything: the cut falls in the ASCII part.
  fc
    .tuple(fc.array(fc.constantFrom('word', 'Two', "it's", '9', ' ', ' ', '. '), {minLength: 100, maxLength: 300}), fc.array(pieces, {maxLength: 40}))
    .map(([ascii, rest]) => ascii.join('') + rest.join('')),
  // Long bodies with a few other characters anywhere, the opening included.
  fc
    .array(fc.oneof({arbitrary: fc.constantFrom('word', 'Two', "it's", '9', ' ', ' ', '. '), weight: 30}, {arbitrary: pieces, weight: 1}), {minLength: 150, maxLength: 300})
    .map((parts) => parts.join(''))
)

describe('openingWords', () => {
  it('gives the first words of the whole text', () => {
    fc.assert(
      fc.property(body, fc.constantFrom(24, 0, 1, 80, 200, Number.POSITIVE_INFINITY, -1), (text, count) => {
        expect(openingWords(text, count)).toBe(referenceOpeningWords(text, count))
      }),
      {numRuns: 2000}
    )
  })
})
