/**
 * The direct writers must give the bytes of the tree serializers they replace: each is
 * checked against that serializer (the code it replaced, kept here as the reference) on
 * hostile text.
 */
import type {PublishedArticle} from '@copydesk/schema'
import fc from 'fast-check'
import {toHtml} from 'hast-util-to-html'
import {h} from 'hastscript'
import type {Root} from 'mdast'
import {toMarkdown} from 'mdast-util-to-markdown'
import {expect, test} from 'vitest'
import type {Element, ElementContent} from 'xast'
import {toXml} from 'xast-util-to-xml'
import {x} from 'xastscript'
import {stringify} from 'yaml'
import {bodyHtml, textHtml} from '../src/body-html.js'
import {cleanLine, cleanText} from '../src/clean-text.js'
import {type FrontMatter, frontMatterYaml} from '../src/front-matter.js'
import {markdownBody} from '../src/markdown-body.js'
import {renderJson} from '../src/renderers/json.js'
import {markdownOptions, renderMarkdown} from '../src/renderers/markdown.js'
import {resolveOptions} from '../src/resolve-options.js'
import {wellFormed} from '../src/well-formed.js'
import {xmlDocument} from '../src/xml-document.js'
import {loadFixture} from './helpers/fixtures.js'

const seed = loadFixture('seed')
const options = resolveOptions({siteUrl: 'https://news.example.com/'})

/** Pieces that break naive escapers: markup, Markdown syntax, controls, lone surrogates, odd whitespace. */
const nasty = fc.constantFrom(
  '&', '<', '>', ']]>', '"', "'", '&amp;', '<p>', '\u0000', '\u0001', '\u000b', '\u000c', '\u001f', '\u007f', '\u0085', '\ud800',
  '\udfff', '\ud83c\udf89', '\ufffe', '\ufdd0', '\u00a0', '\u2028', '\u3000', '\ufeff', '\\', '\\u', '\\n', '#', '*', '_', '`', '~',
  '[', ']', '(', ')', '!', '+', '-', '1.', '12)', ':', '//', '@', 'www.', 'WwW.', '=', '%', '---', '\n', '\r', '\t', ' ', '  ', 'a', 'é'
)
const text = fc.array(fc.oneof(nasty, fc.string({unit: 'binary', maxLength: 4}), fc.string({maxLength: 6})), {maxLength: 10}).map((parts) => parts.join(''))

// The references: what the direct writers replaced.
const unwanted = /[^\t\n\r\u0020-\u007E\u00A0-\uD7FF\uE000-\uFDCF\uFDF0-\uFFFD\u{10000}-\u{10FFFF}]/gu
const referenceCleanText = (value: string): string => value.replace(unwanted, '')
const referenceCleanLine = (value: string): string => referenceCleanText(value).replace(/[\t\n\v\f\r ]+/g, ' ').trim()

function prepare(element: Element, depth: number): Element {
  const children = element.children
  if (children.length > 0 && children.every((child) => child.type === 'element')) {
    const content: ElementContent[] = []
    for (const child of children) content.push({type: 'text', value: `\n${'  '.repeat(depth + 1)}`}, prepare(child, depth + 1))
    content.push({type: 'text', value: `\n${'  '.repeat(depth)}`})
    return {...element, children: content}
  }
  return {
    ...element,
    children: children.map((child): ElementContent => {
      if (child.type === 'element') return prepare(child, depth + 1)
      if (child.type === 'text' && child.value.includes('>')) {
        return {type: 'raw', value: child.value.replace(/[&<>]/g, (c) => ({'&': '&amp;', '<': '&lt;', '>': '&gt;'})[c] ?? c)}
      }
      return child
    })
  }
}

const referenceXml = (root: Element): string =>
  `${toXml(x(null, {type: 'instruction', name: 'xml', value: 'version="1.0" encoding="utf-8"'}, '\n', prepare(root, 0)), {closeEmptyElements: true, allowDangerousXml: true})}\n`

test('cleanText and cleanLine give what the plain regular expressions give', () => {
  fc.assert(
    fc.property(text, (value) => {
      expect(cleanText(value)).toBe(referenceCleanText(value))
      expect(cleanLine(value)).toBe(referenceCleanLine(value))
    }),
    {numRuns: 2000}
  )
})

test('xmlDocument writes the bytes of xast-util-to-xml on the indented tree', () => {
  const name = fc.constantFrom('item', 'title', 'dc:creator', 'link', 'a')
  const leaf = fc.tuple(name, fc.dictionary(fc.constantFrom('href', 'rel', 'type', 'term'), fc.option(text, {nil: undefined})), fc.array(text, {maxLength: 2}))
    .map(([tag, attributes, texts]) => x(tag, attributes, texts))
  const tree = fc.letrec((tie) => ({
    node: fc.oneof({depthSize: 'small', withCrossShrink: true}, leaf, tie('parent')),
    parent: fc.tuple(name, fc.array(fc.oneof(tie('node'), text), {maxLength: 4})).map(([tag, children]) => x(tag, {}, children as (Element | string)[]))
  })).node as fc.Arbitrary<Element>
  fc.assert(
    fc.property(tree, (root) => {
      expect(xmlDocument(root)).toBe(referenceXml(root))
    }),
    {numRuns: 1000}
  )
})

