import fc from 'fast-check'
import {franc} from 'franc-min'
import {describe, expect, it} from 'vitest'
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
