import {selectFeedItems} from '@copydesk/publish'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {FeedShortlist} from '../src/pipeline/feed-shortlist.js'

interface Item {
  id: string
  date?: string
  editionDate?: string
  timeZone?: string
}

// Dates around `now`, some only a day, some in the future, some missing; ids unique.
const day = fc.integer({min: 1, max: 28}).map((value) => `2026-03-${String(value).padStart(2, '0')}`)
const instant = fc.tuple(day, fc.integer({min: 0, max: 23})).map(([date, hour]) => `${date}T${String(hour).padStart(2, '0')}:00:00Z`)
const item = fc.record({date: fc.option(fc.oneof(day, instant), {nil: undefined}), editionDate: fc.option(day, {nil: undefined}), timeZone: fc.option(fc.constantFrom('Asia/Shanghai', 'America/New_York'), {nil: undefined})})
const items = fc.array(item, {maxLength: 200}).map((list) =>
  list.map((fields, index): Item => {
    const value: Item = {id: `cd-${String(index).padStart(4, '0')}`}
    if (fields.date) value.date = fields.date
    if (fields.editionDate) value.editionDate = fields.editionDate
    if (fields.timeZone) value.timeZone = fields.timeZone
    return value
  })
)

describe('FeedShortlist', () => {
  it('chooses what selectFeedItems chooses from every candidate at once, holding a bounded few (property)', () => {
    fc.assert(
      fc.property(items, fc.integer({min: 1, max: 6}), fc.integer({min: 0, max: 8}), fc.boolean(), (list, maxItems, slack, includeFuture) => {
        const feed = {title: 'T', siteUrl: 'https://news.example.com/', maxItems, includeFuture, now: '2026-03-15T12:00:00Z'}
        const shortlist = new FeedShortlist<Item>(feed, slack)
        for (const candidate of list) {
          shortlist.add(candidate)
          expect(shortlist.size).toBeLessThan(2 * maxItems + slack)
        }
        expect(shortlist.chosen()).toEqual(selectFeedItems(list, feed))
      })
    )
  })

  it('fixes `now` once, when the options give none', () => {
    const shortlist = new FeedShortlist<Item>({title: 'T', siteUrl: 'https://news.example.com/'})
    const now = shortlist.selection.now
    expect(Date.parse(now as string)).toBeGreaterThan(Date.parse('2026-01-01'))
    shortlist.add({id: 'a', date: '2000-01-01'})
    expect(shortlist.selection.now).toBe(now)
    expect(shortlist.chosen().map((value) => value.id)).toEqual(['a'])
  })
})