test('xmlDocument writes streamed children as if they were in the tree', () => {
  const name = fc.constantFrom('item', 'title', 'dc:creator', 'link')
  const leaf = fc.tuple(name, fc.dictionary(fc.constantFrom('href', 'rel'), text, {maxKeys: 1}), fc.array(text, {maxLength: 2}))
    .map(([tag, attributes, texts]) => x(tag, attributes, texts))
  const child = fc.oneof(leaf, fc.tuple(name, fc.array(leaf, {maxLength: 2})).map(([tag, children]) => x(tag, {}, children)))
  const own = fc.array(fc.oneof({arbitrary: child, weight: 4}, {arbitrary: text, weight: 1}), {maxLength: 3})
  fc.assert(
    fc.property(own, fc.array(child, {maxLength: 3}), fc.boolean(), (children, streamed, nested) => {
      const parent = x('channel', {}, children as (Element | string)[])
      const root = nested ? x('rss', {version: '2.0'}, parent) : parent
      const whole = structuredClone(root)
      const target = nested ? (whole.children[0] as Element) : whole
      target.children.push(...streamed)
      let made = 0
      function* lazily(): Generator<Element> {
        for (const element of streamed) {
          made++
          yield element
        }
      }
      expect(xmlDocument(root, {parent, children: lazily()})).toBe(referenceXml(whole))
      expect(made).toBe(streamed.length)
    }),
    {numRuns: 1000}
  )
})

test('xmlDocument refuses nodes feeds never hold', () => {
  expect(() => xmlDocument(x('a', {}, [{type: 'comment', value: 'x'}]))).toThrow(/`comment` node/)
})

test('bodyHtml and textHtml write the bytes of hast-util-to-html', () => {
  fc.assert(
    fc.property(fc.array(text, {maxLength: 5}), text, (paragraphs, summary) => {
      const kept = paragraphs.map((paragraph) => referenceCleanText(paragraph).trim()).filter((paragraph) => paragraph !== '')
      const references = {characterReferences: {useNamedReferences: false}}
      expect(bodyHtml({paragraphs})).toBe(toHtml({type: 'root', children: kept.map((paragraph) => h('p', paragraph))}, references))
      expect(textHtml(summary)).toBe(toHtml({type: 'text', value: summary}, references))
    }),
    {numRuns: 1000}
  )
})

