import {readFileSync} from 'node:fs'
import {CopydeskError} from '@copydesk/schema'
import {describe, expect, it} from 'vitest'
import {normalize} from '../src/index.js'
import {messages, rawText} from './helpers.js'

const seed = readFileSync(new URL('fixtures/seed/input.txt', import.meta.url), 'utf8')

describe('normalize', () => {
  it('keeps the seed id whatever the quote policy, and curls quotes only when asked', () => {
    const straight = normalize(rawText(seed)).article
    const typographic = normalize(rawText(seed), {quotes: 'typographic'}).article
    expect(typographic?.id).toBe(straight?.id)
    expect(straight?.text).toContain("People's")
    expect(typographic?.text).toContain('People\u2019s')
    expect(typographic?.text).toContain('\u201CIt will be great')
    expect(typographic?.text.length).toBe(straight?.text.length)
  })

  it('drops a first line that repeats the given title, even with a site name added', () => {
    const text = 'Harbour tunnel reopens after repairs\n\nThe tunnel reopened on Saturday after three weeks of repairs.'
    const {article} = normalize(rawText(text, 'page.html', {title: 'Harbour tunnel reopens after repairs | Example News'}))
    expect(article?.title).toBe('Harbour tunnel reopens after repairs | Example News')
    expect(article?.paragraphs).toEqual(['The tunnel reopened on Saturday after three weeks of repairs.'])
    expect(article?.extracted.map((item) => item.kind)).toEqual(['headline'])
  })

  it('takes a byline run on after the dateline, and a headline-like line under a byline, out of the body', () => {
    const wire = 'Harbour tunnel reopens\n\nWASHINGTON (AP) \u2014 By JANE DOE\n\njdoe@example.com\n\nThe tunnel reopened on Saturday after three weeks of repairs.'
    const {article, file} = normalize(rawText(wire))
    expect(article?.paragraphs).toEqual(['The tunnel reopened on Saturday after three weeks of repairs.'])
    expect(article?.authors).toEqual([{name: 'Jane Doe', email: 'jdoe@example.com'}])
    expect(article?.extracted.map((item) => item.kind)).toEqual(['headline', 'dateline', 'byline', 'email'])
    expect(messages(file)).toContain('3:19 info byline: Moved the byline `By JANE DOE` out of the body')

    // A lede that opens with `By` and a time is no byline.
    const lede = 'Bridge vote\n\nWASHINGTON (AP) \u2014 By Friday, the council had voted.\n\nMore text here.'
    expect(normalize(rawText(lede)).article?.paragraphs).toEqual(['By Friday, the council had voted.', 'More text here.'])

    const bylineFirst = 'By Jane Doe\n\nHarbour tunnel reopens\n\nThe tunnel reopened on Saturday after three weeks of repairs.'
    const again = normalize(rawText(bylineFirst)).article
    expect(again?.title).toBe('Harbour tunnel reopens')
    expect(again?.paragraphs).toEqual(['The tunnel reopened on Saturday after three weeks of repairs.'])
  })

  it('reports an unreadable date and keeps going', () => {
    const {article, file} = normalize(rawText(seed, 'seed.txt', {date: 'the day before yesterday'}))
    expect(article?.date).toBe('2012-03-20')
    expect(messages(file)).toContain(
      '1:1 warning date: Cannot read the date `the day before yesterday`: write it as ISO 8601 (`2012-03-20` or `2012-03-20T08:30:00+08:00`)'
    )
  })

  it('uses the zone from the options for a publisher and for naive dates', () => {
    const {article} = normalize(rawText(seed, 'seed.txt', {date: '2012-03-20 06:00'}), {timeZones: {'China Daily': 'Asia/Hong_Kong'}})
    expect(article?.timeZone).toBe('Asia/Hong_Kong')
    expect(article?.date).toBe('2012-03-20T06:00:00+08:00')
    const other = normalize(rawText('Officials met on Monday to discuss the budget for next year.', 'x.txt', {date: '2012-07-04 09:00'}), {timeZone: 'America/New_York'})
    expect(other.article?.timeZone).toBe('America/New_York')
    expect(other.article?.date).toBe('2012-07-04T09:00:00-04:00')
  })

  it('returns no article and an error message for something that is not a raw article', () => {
    const {article, file} = normalize({text: 42} as never)
    expect(article).toBeUndefined()
    expect(messages(file)[0]).toMatch(/^1:1 error raw-article: Not a raw article: `source`/)
  })

  it('throws a CONFIG error for invalid options', () => {
    expect(() => normalize(rawText(seed), {timeZone: 'Nowhere/Special'})).toThrowError(CopydeskError)
  })
})
