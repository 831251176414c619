import {expect, test} from 'vitest'
import {articleSchemaUrl, renderArticle} from '../src/index.js'
import {loadFixture, options} from './helpers/fixtures.js'

const seed = loadFixture('seed')

test('keys follow the schema order, whatever the input order', () => {
  const shuffled = Object.fromEntries(Object.entries(seed).reverse()) as typeof seed
  expect(renderArticle(shuffled, 'json', options)).toBe(renderArticle(seed, 'json', options))
  const keys = Object.keys(JSON.parse(renderArticle(shuffled, 'json', options)) as object)
  expect(keys.slice(0, 4)).toEqual(['$schema', 'id', 'slug', 'title'])
  expect(keys.at(-1)).toBe('analysis')
})

test('every field and tag is kept, with $schema pointing at the shipped schema', () => {
  const json = JSON.parse(renderArticle(seed, 'json', options)) as Record<string, unknown>
  expect(json).toEqual({$schema: articleSchemaUrl, ...seed})
  expect(json).toMatchObject({publisher: 'China Daily', editionDate: '2012-03-20', page: 11, authors: [{email: 'chengguangjin@chinadaily.com.cn'}]})
})

test('lone surrogates become U+FFFD and keep string lengths (tag offsets stay right)', () => {
  const paragraphs = ['Half an emoji: \ud83c.', 'Other half \udf89 here.']
  const article = {...seed, paragraphs, text: paragraphs.join('\n\n')}
  const json = JSON.parse(renderArticle(article, 'json', options)) as {paragraphs: string[]; text: string}
  expect(json.paragraphs).toEqual(['Half an emoji: \ufffd.', 'Other half \ufffd here.'])
  expect(json.text.length).toBe(article.text.length)
})
