import {expect, test} from 'vitest'
import * as api from '../src/index.js'

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
    'renderFeed',
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