test('frontMatterYaml writes the bytes of yaml stringify', () => {
  // Any string (the writer must not rely on `cleanLine`): controls, lone surrogates, line
  // feeds in short and long strings (yaml writes those over 40 characters as line breaks).
  const long = fc.tuple(text, text, text, text, text).map((parts) => parts.join('x'.repeat(12)))
  const value = fc.oneof(text, long)
  const values = fc.record(
    {
      title: value,
      date: value,
      author: value,
      id: value,
      page: fc.oneof(fc.nat(), fc.constant(Number.MAX_SAFE_INTEGER), fc.integer(), fc.double()),
      tags: fc.array(value, {minLength: 1, maxLength: 3}),
      summary: value,
      // Keys frontMatter never writes (yaml quotes them): written by yaml itself.
      true: value,
      null: value
    },
    {requiredKeys: ['title']}
  )
  fc.assert(
    fc.property(values, (record) => {
      const reference = stringify(record, {defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN', lineWidth: 0, minContentWidth: 0}).trimEnd()
      expect(frontMatterYaml(record as FrontMatter)).toBe(reference)
    }),
    {numRuns: 3000}
  )
})

test('renderMarkdown writes the bytes of mdast-util-to-markdown, plain paragraphs or not', () => {
  // Mostly characters that are plain in some places only (`www.`, `://`, `1.` or `-` at the
  // start...), so that many bodies take the direct path; now and then one never plain.
  // The other ASCII punctuation is in too: should a newer mdast-util-to-markdown escape it, this fails.
  const edge = fc.constantFrom('a', 'w', 'W', 'www', '.', ':', '/', '//', '1', '12', '(', ')', '!', '+', '-', ' ', '"', ',', 'é', '\u00a0', "'", '$', '%', '?', ';', '^', '{', '}', '|')
  const never = fc.constantFrom('\\', '&', '_', '*', '#', '<', '>', '[', ']', '`', '~', '@', '=')
  const piece = fc.oneof({arbitrary: edge, weight: 30}, {arbitrary: never, weight: 1})
  const paragraph = fc.oneof({arbitrary: fc.array(piece, {maxLength: 8}).map((parts) => parts.join('')), weight: 9}, {arbitrary: text, weight: 1})
  fc.assert(
    fc.property(fc.array(paragraph, {maxLength: 3}), text, (paragraphs, title) => {
      const article: PublishedArticle = {...seed, title: title || 'x', paragraphs, text: paragraphs.join('\n\n')}
      const rendered = renderMarkdown(article, options)
      const yaml = rendered.slice('---\n'.length, rendered.indexOf('\n---', '---\n'.length))
      const tree: Root = {type: 'root', children: [{type: 'yaml', value: yaml}, ...markdownBody(article)]}
      expect(rendered).toBe(toMarkdown(tree, markdownOptions))
    }),
    {numRuns: 2000}
  )
})

test('renderJson writes what the well-formed replacer writes', () => {
  fc.assert(
    fc.property(fc.array(text, {maxLength: 4}), text, (paragraphs, title) => {
      const article: PublishedArticle = {...seed, title, paragraphs, text: paragraphs.join('\n\n')}
      const {$schema: _ignored, ...ordered} = article
      const document = {$schema: 'https://copydesk.dev/schema/article.schema.json', ...ordered}
      const reference = `${JSON.stringify(document, (_key, value: unknown) => (typeof value === 'string' ? wellFormed(value) : value), 2)}\n`
      expect(renderJson(article, options)).toBe(reference)
    }),
    {numRuns: 500}
  )
})

test('resolveOptions remembers the last options without changing any answer', async () => {
  const {CopydeskError, feedOptionsSchema, validate} = await import('@copydesk/schema')
  const {parseIsoInstant} = await import('../src/parse-iso-instant.js')
  // The reference: resolveOptions before it remembered anything.
  const reference = (input: unknown): unknown => {
    try {
      const options = validate(feedOptionsSchema, input, 'feed options')
      if (options.now !== undefined && parseIsoInstant(options.now) === undefined) return 'bad now'
      return options
    } catch (error) {
      return error instanceof CopydeskError ? error.message : error
    }
  }
  const actual = (input: unknown): unknown => {
    try {
      return resolveOptions(input as never)
    } catch (error) {
      return error instanceof CopydeskError ? (error.message.includes('`now`: `') ? 'bad now' : error.message) : error
    }
  }
  const field = fc.oneof(
    fc.constant(undefined),
    fc.constantFrom('https://a.example/', 'https://b.example/x/', '/rel', '', 'feed.xml', '2012-03-20T12:00:00Z', 'nope', 'x'),
    fc.constantFrom(1, 2, 0, -1, 1.5, true, false, null),
    fc.constantFrom({}, ['https://a.example/'])
  )
  const keys = ['siteUrl', 'title', 'description', 'language', 'author', 'feedPath', 'atomPath', 'jsonFeedPath', 'articlesPath', 'maxItems', 'includeFuture', 'now', 'extra']
  const input = fc.oneof(
    {arbitrary: fc.dictionary(fc.constantFrom(...keys), field, {maxKeys: 5}).map((value) => ({siteUrl: 'https://a.example/', ...value})), weight: 5},
    {arbitrary: fc.dictionary(fc.constantFrom(...keys), field, {maxKeys: 4}), weight: 2},
    {arbitrary: fc.constantFrom(null, undefined, 'x', []), weight: 1},
    {
      arbitrary: fc.constantFrom('siteUrl', 'maxItems', 'extra').map((key) => Object.create({[key]: key === 'maxItems' ? 3 : 'https://c.example/'}, {siteUrl: {value: 'https://a.example/', enumerable: true}})),
      weight: 1
    },
    // A non-enumerable field: zod reads it (`in`, `input[key]`) although `for...in` does not list it.
    {arbitrary: fc.constant(Object.defineProperty({siteUrl: 'https://a.example/'}, 'author', {value: undefined, enumerable: false})), weight: 1}
  )
  fc.assert(
    fc.property(fc.array(fc.tuple(input, fc.boolean()), {minLength: 1, maxLength: 8}), (calls) => {
      let previous: unknown
      for (const [value, repeat] of calls) {
        // Repeats: the same object again and an equal copy, where remembering pays.
        const given = repeat && previous !== undefined ? previous : value
        for (const each of [given, given, typeof given === 'object' && given !== null && Object.getPrototypeOf(given) === Object.prototype ? {...given} : given]) {
          const got = actual(each)
          expect(got).toStrictEqual(reference(each))
          if (typeof got === 'object' && got !== null) expect(Object.keys(got)).toEqual(Object.keys(reference(each) as object))
        }
        previous = value
      }
    }),
    {numRuns: 300}
  )
  // A returned object is the caller's: changing it does not change the next answer.
  const first = resolveOptions({siteUrl: 'https://a.example/'})
  first.title = 'changed'
  expect(resolveOptions({siteUrl: 'https://a.example/'}).title).toBe('copydesk')
})
