import {tagsSchema} from '@copydesk/schema'
import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import {tag} from '../src/index.js'

describe('tag', () => {
  test('returns schema-valid tags', async () => {
    const {tags, file} = await tag('Aid workers in Haiti said the earthquake relief effort is slow.\n\nThe earthquake relief effort needs money.')
    expect(tagsSchema.parse(tags)).toEqual(tags)
    expect(tags.wordCount).toBe(17)
    expect(tags.readingTime).toBe(1)
    expect(tags.keyphrases.map((k) => k.phrase)).toContain('earthquake relief effort')
    expect(file.messages).toEqual([])
  })

  test('warns about an unusable reference date and keeps going', async () => {
    const {file} = await tag('Talks resumed on Monday.', {date: 'last week'})
    expect(file.messages.map((m) => m.ruleId)).toEqual(['reference-date'])
    expect(file.data.referenceDate).toBeUndefined()
  })

  test('stores a valid reference date on the file', async () => {
    const {file} = await tag('Talks resumed on Monday.', {date: '2012-03-20'})
    expect(file.data.referenceDate).toBe('2012-03-20')
  })

  test('warns about an unsupported language', async () => {
    const {file} = await tag('Bonjour.', {language: 'fr'})
    expect(file.messages.map((m) => m.ruleId)).toEqual(['language'])
  })

  test('any string gives valid tags with offsets inside the text', async () => {
    const text = fc.oneof(
      fc.string({unit: 'grapheme', maxLength: 300}),
      fc.array(fc.constantFrom('"', '“', '”', 'said', 'Li', 'Monday', '38.5', 'percent', 'more than', '300', ',', '.', '\n', '\n\n', ' ', "Japan's", 'According to', 'he'), {maxLength: 60}).map((parts) => parts.join(' '))
    )
    await fc.assert(
      fc.asyncProperty(text, async (value) => {
        const {tags} = await tag(value, {date: '2012-03-20'})
        tagsSchema.parse(tags)
        const spans = [...tags.quotes, ...tags.dates, ...tags.numbers, ...tags.keyphrases.flatMap((k) => k.mentions), ...tags.entities.flatMap((e) => e.mentions)]
        for (const span of spans) {
          expect(span.start).toBeLessThanOrEqual(span.end)
          expect(span.end).toBeLessThanOrEqual(value.length)
        }
      }),
      {numRuns: 150}
    )
  })
})
