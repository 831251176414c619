import {articleJsonSchema} from '@copydesk/schema'
import Ajv2020 from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import Parser from 'rss-parser'
import {describe, expect, test} from 'vitest'
import {articleDate, articleTitle, renderArticle, renderFeed, selectFeedItems} from '../src/index.js'
import {allArticles, options} from './helpers/fixtures.js'
import {elements, parseXml, readMarkdown, splitFrontMatter, textOf} from './helpers/read-back.js'

const articles = allArticles()
const items = selectFeedItems(articles, options)
const cleanParagraphs = (paragraphs: string[]) =>
  paragraphs.map((paragraph) => paragraph.replace(/[^\t\n\r\u0020-\u007E\u00A0-\uD7FF\uE000-\uFDCF\uFDF0-\uFFFD\u{10000}-\u{10FFFF}]/gu, '').replace(/[\t\n\v\f\r ]+/g, ' ').trim()).filter(Boolean)

describe('rss-parser reads every item back', () => {
  test.each(['rss', 'atom'] as const)('%s', async (format) => {
    const feed = await new Parser().parseString(renderFeed(articles, format, options))
    expect(feed.items.map((item) => item.title)).toEqual(items.map((article) => articleTitle(article)))
    const ids = feed.items.map((item) => item.guid ?? item.id)
    expect(ids).toEqual(items.map((article) => (format === 'rss' ? article.id : `urn:copydesk:${encodeURIComponent(article.id)}`)))
    const dates = feed.items.map((item) => new Date(item.isoDate ?? '').getTime())
    expect(dates).toEqual(items.map((article) => Math.floor((articleDate(article)?.instant ?? 0) / 1000) * 1000))
  })
})

test('Atom and JSON Feed carry the same items, ids and dates as RSS', () => {
  const rss = parseXml(renderFeed(articles, 'rss', options))
  const atom = parseXml(renderFeed(articles, 'atom', options))
  const json = JSON.parse(renderFeed(articles, 'jsonfeed', options)) as {items: {id: string; title: string; date_published: string}[]}
  const rssItems = elements(rss, 'item').map((item) => ({
    id: textOf(elements(item, 'guid')[0]),
    title: textOf(elements(item, 'title')[0]),
    date: Date.parse(textOf(elements(item, 'pubDate')[0]))
  }))
  const atomItems = elements(atom, 'entry').map((entry) => ({
    id: decodeURIComponent(textOf(elements(entry, 'id')[0]).replace(/^urn:copydesk:/, '')),
    title: textOf(elements(entry, 'title')[0]),
    date: Date.parse(textOf(elements(entry, 'published')[0]))
  }))
  const jsonItems = json.items.map((item) => ({id: item.id, title: item.title, date: Date.parse(item.date_published)}))
  expect(rssItems.length).toBe(items.length)
  expect(atomItems).toEqual(rssItems)
  expect(jsonItems).toEqual(rssItems)
})

describe('commonmark reads the Markdown back to the same words', () => {
  test.each(articles.map((article) => [article.id, article] as const))('%s', (_id, article) => {
    const markdown = renderArticle(article, 'markdown', options)
    const {data, body} = splitFrontMatter(markdown)
    expect(data.title).toBe(articleTitle(article))
    expect(data.id).toBe(article.id)
    const {paragraphs, types} = readMarkdown(body)
    expect([...types].sort()).toEqual(body.trim() ? ['document', 'paragraph', 'text'] : ['document'])
    expect(paragraphs).toEqual(cleanParagraphs(article.paragraphs))
  })
})

describe('ajv validates the JSON against the shipped JSON Schema', () => {
  const ajv = new Ajv2020.default({allErrors: true, strict: false})
  addFormats.default(ajv)
  const validateSchema = ajv.compile(articleJsonSchema())
  test.each(articles.map((article) => [article.id, article] as const))('%s', (_id, article) => {
    const json = JSON.parse(renderArticle(article, 'json', options)) as Record<string, unknown>
    expect(validateSchema(json), JSON.stringify(validateSchema.errors)).toBe(true)
    expect(json.id).toBe(article.id)
    expect(json.paragraphs).toHaveLength(article.paragraphs.length)
  })
})
