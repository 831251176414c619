import fc from 'fast-check'
import {unified} from 'unified'
import retextEnglish from 'retext-english'
import {VFile} from 'vfile'
import {describe, expect, test} from 'vitest'
import {retextDates} from '../src/index.js'

const processor = unified().use(retextEnglish).use(retextDates).freeze()
const dates = async (text: string, referenceDate?: string) => {
  const file = new VFile(text)
  if (referenceDate) file.data.referenceDate = referenceDate
  await processor.run(processor.parse(file), file)
  return {dates: (file.data.dates ?? []).map((d) => [d.text, d.value]), file}
}

describe('retextDates', () => {
  test('any case, the same with characters that lowercase oddly elsewhere in the text', async () => {
    const text = 'They met LAST YEAR and Today, on MONDAY, four DAYS AGO and this coming friday.'
    const want = [
      ['LAST YEAR', '2011'],
      ['Today', '2012-03-20'],
      ['on MONDAY', '2012-03-19'],
      ['four DAYS AGO', '2012-03-16'],
      ['this coming friday', '2012-03-23']
    ]
    expect((await dates(text, '2012-03-20')).dates).toEqual(want)
    // `İ` lowercases to two units and `ſ` folds to `s`: the case-insensitive patterns run on the text itself.
    for (const odd of ['İ ', 'ſ ', '\u212A ']) {
      const {file} = await dates(odd + text, '2012-03-20')
      expect((file.data.dates ?? []).map((d) => [d.start - odd.length, d.end - odd.length, d.text, d.value])).toEqual(
        want.map(([value, date]) => [text.indexOf(value as string), text.indexOf(value as string) + (value as string).length, value, date])
      )
    }
  })

  test('resolves the seed dates against the edition date', async () => {
    const text = 'Officials said on Monday that talks open on April 18 in Tokyo. Kobe became a sister city in 1973. Exports rose at the end of March 2011.'
    expect((await dates(text, '2012-03-20')).dates).toEqual([
      ['on Monday', '2012-03-19'],
      ['April 18', '2012-04-18'],
      ['1973', '1973'],
      ['the end of March 2011', '2011-03']
    ])
  })

  test('weekdays: past by default, future with next or a future tense', async () => {
    const text = 'He arrived Tuesday. She will speak on Friday. They meet next Tuesday. It fell last Tuesday.'
    expect((await dates(text, '2012-03-20')).dates).toEqual([
      ['Tuesday', '2012-03-20'],
      ['on Friday', '2012-03-23'],
      ['next Tuesday', '2012-03-27'],
      ['last Tuesday', '2012-03-13']
    ])
  })

  test('a day and month without a year takes the nearest year', async () => {
    expect((await dates('Trading resumed on December 28.', '2012-01-05')).dates).toEqual([['December 28', '2011-12-28']])
  })

  test('absolute forms need no reference', async () => {
    const text = 'Filed 2012-03-20, signed 18 April 2012, due March 5, 2013.'
    expect((await dates(text)).dates).toEqual([
      ['2012-03-20', '2012-03-20'],
      ['18 April 2012', '2012-04-18'],
      ['March 5, 2013', '2013-03-05']
    ])
  })

  test('relative dates without a reference keep no value', async () => {
    expect((await dates('They met yesterday.')).dates).toEqual([['yesterday', undefined]])
  })

  test('relative words: yesterday, last year, next month', async () => {
    const text = 'It rained yesterday, worse than last year; more is due next month.'
    expect((await dates(text, '2012-12-20')).dates).toEqual([
      ['yesterday', '2012-12-19'],
      ['last year', '2011'],
      ['next month', '2013-01']
    ])
  })

  test('counted offsets: days, weeks, months and years ago; vague ones keep no value', async () => {
    const text = 'It began three days ago, a week ago, two months ago, 5 years ago and several years ago.'
    expect((await dates(text, '2012-03-20')).dates).toEqual([
      ['three days ago', '2012-03-17'],
      ['a week ago', '2012-03-13'],
      ['two months ago', '2012-01'],
      ['5 years ago', '2007'],
      ['several years ago', undefined]
    ])
  })

  test('numbers that are not years stay out', async () => {
    expect((await dates('About 2000 people and 1,973 troops paid $2010.')).dates).toEqual([])
  })

  test('an invalid reference date is a message, not a crash', async () => {
    const {file} = await dates('on Monday', 'soon')
    expect(file.messages.map((m) => m.ruleId)).toEqual(['reference-date'])
  })

  test('any text: spans in range and matching their text', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({maxLength: 200}), async (text) => {
        const file = new VFile(text)
        file.data.referenceDate = '2012-03-20'
        await processor.run(processor.parse(file), file)
        for (const d of file.data.dates ?? []) {
          expect(text.slice(d.start, d.end)).toBe(d.text)
          if (d.value) expect(d.value).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/)
        }
      }),
      {numRuns: 200}
    )
  })
})
