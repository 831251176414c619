import {CopydeskError} from '@copydesk/schema'
import {describe, expect, test} from 'vitest'
import {articleUrl, renderArticle, renderFeed, resolveOptions} from '../src/index.js'
import {loadFixture} from './helpers/fixtures.js'

const seed = loadFixture('seed')

function thrown(run: () => unknown): CopydeskError {
  try {
    run()
  } catch (error) {
    if (error instanceof CopydeskError) return error
    throw error
  }
  throw new Error('Expected a CopydeskError')
}

describe('option validation', () => {
  test('a missing site URL is a clear error', () => {
    const error = thrown(() => renderFeed([seed], 'rss', {} as never))
    expect(error.code).toBe('VALIDATION')
    expect(error.message).toMatch(/`siteUrl`/)
    expect(error.message).toMatch(/https:\/\/news\.example\.com\//)
  })

  test('a relative site URL is a clear error', () => {
    const error = thrown(() => renderArticle(seed, 'markdown', {siteUrl: '/news'}))
    expect(error.message).toMatch(/`siteUrl`: Expected an absolute http\(s\) URL/)
  })

  test('every problem is listed at once', () => {
    const error = thrown(() => resolveOptions({siteUrl: 'ftp://x', maxItems: 0, includeFuture: 'yes'} as never))
    expect(error.message).toMatch(/`siteUrl`/)
    expect(error.message).toMatch(/`maxItems`/)
    expect(error.message).toMatch(/`includeFuture`/)
  })

  test('an unparsable `now` is an error', () => {
    const error = thrown(() => resolveOptions({siteUrl: 'https://x.example/', now: 'yesterday'}))
    expect(error.message).toMatch(/`now`: `yesterday` is not an ISO 8601 date-time/)
  })

  test('defaults are filled in', () => {
    const options = resolveOptions({siteUrl: 'https://x.example/'})
    expect(options).toMatchObject({maxItems: 50, includeFuture: false, feedPath: 'feed.xml', articlesPath: 'articles'})
  })
})

describe('unknown formats fail loudly, naming the valid ones', () => {
  test('article', () => {
    const error = thrown(() => renderArticle(seed, 'html' as never, {siteUrl: 'https://x.example/'}))
    expect(error.code).toBe('CONFIG')
    expect(error.message).toBe('Unknown article format `html`: use one of `json`, `markdown`')
  })

  test('feed', () => {
    const error = thrown(() => renderFeed([seed], 'rdf' as never, {siteUrl: 'https://x.example/'}))
    expect(error.message).toBe('Unknown feed format `rdf`: use one of `rss`, `atom`, `jsonfeed`')
  })
})

test('an invalid article is a validation error naming the field', () => {
  const broken = {...seed, slug: 'Not A Slug'}
  const error = thrown(() => renderArticle(broken, 'json', {siteUrl: 'https://x.example/'}))
  expect(error.code).toBe('VALIDATION')
  expect(error.message).toMatch(/published article `cd-6b0f4d2a9e1c7b35`/)
  expect(error.message).toMatch(/`slug`/)
})

describe('articleUrl', () => {
  test('joins the site URL, the articles folder and the slug', () => {
    expect(articleUrl({slug: 'a-b'}, {siteUrl: 'https://x.example', articlesPath: 'articles'})).toBe('https://x.example/articles/a-b.html')
    expect(articleUrl({slug: 'a-b'}, {siteUrl: 'https://x.example/news', articlesPath: '/stories/'})).toBe('https://x.example/news/stories/a-b.html')
    expect(articleUrl({slug: 'a-b'}, {siteUrl: 'https://x.example/news/?q=1#top', articlesPath: ''})).toBe('https://x.example/news/a-b.html')
  })
})
