import fc from 'fast-check'
import {unified} from 'unified'
import retextEnglish from 'retext-english'
import {VFile} from 'vfile'
import {describe, expect, test} from 'vitest'
import {retextDates, retextNumbers} from '../src/index.js'

const processor = unified().use(retextEnglish).use(retextDates).use(retextNumbers).freeze()
const numbers = async (text: string) => {
  const file = new VFile(text)
  await processor.run(processor.parse(file), file)
  return (file.data.numbers ?? []).map((n) => [n.text, n.value, n.unit, n.qualifier])
}

describe('retextNumbers', () => {
  test('the seed numbers', async () => {
    expect(await numbers('Since then, more than 300 pairs formed and exports rose by 38.5 percent in 1973.')).toEqual([
      ['more than 300', 300, undefined, 'more than'],
      ['38.5 percent', 38.5, 'percent', undefined]
    ])
  })

  test('money with symbols, scales and currency words', async () => {
    expect(await numbers('It cost $4.5 billion, or 4 billion euros, after US$ 300 million and 1,200 yuan.')).toEqual([
      ['$4.5 billion', 4_500_000_000, 'USD', undefined],
      ['4 billion euros', 4_000_000_000, 'EUR', undefined],
      ['US$ 300 million', 300_000_000, 'USD', undefined],
      ['1,200 yuan', 1200, 'CNY', undefined]
    ])
  })

  test('counts with qualifiers and number words with a scale', async () => {
    expect(await numbers('About 40,000 families and nearly two million people; 5% and 2.5 percentage points.')).toEqual([
      ['About 40,000', 40_000, undefined, 'about'],
      ['nearly two million', 2_000_000, undefined, 'nearly'],
      ['5%', 5, 'percent', undefined],
      ['2.5 percentage points', 2.5, 'percentage points', undefined]
    ])
  })

  test('times, ordinals, identifiers and dates are not numbers', async () => {
    expect(await numbers('At 10:30 on April 18 the 3rd F-16 of flight MH370 left; two countries met.')).toEqual([])
  })

  test('qualifiers and symbols far before the number, across whitespace', async () => {
    const text = 'It cost approximately          US$ 5 million. Some half    a million people came, more than\n  300 of them; up to .5 percent and 1,200 yuan.'
    expect(await numbers(text)).toEqual([
      ['approximately          US$ 5 million', 5000000, 'USD', 'approximately'],
      ['Some half    a million', 500000, undefined, 'some'],
      ['more than\n  300', 300, undefined, 'more than'],
      ['up to .5 percent', 0.5, 'percent', 'up to'],
      ['1,200 yuan', 1200, 'CNY', undefined]
    ])
  })

  test('any text: spans in range and finite values', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({maxLength: 200}), async (text) => {
        const file = new VFile(text)
        await processor.run(processor.parse(file), file)
        for (const n of file.data.numbers ?? []) {
          expect(text.slice(n.start, n.end)).toBe(n.text)
          expect(Number.isFinite(n.value)).toBe(true)
        }
      }),
      {numRuns: 200}
    )
  })
})
