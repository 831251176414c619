import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import {articleDate, articleUpdated, resolveDate, toRfc822, toRfc3339} from '../src/index.js'

describe('resolveDate', () => {
  test('a date-only date is midnight in the article time zone', () => {
    const date = resolveDate('2012-03-20', 'Asia/Shanghai')
    expect(date).toEqual({instant: Date.parse('2012-03-19T16:00:00Z'), offset: 480})
    expect(date && toRfc822(date)).toBe('Tue, 20 Mar 2012 00:00:00 +0800')
    expect(date && toRfc3339(date)).toBe('2012-03-20T00:00:00+08:00')
  })

  test('a date-only date without a (known) time zone is midnight UTC', () => {
    expect(resolveDate('2012-03-20')).toEqual({instant: Date.parse('2012-03-20T00:00:00Z'), offset: 0})
    expect(resolveDate('2012-03-20', 'Not/AZone')).toEqual({instant: Date.parse('2012-03-20T00:00:00Z'), offset: 0})
    const utc = resolveDate('2012-03-20')
    expect(utc && toRfc822(utc)).toBe('Tue, 20 Mar 2012 00:00:00 +0000')
    expect(utc && toRfc3339(utc)).toBe('2012-03-20T00:00:00Z')
  })

  test('a numeric offset is kept, whatever the time zone', () => {
    const date = resolveDate('2012-03-20T09:30:00+08:00', 'Europe/London')
    expect(date && toRfc822(date)).toBe('Tue, 20 Mar 2012 09:30:00 +0800')
    const west = resolveDate('1991-08-06T14:56:20-05:30')
    expect(west && toRfc822(west)).toBe('Tue, 06 Aug 1991 14:56:20 -0530')
    expect(west && toRfc3339(west)).toBe('1991-08-06T14:56:20-05:30')
  })

  test('a Z date-time is shown in the article time zone', () => {
    const date = resolveDate('2012-03-19T16:00:00Z', 'Asia/Shanghai')
    expect(date && toRfc822(date)).toBe('Tue, 20 Mar 2012 00:00:00 +0800')
  })

  test('daylight saving time follows the zone rules of that day', () => {
    const summer = resolveDate('2024-07-01', 'America/New_York')
    const winter = resolveDate('2024-01-01', 'America/New_York')
    expect(summer && toRfc822(summer)).toBe('Mon, 01 Jul 2024 00:00:00 -0400')
    expect(winter && toRfc822(winter)).toBe('Mon, 01 Jan 2024 00:00:00 -0500')
  })

  test('dates far in the past and future, and leap days', () => {
    const future = resolveDate('2099-12-31', 'America/Los_Angeles')
    expect(future && toRfc822(future)).toBe('Thu, 31 Dec 2099 00:00:00 -0800')
    const leap = resolveDate('2020-02-29T23:59:59.999Z')
    expect(leap && toRfc822(leap)).toBe('Sat, 29 Feb 2020 23:59:59 +0000')
    expect(leap && toRfc3339(leap)).toBe('2020-02-29T23:59:59Z')
    const early = resolveDate('0050-06-01')
    expect(early && toRfc3339(early)).toBe('0050-06-01T00:00:00Z')
  })

  test('impossible or malformed dates resolve to nothing', () => {
    expect(resolveDate('2012-02-30')).toBeUndefined()
    expect(resolveDate('2012-03-20T24:00:00Z')).toBeUndefined()
    expect(resolveDate('20 March 2012')).toBeUndefined()
    expect(resolveDate('2012-03-20T10:00:00')).toBeUndefined()
  })
})

describe('articleDate and articleUpdated', () => {
  test('falls back to the edition date', () => {
    expect(articleDate({editionDate: '2012-03-20', timeZone: 'Asia/Shanghai'})?.offset).toBe(480)
    expect(articleDate({})).toBeUndefined()
  })

  test('updated counts only when later than the publication date', () => {
    const later = articleUpdated({date: '2012-03-20T00:00:00Z', updated: '2012-03-21T00:00:00Z'})
    expect(later?.instant).toBe(Date.parse('2012-03-21T00:00:00Z'))
    const earlier = articleUpdated({date: '2012-03-20T00:00:00Z', updated: '2012-03-19T00:00:00Z'})
    expect(earlier?.instant).toBe(Date.parse('2012-03-20T00:00:00Z'))
  })
})

describe('date formats round-trip (property)', () => {
  const instant = fc.integer({min: Date.parse('1900-01-01T00:00:00Z'), max: Date.parse('2199-12-31T00:00:00Z')}).map((ms) => Math.floor(ms / 1000) * 1000)
  const offset = fc.integer({min: -14 * 60, max: 14 * 60})

  test('RFC 822 and RFC 3339 name the same instant, with the right weekday', () => {
    fc.assert(
      fc.property(instant, offset, (ms, minutes) => {
        const date = {instant: ms, offset: minutes}
        const rfc822 = toRfc822(date)
        expect(rfc822).toMatch(/^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} [+-]\d{4}$/)
        expect(Date.parse(rfc822)).toBe(ms)
        const rfc3339 = toRfc3339(date)
        expect(resolveDate(rfc3339)).toEqual({instant: ms, offset: minutes})
      })
    )
  })

  test('a date-only value in any known zone resolves to local midnight of that day', () => {
    const zones = fc.constantFrom('Asia/Shanghai', 'America/New_York', 'Europe/London', 'Asia/Kolkata', 'Pacific/Chatham', 'America/St_Johns', 'UTC')
    const day = fc.date({min: new Date('1950-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true}).map((d) => d.toISOString().slice(0, 10))
    fc.assert(
      fc.property(day, zones, (value, zone) => {
        const date = resolveDate(value, zone)
        expect(date).toBeDefined()
        if (!date) return
        expect(toRfc3339(date).slice(0, 10)).toBe(value)
        const local = new Intl.DateTimeFormat('en-CA', {timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', hourCycle: 'h23'}).format(new Date(date.instant))
        expect(local.slice(0, 10)).toBe(value)
      })
    )
  })
})
