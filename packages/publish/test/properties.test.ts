import {articleJsonSchema, type PublishedArticle} from '@copydesk/schema'
import Ajv2020 from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import fc from 'fast-check'
import {expect, test} from 'vitest'
import {articleTitle, renderArticle, renderFeed} from '../src/index.js'
import {loadFixture} from './helpers/fixtures.js'
import {elements, parseXml, readMarkdown, splitFrontMatter, textOf} from './helpers/read-back.js'

const seed = loadFixture('seed')
const options = {siteUrl: 'https://news.example.com/', now: '2026-11-28T00:00:00Z', includeFuture: true}

/** Pieces that break naive serializers: markup, escapes, control characters, lone surrogates. */
const nasty = fc.constantFrom(
  '&', '<', '>', ']]>', '"', "'", '&amp;', '&#0;', '<![CDATA[', '-->', '\u0000', '\u0001', '\u0008', '\u000b', '\u001f',
  '\u007f', '\u0085', '\u009f', '\ud800', '\udfff', '\ufffe', '\ufdd0', '\u200f', '\u202e', '\ufeff', '\u2028', '🎉', 'مرحبا',
  '#', '*', '_', '`', '~', '[', ']', '(', ')', '!', '\\', '|', '=', '+', '-', '1.', '1)', '>', ':', '@', 'http://', 'www.',
  'a@b.co', '\n', '\r\n', '\t', ' ', '    ', '\u00a0', '---', '...', 'NO', '0755', '1:30', '{{x}}', '&copy;'
)
/** Arbitrary text: random code points mixed with the nasty pieces. */
const text = fc.array(fc.oneof(nasty, fc.string({unit: 'binary', maxLength: 6}), fc.string({maxLength: 8})), {maxLength: 12}).map((parts) => parts.join(''))
const nonEmpty = text.filter((value) => value.length > 0)

const article = fc
  .record({
    id: nonEmpty,
    title: nonEmpty,
    summary: fc.option(text, {nil: undefined}),
    publisher: fc.option(text, {nil: undefined}),
    url: fc.option(text, {nil: undefined}),
    authorName: fc.option(nonEmpty, {nil: undefined}),
    authorEmail: fc.option(text, {nil: undefined}),
    tags: fc.array(text, {maxLength: 3}),
    categories: fc.array(text, {maxLength: 3}),
    entity: text,
    keyphrase: text,
    analysisSummary: text,
    paragraphs: fc.array(text, {maxLength: 5}),
    date: fc.date({min: new Date('1900-01-01T00:00:00Z'), max: new Date('2199-12-31T00:00:00Z'), noInvalidDate: true})
  })
  .map((value): PublishedArticle => {
    const author = {...(value.authorName ? {name: value.authorName} : {}), ...(value.authorEmail !== undefined ? {email: value.authorEmail} : {})}
    const {summary: _summary, publisher: _publisher, url: _url, ...base} = seed
    return {
      ...base,
      id: value.id,
      title: value.title,
      ...(value.summary !== undefined ? {summary: value.summary} : {}),
      ...(value.publisher !== undefined ? {publisher: value.publisher} : {}),
      ...(value.url !== undefined ? {url: value.url} : {}),
      date: value.date.toISOString(),
      authors: [author],
      tags: value.tags,
      paragraphs: value.paragraphs,
      text: value.paragraphs.join('\n\n'),
      analysis: {
        ...seed.analysis,
        entities: [{id: 'e', type: 'ORG', name: value.entity, aliases: [], mentions: [], salience: 0.5}],
        keyphrases: [{phrase: value.keyphrase, stem: value.keyphrase, score: 0.5, mentions: []}],
        quotes: [],
        dates: [],
        numbers: [],
        summary: value.analysisSummary,
        categories: value.categories
      }
    }
  })

const illegalXml = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u

test('RSS and Atom are well-formed XML with the title and id read back', () => {
  fc.assert(
    fc.property(article, (value) => {
      for (const format of ['rss', 'atom'] as const) {
        const xml = renderFeed([value], format, options)
        expect(xml).not.toMatch(illegalXml)
        const tree = parseXml(xml)
        const item = elements(tree, format === 'rss' ? 'item' : 'entry')[0]
        expect(item).toBeDefined()
        expect(textOf(item && elements(item, 'title')[0])).toBe(articleTitle(value))
        const id = textOf(item && elements(item, format === 'rss' ? 'guid' : 'id')[0])
        expect(id.length).toBeGreaterThan(format === 'rss' ? -1 : 0)
      }
    }),
    {numRuns: 150}
  )
})

test('JSON Feed and the article JSON are valid JSON; the article JSON follows the schema', () => {
  const ajv = new Ajv2020.default({allErrors: true, strict: false})
  addFormats.default(ajv)
  const validate = ajv.compile(articleJsonSchema())
  fc.assert(
    fc.property(article, (value) => {
      const feed = JSON.parse(renderFeed([value], 'jsonfeed', options)) as {items: {title: string}[]}
      expect(feed.items[0]?.title).toBe(articleTitle(value))
      const json = renderArticle(value, 'json', options)
      expect(json).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/)
      const parsed = JSON.parse(json) as Record<string, unknown>
      expect(validate(parsed), JSON.stringify(validate.errors)).toBe(true)
      expect((parsed.paragraphs as string[]).length).toBe(value.paragraphs.length)
    }),
    {numRuns: 150}
  )
})

test('Markdown: front matter reads back and the body round-trips as plain text', () => {
  fc.assert(
    fc.property(article, (value) => {
      const markdown = renderArticle(value, 'markdown', options)
      const {data, body} = splitFrontMatter(markdown)
      expect(data.title).toBe(articleTitle(value))
      const {paragraphs, types} = readMarkdown(body)
      for (const type of types) expect(['document', 'paragraph', 'text']).toContain(type)
      const expected = value.paragraphs
        .map((paragraph) =>
          paragraph
            .replace(/[^\t\n\r\u0020-\u007E\u00A0-\uD7FF\uE000-\uFDCF\uFDF0-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
            .replace(/[\t\n\v\f\r ]+/g, ' ')
            .trim()
        )
        .filter(Boolean)
      expect(paragraphs).toEqual(expected)
    }),
    {numRuns: 200}
  )
})

test('feeds give the bytes of feeds written from the parsed copies, whatever the key order of the input', async () => {
  // renderFeeds validates the items and then writes the given objects; before, it wrote
  // the copies the schema parse made (keys in schema order). The reference does that.
  const {feedRenderers} = await import('../src/renderers/feed-renderers.js')
  const {validateArticle} = await import('../src/validate-article.js')
  const {resolveOptions, selectFeedItems, renderFeeds} = await import('../src/index.js')
  const reversed = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(reversed)
    if (typeof value !== 'object' || value === null) return value
    return Object.fromEntries(Object.entries(value).reverse().map(([key, inner]) => [key, reversed(inner)]))
  }
  const formats = ['rss', 'atom', 'jsonfeed'] as const
  fc.assert(
    fc.property(fc.array(article, {minLength: 1, maxLength: 3}), (articles) => {
      const resolved = resolveOptions(options)
      const copies = selectFeedItems(articles, resolved).map((value) => validateArticle(value))
      const expected = formats.map((format) => ({format, content: feedRenderers[format](copies, resolved)}))
      expect(renderFeeds(articles, formats, options)).toEqual(expected)
      expect(renderFeeds(articles.map(reversed) as PublishedArticle[], formats, options)).toEqual(expected)
    }),
    {numRuns: 150}
  )
})
