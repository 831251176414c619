import {expect, test} from 'vitest'
import {renderArticle} from '../src/index.js'
import {loadFixture, options} from './helpers/fixtures.js'
import {splitFrontMatter} from './helpers/read-back.js'

const seed = loadFixture('seed')

test('front matter carries the seed metadata, strings quoted for YAML 1.1 readers', () => {
  const markdown = renderArticle(seed, 'markdown', options)
  const {data, body} = splitFrontMatter(markdown)
  expect(data).toMatchObject({
    title: seed.title,
    date: '2012-03-20',
    author: 'chengguangjin@chinadaily.com.cn',
    id: seed.id,
    source: 'China Daily',
    editionDate: '2012-03-20',
    page: 11,
    language: 'en'
  })
  expect(markdown).toMatch(/^date: "2012-03-20"$/m)
  expect(body).not.toMatch(/^#/m)
})

test('values PyYAML would read as booleans, octals or sexagesimals stay quoted strings', () => {
  const article = {...seed, title: 'NO', publisher: '0755', tags: ['1:30', 'yes', 'null']}
  const markdown = renderArticle(article, 'markdown', options)
  expect(markdown).toMatch(/^title: "NO"$/m)
  expect(markdown).toMatch(/^source: "0755"$/m)
  expect(markdown).toMatch(/^ {2}- "1:30"$/m)
  // The tagger's categories come first, then the source's tags.
  expect((splitFrontMatter(markdown).data.tags as string[]).slice(0, 5)).toEqual(['World', 'China-Japan relations', '1:30', 'yes', 'null'])
})

test('Markdown syntax in the text is escaped', () => {
  const paragraphs = ['# not a heading', '1. not a list', '- not a bullet', '<b>not html</b> [not](a-link) *not emphasis*', 'see https://example.com or mail a@b.co']
  const markdown = renderArticle({...seed, paragraphs, text: paragraphs.join('\n\n')}, 'markdown', options)
  const {body} = splitFrontMatter(markdown)
  expect(body.trim().split('\n\n')).toEqual([
    '\\# not a heading',
    '1\\. not a list',
    '\\- not a bullet',
    '\\<b>not html\\</b> \\[not]\\(a-link) \\*not emphasis\\*',
    'see https\\://example.com or mail a\\@b.co'
  ])
})
