import {Parser as CommonmarkParser, type Node} from 'commonmark'
import {parse as parseYaml} from 'yaml'
import type {Element, Root} from 'xast'
import {fromXml} from 'xast-util-from-xml'

/**
 * Parse XML strictly (sax in strict mode, namespaces checked by the caller).
 *
 * @param xml XML text.
 * @returns xast root; throws on any well-formedness error.
 */
export function parseXml(xml: string): Root {
  return fromXml(xml)
}

/**
 * All elements with a given name, in document order.
 *
 * @param node Tree to search.
 * @param name Qualified element name (`item`, `dc:creator`).
 * @returns Matching elements.
 */
export function elements(node: Root | Element, name: string): Element[] {
  const found: Element[] = []
  for (const child of node.children) {
    if (child.type !== 'element') continue
    if (child.name === name) found.push(child)
    found.push(...elements(child, name))
  }
  return found
}

/**
 * Text content of an element (text and CDATA, concatenated).
 *
 * @param element Element.
 * @returns Its text.
 */
export function textOf(element: Element | undefined): string {
  if (!element) return ''
  return element.children.map((child) => (child.type === 'text' || child.type === 'cdata' ? child.value : child.type === 'element' ? textOf(child) : '')).join('')
}

/**
 * Split a Markdown document into its YAML front matter (parsed) and body.
 *
 * @param markdown Document written by the Markdown renderer.
 * @returns Front matter values and the body.
 */
export function splitFrontMatter(markdown: string): {data: Record<string, unknown>; body: string} {
  const match = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(markdown)
  if (!match) throw new Error('No front matter')
  return {data: parseYaml(match[1] ?? '', {uniqueKeys: true}) as Record<string, unknown>, body: match[2] ?? ''}
}

/**
 * Parse a Markdown body with commonmark.js and return the text of each paragraph, plus the
 * types of every block and inline node seen (so tests can assert that nothing but text
 * was produced).
 *
 * @param body Markdown body.
 * @returns Paragraph texts and node types.
 */
export function readMarkdown(body: string): {paragraphs: string[]; types: Set<string>} {
  const tree = new CommonmarkParser().parse(body)
  const paragraphs: string[] = []
  const types = new Set<string>()
  let current: string[] | undefined
  const walker = tree.walker()
  let event = walker.next()
  while (event) {
    const node: Node = event.node
    types.add(node.type)
    if (node.type === 'paragraph') {
      if (event.entering) current = []
      else {
        paragraphs.push((current ?? []).join(''))
        current = undefined
      }
    } else if (event.entering && current) {
      if (node.type === 'text' || node.type === 'code') current.push(node.literal ?? '')
      else if (node.type === 'softbreak' || node.type === 'linebreak') current.push('\n')
    }
    event = walker.next()
  }
  return {paragraphs, types}
}
