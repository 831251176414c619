import {expect, test} from 'vitest'
import * as api from '../src/index.js'
import {loadFixture} from './helpers/fixtures.js'

test('public API', () => {
  expect(Object.keys(api).sort()).toEqual([
    'articleAuthors',
    'articleCategories',
    'articleDate',
    'articleFormats',
    'articleSchemaUrl',
    'articleSummary',
    'articleTitle',
    'articleUpdated',
    'articleUrl',
    'cleanText',
    'feedFormats',
    'frontMatter',
    'renderArticle',
    'renderArticleFormats',
    'renderFeed',
    'renderFeeds',
    'renderers',
    'resolveDate',
    'resolveOptions',
    'selectFeedItems',
    'toRfc3339',
    'toRfc822'
  ])
})

test('renderers is a table of one function per format', () => {
  expect(Object.keys(api.renderers).sort()).toEqual(['atom', 'json', 'jsonfeed', 'markdown', 'rss'])
  for (const render of Object.values(api.renderers)) expect(typeof render).toBe('function')
})

test('renderArticleFormats validates once and renders each format as renderArticle does', () => {
  const seed = loadFixture('seed')
  const options = {siteUrl: 'https://x.example/'}
  const results = api.renderArticleFormats(seed, ['json', 'markdown'], options)
  expect(results).toEqual([
    {format: 'json', content: api.renderArticle(seed, 'json', options)},
    {format: 'markdown', content: api.renderArticle(seed, 'markdown', options)}
  ])
  const invalid = api.renderArticleFormats({...seed, slug: 'Not A Slug!'}, ['json', 'markdown'], options)
  expect(invalid.map((result) => ('error' in result ? result.format : 'ok'))).toEqual(['json', 'markdown'])
})

test('renderFeeds selects and validates once and gives the bytes of renderFeed per format', () => {
  const seed = loadFixture('seed')
  const options = {siteUrl: 'https://x.example/', now: '2030-01-01T00:00:00Z'}
  expect(api.renderFeeds([seed], ['rss', 'atom', 'jsonfeed'], options)).toEqual(
    (['rss', 'atom', 'jsonfeed'] as const).map((format) => ({format, content: api.renderFeed([seed], format, options)}))
  )
  const invalid = api.renderFeeds([{...seed, slug: 'Not A Slug!'}], ['rss', 'atom'], options)
  expect(invalid.map((result) => ('error' in result ? result.format : 'ok'))).toEqual(['rss', 'atom'])
})
