import {read, readMarkdown} from '@copydesk/ingest'
import {normalizeAll} from '@copydesk/normalize'
import {renderArticle, renderFeed} from '@copydesk/publish'
import type {FeedOptionsInput, PublishedArticle} from '@copydesk/schema'
import {tag} from '@copydesk/tag'
import fc from 'fast-check'
import type {VFile} from 'vfile'
import {fromXml} from 'xast-util-from-xml'
import {beforeAll, describe, expect, it} from 'vitest'
import {type ArticleValidator, createArticleValidator} from '../src/check/article-validator.js'

// The whole pipeline (ingest -> normalize -> tag -> publish, in process, through the
// libraries the app chains) on arbitrary bytes as a file of each format, and on arbitrary
// strings in every metadata field. Each source gives published articles whose outputs pass
// their validators (ajv for the article JSON, an XML parser for RSS and Atom, JSON for JSON
// Feed, the Markdown reader for Markdown), or a positioned error; never a throw. Run counts
// are small and inputs short, so the file stays fast.

const feed: FeedOptionsInput = {siteUrl: 'https://news.example.com/', title: 'Property News'}
let validate: ArticleValidator

beforeAll(async () => {
  validate = await createArticleValidator()
})

interface Outcome {
  published: PublishedArticle[]
  files: VFile[]
}

/** One source through every stage, as the app chains them. */
async function pipeline(value: string | Uint8Array, path: string): Promise<Outcome> {
  const ingested = read(value, {path})
  const normalized = normalizeAll(ingested.articles)
  const published: PublishedArticle[] = []
  for (const article of normalized.articles) {
    const date = article.editionDate ?? article.date
    const {tags} = await tag(article.text, {...(date ? {date} : {}), ...(article.language ? {language: article.language} : {})})
    published.push({...article, analysis: tags})
  }
  return {published, files: [ingested.file, ...normalized.files]}
}

/** Every output of the published articles passes its validator. */
function checkOutputs(published: readonly PublishedArticle[]): void {
  for (const article of published) {
    const json = JSON.parse(renderArticle(article, 'json', feed)) as unknown
    expect(validate(json)).toEqual([])
    const markdown = renderArticle(article, 'markdown', feed)
    const reread = readMarkdown(markdown, {path: `${article.slug}.md`})
    expect(reread.file.messages.filter((message) => message.fatal).map((message) => message.reason)).toEqual([])
    expect(reread.articles).toHaveLength(1)
  }
  for (const format of ['rss', 'atom'] as const) {
    const tree = fromXml(renderFeed(published, format, feed))
    const root = tree.children.find((node) => node.type === 'element')
    expect(root?.type === 'element' && root.name).toBe(format === 'rss' ? 'rss' : 'feed')
  }
  const jsonFeed = JSON.parse(renderFeed(published, 'jsonfeed', feed)) as {version: string; items: Array<{id: unknown}>}
  expect(jsonFeed.version).toBe('https://jsonfeed.org/version/1.1')
  expect(jsonFeed.items).toHaveLength(Math.min(published.length, jsonFeed.items.length))
  // Feed items name their article by its id, byte for byte (`copydesk check` matches them so).
  const ids = new Set(published.map((article) => article.id))
  for (const item of jsonFeed.items) expect(ids.has(item.id as string), `feed item id ${JSON.stringify(item.id)}`).toBe(true)
}

/** A source that published nothing says why, at a place in it. */
function checkPositioned(outcome: Outcome): void {
  if (outcome.published.length > 0) return
  const messages = outcome.files.flatMap((file) => file.messages)
  expect(messages.length).toBeGreaterThan(0)
  for (const message of messages) {
    expect(message.reason).not.toBe('')
    if (message.fatal) expect(message.line ?? 1).toBeGreaterThanOrEqual(1)
  }
}

const anyText = fc.oneof(
  fc.string({maxLength: 60}),
  fc.string({unit: 'binary', maxLength: 60}),
  // Characters no output format carries, among the ones that are fine.
  fc.string({unit: fc.constantFrom('a', 'Z', '7', ' ', '/', '.', '\\', '\u0000', '\u0001', '\u001b', '\u007f', '\u0085', '\u2028', '\uFEFF', '\uFFFE', 'é', '中'), maxLength: 20}),
  fc.constantFrom('', ' ', '\u0000', '../../etc/passwd', '<b>&amp;</b>', ']]>', '\u202Eevil', '{{x}}', '---', '2024-02-30', 'NaN')
)
/** Dates: mostly valid (so articles reach the feeds), sometimes anything. */
const anyDate = fc.oneof(fc.date({min: new Date('1990-01-01'), max: new Date('2030-01-01'), noInvalidDate: true}).map((date) => date.toISOString()), anyText)
const sentence = fc.constantFrom(
  'The city council voted on Tuesday to rebuild the old harbour wall, officials said.',
  '"We are ready," said Maria Costa, head of the port authority, in Lisbon.',
  'Prices rose 4.5 percent in March from a year earlier, the statistics office said.'
)
const body = fc.array(fc.oneof(sentence, anyText), {minLength: 1, maxLength: 6}).map((parts) => parts.join('\n\n'))

