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

  it('reads only the opening of a long text', () => {
    const english = 'The city council met on Monday to discuss the budget for the coming year and the new library. '
    const french = 'Le conseil municipal s’est réuni lundi pour discuter du budget de l’année prochaine et de la nouvelle bibliothèque. '
    expect(detectLanguage(english.repeat(12) + french.repeat(40)).language).toBe('en')
    expect(detectLanguage(french.repeat(12) + english.repeat(40)).language).toBe('fr')
  })
})
