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
