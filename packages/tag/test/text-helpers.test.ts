import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import {hasLetter} from '../src/keyphrases/tokens.js'
import {allMatches} from '../src/text/matches.js'
import {isWhitespace} from '../src/text/whitespace.js'

describe('isWhitespace', () => {
  test('agrees with `\\s` on every UTF-16 code unit, with and without the u flag', () => {
    const different: number[] = []
    for (let code = 0; code <= 0xffff; code++) {
      const char = String.fromCharCode(code)
      if (isWhitespace(code) !== /\s/.test(char) || isWhitespace(code) !== /\s/u.test(char)) different.push(code)
    }
    expect(different).toEqual([])
    expect(isWhitespace(0x20)).toBe(true)
    expect(isWhitespace(0x3000)).toBe(true)
    expect(isWhitespace(0x61)).toBe(false)
  })

  test('is false past the end of a string (`charCodeAt` gives NaN)', () => {
    expect(isWhitespace('a'.charCodeAt(5))).toBe(false)
  })
})

describe('allMatches', () => {
  const patterns = [/\b(?:said|says)\b/gu, /a*/gu, /(?:)/g, /\p{Lu}\w*/gu, /x?/g, /[😀b]/gu]
  test('gives what matchAll yields (empty matches and surrogate pairs included)', () => {
    fc.assert(
      fc.property(fc.string({unit: fc.constantFrom('a', 'b', 'A', ' ', 'said', 'x', '😀', '\uD83D', '\uDE00')}), (text) => {
        for (const pattern of patterns) {
          const expected = [...text.matchAll(pattern)].map((m) => [m.index, m[0]])
          expect(allMatches(pattern, text).map((m) => [m.index, m[0]])).toEqual(expected)
          expect(pattern.lastIndex).toBe(0)
        }
      })
    )
  })
})

describe('hasLetter', () => {
  test('agrees with /\\p{L}/u', () => {
    fc.assert(
      fc.property(fc.string({unit: 'binary', maxLength: 12}), (word) => {
        expect(hasLetter(word)).toBe(/\p{L}/u.test(word))
      })
    )
    for (const word of ['', '42', '@[`{', 'a', 'Z', '–é', '中', '3M']) expect(hasLetter(word)).toBe(/\p{L}/u.test(word))
  })
})
