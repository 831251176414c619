import {Ajv2020} from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import * as api from '../src/index.js'
import {articleJsonSchema, CopydeskError, feedOptionsSchema, publishedArticleSchema, validate} from '../src/index.js'
import {publishedArticle} from './fixtures/published-article.js'

describe('@copydesk/schema', () => {
  it('pins the public API', () => {
    expect(Object.keys(api).sort()).toMatchSnapshot()
  })

  it('accepts a complete published article', () => {
    expect(publishedArticleSchema.parse(publishedArticle)).toEqual(publishedArticle)
  })

  it('generates a draft 2020-12 JSON Schema that ajv compiles and that agrees with zod', () => {
    const schema = articleJsonSchema()
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema')
    const ajv = new Ajv2020({allErrors: true, strict: false})
    addFormats.default(ajv)
    const check = ajv.compile(schema)
    expect(check(publishedArticle)).toBe(true)
    expect(check({...publishedArticle, slug: 'Not A Slug'})).toBe(false)
    expect(check({...publishedArticle, surprise: 1})).toBe(false)
  })

  it('rejects a relative site URL with a message that says how to fix it', () => {
    expect(() => validate(feedOptionsSchema, {siteUrl: '/news'}, 'feed options')).toThrowError(/`siteUrl`: Expected an absolute http\(s\) URL/)
    expect(() => validate(feedOptionsSchema, {}, 'feed options')).toThrowError(CopydeskError)
  })

  it('applies feed option defaults', () => {
    const options = validate(feedOptionsSchema, {siteUrl: 'https://news.example.com/'}, 'feed options')
    expect(options.maxItems).toBe(50)
    expect(options.feedPath).toBe('feed.xml')
    expect(options.includeFuture).toBe(false)
  })

  it('collects every issue into one error', () => {
    try {
      validate(feedOptionsSchema, {siteUrl: 'x', maxItems: -1}, 'feed options')
      expect.unreachable()
    } catch (error) {
      expect(error).toBeInstanceOf(CopydeskError)
      expect((error as CopydeskError).code).toBe('VALIDATION')
      expect((error as Error).message).toContain('`siteUrl`')
      expect((error as Error).message).toContain('`maxItems`')
    }
  })

  it('never throws anything but CopydeskError on arbitrary input', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        try {
          validate(publishedArticleSchema, value, 'article')
        } catch (error) {
          expect(error).toBeInstanceOf(CopydeskError)
        }
      })
    )
  })
})
