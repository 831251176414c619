import fc from 'fast-check'
import type {Nodes} from 'hast'
import {fromHtml} from 'hast-util-from-html'
import {describe, expect, it} from 'vitest'
import {parseHtml} from '../src/html/parse-html.js'

/** The tree without source positions. */
function withoutPositions<T extends Nodes>(node: T): T {
  delete node.position
  if ('children' in node) for (const child of node.children) withoutPositions(child)
  if (node.type === 'element' && node.content) withoutPositions(node.content)
  return node
}

describe('parseHtml', () => {
  it('builds the tree hast-util-from-html builds, without positions (property)', () => {
    const part = fc.oneof(
      fc.string({maxLength: 10}),
      fc.constantFrom('<!doctype html>', '<html lang="en">', '<head>', '<title>', '</title>', '<meta charset="utf-8">', '<body>', '<p class="a b">', '</p>', '<svg viewBox="0 0 1 1">', '<foreignObject>', '<math>', '<template>', '</template>', '<table>', '<td>', '<script type="application/ld+json">', '</script>', '<!-- c -->', '&amp;', '&copy', '&#x1F600;', '<a href=/x rel="author me">', '<time datetime="2024" pubdate>', '<br/>', '<div hidden aria-hidden="true" itemprop="articleBody">', '</div>', '<![CDATA[x]]>')
    )
    fc.assert(
      fc.property(fc.array(part, {maxLength: 30}), fc.boolean(), (parts, fragment) => {
        const html = parts.join('')
        expect(parseHtml(html, fragment)).toStrictEqual(withoutPositions(fromHtml(html, {fragment})))
      }),
      {numRuns: 500}
    )
  })
})
