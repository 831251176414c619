import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import {tagWord} from '../src/keyphrases/part-of-speech.js'
import {stopWords} from '../src/keyphrases/stop-words.js'
import {wordInfo} from '../src/keyphrases/tokens.js'

// What tokenRuns and candidates computed per token before the per-word cache, kept here as the reference.
function possessiveLength(word: string): number {
  const last = word.charCodeAt(word.length - 1)
  if (last === 39 || last === 0x2019) return 1
  if (last === 115 || last === 83) {
    const before = word.charCodeAt(word.length - 2)
    if (before === 39 || before === 0x2019) return 2
  }
  return 0
}

function reference(raw: string) {
  const cut = possessiveLength(raw)
  const possessive = cut > 0 && raw.length > 2
  const text = possessive ? raw.slice(0, raw.length - cut) : raw
  const lower = text.toLowerCase()
  const skip = stopWords.has(lower) || !/\p{L}/u.test(text)
  return {text, lower, possessive, skip}
}

/** The word-only part of candidates' old `isContent` (before the part-of-speech test). */
function contentByWord(text: string, lower: string, initial: boolean): boolean {
  if (!/\p{L}/u.test(text) || stopWords.has(lower) || (lower.endsWith('.') && stopWords.has(lower.slice(0, -1)))) return false
  if (text.length < 2) return false
  if (text.length === 2 && text !== text.toUpperCase() && (initial || !/^\p{Lu}/u.test(text))) return false
  if (/^[\p{N}\p{P}]/u.test(text)) return false
  return true
}

const units = ['a', 'b', 's', 'S', 'A', 'Q', 'é', 'É', 'İ', 'ſ', 'K', '1', '.', '-', "'", '’', '”', 'ß', 'ǅ', '😀', 'mr', 'the', 'said']
const words = [...stopWords, "Japan's", 'Japan’s', "s'", "'s", 'US', 'Us', 'uS', 'Mr.', 'mr.', 'No.', 'a.', '1990s', '-ly', '“Quote', 'x']

describe('wordInfo', () => {
  const check = (raw: string): void => {
    const info = wordInfo(raw)
    const want = reference(raw)
    expect({text: info.text, lower: info.lower, possessive: info.possessive, skip: info.skip}).toEqual(want)
    expect(info.raw).toBe(raw)
    expect(info.capital).toBe(/^\p{Lu}/u.test(want.text))
    if (!want.skip) {
      for (const initial of [true, false]) {
        const content = info.content !== 'never' && !(info.content === 'capitalised' && (initial || !info.capital))
        expect(content).toBe(contentByWord(want.text, want.lower, initial))
      }
    }
  }

  test('gives what the per-token code gave (stop words, possessives, odd case mappings)', () => {
    for (const word of words) {
      check(word)
      check(word.toUpperCase())
      check(word.charAt(0).toUpperCase() + word.slice(1))
    }
    fc.assert(fc.property(fc.string({unit: fc.constantFrom(...units), minLength: 1, maxLength: 6}), (raw) => check(raw)))
  })

  test('is one object per word', () => {
    expect(wordInfo('Parliament')).toBe(wordInfo('Parliament'))
  })
})

describe('tagWord after `would`', () => {
  test('only a previous word that lowercases to `would` makes a noun a verb', () => {
    const previous = fc.string({unit: fc.constantFrom('w', 'o', 'u', 'l', 'd', 'W', 'O', 'U', 'L', 'D', 'İ', 'K', 'ſ', 'x'), maxLength: 7})
    fc.assert(
      fc.property(previous, (word) => {
        expect(tagWord('house', undefined, word)).toBe(word.toLowerCase() === 'would' ? 'VB' : 'NN')
      })
    )
    expect(tagWord('house', undefined, 'WoUlD')).toBe('VB')
  })
})
