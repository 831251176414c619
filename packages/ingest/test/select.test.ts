import fc from 'fast-check'
import type {Element, Root} from 'hast'
import {fromHtml} from 'hast-util-from-html'
import {selectAll} from 'hast-util-select'
import {describe, expect, it} from 'vitest'
import {attributeHasWord, attributeIs, attributeValue, type Found, hasClass, walkElements} from '../src/html/select.js'

type Test = (found: Found, inherited: boolean) => boolean

/** Selectors the HTML reader uses, and the tests that stand for them. */
const cases: Array<[string, Test, ((found: Found) => boolean)?]> = [
  ['meta[property="og:title" i], meta[name="og:title" i], meta[itemprop="og:title" i]', (f) => f.element.tagName === 'meta' && (attributeIs(f, 'property', 'og:title') || attributeIs(f, 'name', 'og:title') || attributeIs(f, 'itemprop', 'og:title'))],
  ['meta[property="datePublished" i], meta[name="datePublished" i]', (f) => f.element.tagName === 'meta' && (attributeIs(f, 'property', 'datePublished') || attributeIs(f, 'name', 'datePublished'))],
  ['[rel~="author"], [itemprop="author" i] [itemprop="name" i], [itemprop="author" i], .byline, .author, .by-line', (f, inside) => attributeHasWord(f, 'rel', 'author', false) || (inside && attributeIs(f, 'itemprop', 'name')) || attributeIs(f, 'itemprop', 'author') || hasClass(f.element, 'byline') || hasClass(f.element, 'author') || hasClass(f.element, 'by-line'), (f) => attributeIs(f, 'itemprop', 'author')],
  ['time[datetime][itemprop="datePublished" i], time[datetime][pubdate], time[datetime]', (f) => f.element.tagName === 'time' && attributeValue(f.element, 'datetime', f.svg) !== undefined],
  ['time[pubdate]', (f) => f.element.tagName === 'time' && attributeValue(f.element, 'pubdate', f.svg) !== undefined],
  ['link[rel~="canonical" i]', (f) => f.element.tagName === 'link' && attributeHasWord(f, 'rel', 'canonical', true)],
  ['script[type="application/ld+json" i]', (f) => f.element.tagName === 'script' && attributeIs(f, 'type', 'application/ld+json')],
  ['[itemprop~="articleBody" i]', (f) => attributeHasWord(f, 'itemprop', 'articleBody', true)],
  ['[role="main" i]', (f) => attributeIs(f, 'role', 'main')],
  ['.article-body, #story', (f) => hasClass(f.element, 'article-body') || f.element.properties.id === 'story'],
  ['title', (f) => f.element.tagName === 'title'],
  ['p', (f) => f.element.tagName === 'p']
]

function mine(scope: Root | Element, test: Test, inherit?: (found: Found) => boolean): Element[] {
  const all: Element[] = []
  walkElements(
    scope,
    (found, inherited) => {
      if (test(found, inherited)) all.push(found.element)
      return undefined
    },
    inherit
  )
  return all
}

function check(html: string) {
  const tree = fromHtml(html)
  const scopes: Array<Root | Element> = [tree, ...selectAll('article, div, svg, span, foreignObject', tree)]
  for (const scope of scopes) {
    for (const [selector, test, inherit] of cases) expect(mine(scope, test, inherit)).toEqual(selectAll(selector, scope))
  }
}

describe('select', () => {
  it('matches what hast-util-select matches, SVG space included', () => {
    check(
      '<html lang=en><head><title>T</title><meta property="OG:Title" content="a"><meta name="datepublished" content="d"><link rel="Alternate CANONICAL" href="/x"><script type="Application/LD+JSON">{}</script></head>' +
        '<body><svg><title>Icon</title><meta itemprop="og:title"><time datetime="x" pubdate></time><a rel="author" class="byline">s</a><foreignObject><p itemprop="author"><span itemprop="name">N</span></p></foreignObject></svg>' +
        '<article itemprop="text articleBody"><p class="author by-line">By A</p><div itemprop="author"><div><span itemprop="NAME">B</span></div></div><time datetime="2024">x</time><p role="MAIN" id="story">t</p></article></body></html>'
    )
  })

  it('matches what hast-util-select matches on generated pages (property)', () => {
    const attribute = fc.constantFrom(' property="og:title"', ' name="OG:TITLE"', ' itemprop="og:title"', ' name="datePublished"', ' itemprop="author"', ' itemprop="name"', ' itemprop="Name author"', ' rel="author"', ' rel="Author"', ' rel="me canonical"', ' rel="CANONICAL"', ' class="byline"', ' class="x author"', ' class="by-line"', ' class="article-body"', ' id="story"', ' datetime="2024-01-01"', ' datetime', ' pubdate', ' type="application/ld+json"', ' type="APPLICATION/LD+JSON"', ' itemprop="articleBody"', ' itemprop="x ARTICLEBODY"', ' role="main"', ' role="Main"', ' content="c"', '')
    const tag = fc.constantFrom('meta', 'link', 'time', 'script', 'p', 'div', 'span', 'article', 'a', 'svg', 'foreignObject', 'title', 'g')
    const open = fc.tuple(tag, fc.array(attribute, {maxLength: 3})).map(([name, attributes]) => `<${name}${attributes.join('')}>`)
    const part = fc.oneof({arbitrary: open, weight: 4}, tag.map((name) => `</${name}>`), fc.constantFrom('text', '{"@type":"NewsArticle"}'))
    fc.assert(
      fc.property(fc.array(part, {maxLength: 25}), (parts) => check(parts.join(''))),
      {numRuns: 300}
    )
  })
})
