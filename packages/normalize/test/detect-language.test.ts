import fc from 'fast-check'
import {franc} from 'franc-min'
import {data} from 'franc-min/data.js'
import {describe, expect, it} from 'vitest'
import {asciiClean, distancesOf} from '../src/detect-language.js'
import {detectLanguage} from '../src/index.js'

const words = [
  'the', 'government', 'said', 'on', 'Monday', 'le', 'gouvernement', 'a', 'annoncé', 'lundi', 'el', 'gobierno', 'dijo', 'el', 'lunes', 'die', 'Regierung',
  'sagte', 'am', 'Montag', 'правительство', 'заявило', 'в', 'понедельник', 'الحكومة', 'قالت', 'सरकार', 'ने', 'कहा', '政府', '周一', '表示', 'hükümet', 'pazartesi',
  'açıkladı', 'İstanbul', 'rząd', 'powiedział', 'w', 'poniedziałek', '2012', '--', '(AP)', '"', '\u00AD', '\n'
]
const text = fc.oneof(
  fc.array(fc.constantFrom(...words), {maxLength: 200}).map((list) => list.join(' ')),
  fc.string({unit: 'grapheme', maxLength: 300}),
  fc.string({unit: 'binary', maxLength: 300})
)

describe('detectLanguage', () => {
  it('gives what franc-min gives for the same opening', () => {
    fc.assert(
      fc.property(text, (value) => {
        const sample = value.slice(0, 1000)
        expect(detectLanguage(sample).iso6393).toBe(franc(sample, {minLength: 20}))
      }),
      {seed: 3, numRuns: 300}
    )
  })

  it('gives what franc-min gives on every script, with and without surrogates, in its fast and plain paths', () => {
    // Characters from every script franc-min tells apart (and U+0400 and above inside Latin
    // words, which leave the numbered-trigram path), any BMP character but surrogates (the
    // per-character script table), and any string (surrogates: the expressions themselves).
    const bmp = fc.integer({min: 0, max: 0xffff}).filter((code) => code < 0xd800 || code > 0xdfff).map((code) => String.fromCharCode(code))
    const scripts = fc.constantFrom(
      'straße', 'ẞtraße', 'élève', 'ǅemal', 'Ωmega', 'ⅻ', 'ﬁn', 'Ａｂｃ', 'дом', 'ѐ', 'кіт', 'بيت', 'ﻻ', 'घर', 'বাড়ি', 'ਘਰ', 'ઘર', 'வீடு', 'ఇల్లు', 'ಮನೆ',
      'വീട്', 'အိမ်', 'ບ້ານ', 'บ้าน', 'ගෙදර', 'σπίτι', 'ቤት', '家', 'いえ', 'カタカナ', '집', 'ꦲꦤ', '𠀀', '𝐀', '\ud800', '\udc00'
    )
    const mixed = fc.oneof(
      fc.array(fc.oneof({arbitrary: fc.constantFrom(...words), weight: 4}, {arbitrary: scripts, weight: 2}, {arbitrary: bmp, weight: 1}), {maxLength: 150}).map((list) => list.join(' ')),
      fc.array(bmp, {minLength: 20, maxLength: 300}).map((list) => list.join('')),
      fc.array(fc.oneof(bmp, fc.constantFrom(' ', 'a', 'e', 'т', 'و')), {minLength: 20, maxLength: 300}).map((list) => list.join(''))
    )
    fc.assert(
      fc.property(mixed, (value) => {
        const sample = value.slice(0, 1000)
        expect(detectLanguage(sample).iso6393).toBe(franc(sample, {minLength: 20}))
      }),
      {numRuns: 500}
    )
  })

  it('reads only the opening of a long text', () => {
    const english = 'The city council met on Monday to discuss the budget for the coming year and the new library. '
    const french = 'Le conseil municipal s’est réuni lundi pour discuter du budget de l’année prochaine et de la nouvelle bibliothèque. '
    expect(detectLanguage(english.repeat(12) + french.repeat(40)).language).toBe('en')
    expect(detectLanguage(french.repeat(12) + english.repeat(40)).language).toBe('fr')
  })
})

describe('numbered trigrams', () => {
  it('give every language the distance of the string trigrams less one constant (property)', () => {
    // Words of every Latin-script language franc-min knows, made of its own trigrams, and any character below U+0400.
    const models = Object.values((data as Record<string, Record<string, string>>).Latin ?? {})
    const trigram = fc.integer({min: 0, max: models.length - 1}).chain((model) => fc.constantFrom(...(models[model] as string).split('|')))
    const low = fc.integer({min: 0x20, max: 0x3ff}).map((code) => String.fromCharCode(code))
    const cleaned = fc
      .array(fc.oneof({arbitrary: trigram, weight: 6}, {arbitrary: low, weight: 1}, {arbitrary: fc.constant(' '), weight: 2}), {minLength: 1, maxLength: 400, size: 'max'})
      .map((parts) => ` ${parts.join('').replace(/\s+/g, ' ').trim().toLowerCase()} `)
    let compared = 0
    fc.assert(
      fc.property(cleaned, (value) => {
        const {numbered, plain} = distancesOf(value, 'Latin')
        if (!numbered) return
        compared++
        const offset = (plain[0] as number) - (numbered[0] as number)
        expect([...numbered].map((distance) => distance + offset)).toEqual([...plain])
      }),
      {numRuns: 600}
    )
    expect(compared).toBeGreaterThan(100)
  })
})

describe('ASCII clean-up', () => {
  it('is trigram-utils\' clean, padded, for ASCII text and declines any other (property)', () => {
    const ascii = fc.oneof(
      fc.string({unit: fc.integer({min: 0, max: 0x7f}).map((code) => String.fromCharCode(code)), maxLength: 200, size: 'max'}),
      fc.array(fc.constantFrom('The', 'COUNCIL', "it's", '2012', '--', '(AP)', ' ', '  ', '\t', '\n', '\v', '\f', '\r', '\u001c', '\u0000', '\u007f', '@', '[', '`', '{', '~'), {maxLength: 80, size: 'max'}).map((parts) => parts.join(''))
    )
    fc.assert(
      fc.property(ascii, (value) => {
        expect(asciiClean(value)).toBe(` ${value.replace(/[\u0021-\u0040]+/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase()} `)
      }),
      {numRuns: 2000}
    )
    for (const other of ['caf\u00e9', 'a\u0080', '\u00a0x', 'x\u2028y', '\ud83d\ude00']) expect(asciiClean(other)).toBeUndefined()
  })
})