describe('the whole pipeline on arbitrary bytes (property)', () => {
  it.each(['story.txt', 'story.md', 'page.html', 'records.json', 'lines.jsonl', 'feed.xml', 'unknown'])('as %s', async (path) => {
    const markup = fc
      .array(fc.oneof(anyText, sentence, fc.constantFrom('<rss version="2.0"><channel>', '<item><title>', '</title><description>', '</description></item>', '<html><body><article><h1>', '</h1><p>', '</p>', '{"title":', ',"body":', '}', '[', ']', '\n', '---\ntitle: x\n---\n', '<![CDATA[', '&#0;', '&#x1F;')), {maxLength: 24})
      .map((parts) => parts.join(''))
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.uint8Array({maxLength: 400}), markup), async (value) => {
        const outcome = await pipeline(value, path)
        checkOutputs(outcome.published)
        checkPositioned(outcome)
      }),
      {numRuns: 25}
    )
  })
})

describe('the whole pipeline on arbitrary strings in every field (property)', () => {
  const fields = fc.record(
    {title: anyText, slug: anyText, id: anyText, date: anyDate, updated: anyDate, author: anyText, tags: fc.array(anyText, {maxLength: 3}), summary: anyText, url: anyText, language: anyText, publisher: anyText},
    {requiredKeys: []}
  )
  const xml = (text: string) => text.replace(/[<>&"]/g, (char) => `&#${char.charCodeAt(0)};`)

  it('as Markdown front matter', async () => {
    await fc.assert(
      fc.asyncProperty(fields, body, async (meta, text) => {
        const front = Object.entries(meta).map(([key, value]) => `${key}: ${JSON.stringify(value)}`).join('\n')
        const outcome = await pipeline(`---\n${front}\n---\n\n${text}\n`, 'story.md')
        checkOutputs(outcome.published)
        checkPositioned(outcome)
      }),
      {numRuns: 30}
    )
  })

  it('as JSON records', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fields, body), {minLength: 1, maxLength: 3}), async (records) => {
        const outcome = await pipeline(JSON.stringify(records.map(([meta, text]) => ({...meta, body: text}))), 'records.json')
        checkOutputs(outcome.published)
        checkPositioned(outcome)
      }),
      {numRuns: 20}
    )
  })

  it('as RSS items', async () => {
    await fc.assert(
      fc.asyncProperty(fields, body, async (meta, text) => {
        const item = `<item><title>${xml(meta.title ?? '')}</title><guid>${xml(meta.id ?? '')}</guid><link>${xml(meta.url ?? '')}</link><pubDate>${xml(meta.date ?? '')}</pubDate><author>${xml(meta.author ?? '')}</author><description>${xml(text)}</description></item>`
        const outcome = await pipeline(`<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>${item}</channel></rss>`, 'feed.xml')
        checkOutputs(outcome.published)
        checkPositioned(outcome)
      }),
      {numRuns: 20}
    )
  })

  it('as HTML meta tags', async () => {
    await fc.assert(
      fc.asyncProperty(fields, body, async (meta, text) => {
        const tags = Object.entries(meta).map(([key, value]) => `<meta name="${key}" content="${xml(String(value))}">`).join('')
        const paragraphs = text.split('\n\n').map((paragraph) => `<p>${xml(paragraph)}</p>`).join('')
        const outcome = await pipeline(`<!doctype html><html><head><title>${xml(meta.title ?? '')}</title>${tags}</head><body><article>${paragraphs}</article></body></html>`, 'page.html')
        checkOutputs(outcome.published)
        checkPositioned(outcome)
      }),
      {numRuns: 20}
    )
  })

  it('several hostile articles share the feeds', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fields, body), {minLength: 2, maxLength: 5}), async (records) => {
        const published: PublishedArticle[] = []
        for (const [index, [meta, text]] of records.entries()) {
          const front = Object.entries(meta).map(([key, value]) => `${key}: ${JSON.stringify(value)}`).join('\n')
          published.push(...(await pipeline(`---\n${front}\n---\n\n${text}\n`, `story-${index}.md`)).published)
        }
        checkOutputs(published)
      }),
      {numRuns: 10}
    )
  })
})
