import type {PublishedArticle} from '@copydesk/schema'
import {expect, test} from 'vitest'
import {renderFeed, selectFeedItems} from '../src/index.js'
import {loadFixture} from './helpers/fixtures.js'

const seed = loadFixture('seed')
const at = (id: string, date: string | undefined, extra: Partial<PublishedArticle> = {}): PublishedArticle => {
  const {date: _date, editionDate: _edition, ...rest} = seed
  return {...rest, ...(date ? {date} : {}), ...extra, id, slug: id}
}
const siteUrl = 'https://x.example/'

test('newest first, ties by id, at most maxItems', () => {
  const articles = [
    at('c', '2012-03-20T00:00:00Z'),
    at('a', '2012-03-20T00:00:00Z'),
    at('b', '2012-03-21T00:00:00Z'),
    at('d', '2012-03-19T00:00:00Z')
  ]
  const ids = (maxItems?: number) =>
    selectFeedItems(articles, {siteUrl, now: '2020-01-01T00:00:00Z', ...(maxItems ? {maxItems} : {})}).map((a) => a.id)
  expect(ids()).toEqual(['b', 'a', 'c', 'd'])
  expect(ids(2)).toEqual(['b', 'a'])
})

test('dates with different offsets are compared as instants', () => {
  const articles = [at('east', '2012-03-20T07:00:00+08:00'), at('west', '2012-03-19T20:00:00-05:00')]
  expect(selectFeedItems(articles, {siteUrl, now: '2020-01-01T00:00:00Z'}).map((a) => a.id)).toEqual(['west', 'east'])
})

test('future-dated articles stay out unless includeFuture', () => {
  const articles = [at('past', '1991-08-06'), at('future', '2099-01-01'), at('edge', '2026-11-28T00:00:00Z')]
  const now = '2026-11-28T00:00:00Z'
  expect(selectFeedItems(articles, {siteUrl, now}).map((a) => a.id)).toEqual(['edge', 'past'])
  expect(selectFeedItems(articles, {siteUrl, now, includeFuture: true}).map((a) => a.id)).toEqual(['future', 'edge', 'past'])
  // Without `now` the current time is the reference: 2099 is still in the future.
  expect(selectFeedItems(articles, {siteUrl}).map((a) => a.id)).toEqual(['edge', 'past'])
})

test('undated articles are left out; the edition date counts as a date', () => {
  const articles = [at('undated', undefined), at('edition', undefined, {editionDate: '2012-03-20'})]
  expect(selectFeedItems(articles, {siteUrl, now: '2020-01-01T00:00:00Z'}).map((a) => a.id)).toEqual(['edition'])
})

test('a repeated id is kept once (the newest), so guids stay unique', () => {
  const articles = [at('same', '2012-03-19T00:00:00Z', {title: 'Old'}), at('same', '2012-03-20T00:00:00Z', {title: 'New'})]
  expect(selectFeedItems(articles, {siteUrl, now: '2020-01-01T00:00:00Z'}).map((a) => a.title)).toEqual(['New'])
})

test('the same input gives byte-identical feeds, whatever the input order', () => {
  const articles = [at('x', '2012-03-20'), at('y', '2012-03-21'), at('z', '2012-03-20')]
  for (const format of ['rss', 'atom', 'jsonfeed'] as const) {
    const forward = renderFeed(articles, format, {siteUrl, now: '2020-01-01T00:00:00Z'})
    const backward = renderFeed([...articles].reverse(), format, {siteUrl, now: '2020-01-01T00:00:00Z'})
    expect(backward).toBe(forward)
  }
})

test('lastBuildDate is the newest item date (seed time zone: Asia/Shanghai), not the build time', () => {
  const rss = renderFeed([at('x', '2012-03-20'), at('y', '1991-08-06')], 'rss', {siteUrl})
  expect(rss).toMatch(/<lastBuildDate>Tue, 20 Mar 2012 00:00:00 \+0800<\/lastBuildDate>/)
})

test('selects on small records too: only the fields it reads are needed', () => {
  const records = [
    {id: 'old', date: '2012-03-19T00:00:00Z', extra: 1},
    {id: 'new', editionDate: '2012-03-21', extra: 2},
    {id: 'none', extra: 3}
  ]
  expect(selectFeedItems(records, {siteUrl, now: '2020-01-01T00:00:00Z'})).toEqual([records[1], records[0]])
})

test('only the selected articles are validated: an invalid article left out of the feed does no harm', () => {
  const invalid = {...at('old', '2001-01-01T00:00:00Z'), slug: 'Not A Slug!'} as PublishedArticle
  const articles = [at('new', '2012-03-21T00:00:00Z'), invalid]
  expect(renderFeed(articles, 'rss', {siteUrl, now: '2020-01-01T00:00:00Z', maxItems: 1})).toContain('<guid')
  expect(() => renderFeed(articles, 'rss', {siteUrl, now: '2020-01-01T00:00:00Z', maxItems: 2})).toThrow(/published article `old`/)
})
