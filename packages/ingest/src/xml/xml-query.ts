import type {XmlElement} from './parse-xml.js'

/** Namespace URIs feeds use. */
export const ns = {
  atom: 'http://www.w3.org/2005/Atom',
  rss1: 'http://purl.org/rss/1.0/',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  content: 'http://purl.org/rss/1.0/modules/content/',
  dc: 'http://purl.org/dc/elements/1.1/',
  xhtml: 'http://www.w3.org/1999/xhtml'
} as const

/**
 * Child elements of `element` with a local `name` (and namespace `uri`, when given).
 *
 * @param element Parent.
 * @param name Local name.
 * @param uri Namespace URI; `''` for none; any when undefined.
 * @returns Matching children in order.
 */
export function children(element: XmlElement, name: string, uri?: string): XmlElement[] {
  return element.children.filter((child): child is XmlElement => child.type === 'element' && child.name === name && (uri === undefined || child.uri === uri))
}

/**
 * First child element matching, see `children`.
 *
 * @param element Parent.
 * @param name Local name.
 * @param uri Namespace URI.
 * @returns The child or undefined.
 */
export function child(element: XmlElement, name: string, uri?: string): XmlElement | undefined {
  return children(element, name, uri)[0]
}

/**
 * Text content of an element (all descendant text, iteratively), trimmed.
 *
 * @param element Element, or undefined.
 * @returns Its text, or undefined when there is no element or no text.
 */
export function textOf(element: XmlElement | undefined): string | undefined {
  if (!element) return undefined
  const parts: string[] = []
  const stack = [...element.children].reverse()
  while (stack.length > 0) {
    const node = stack.pop()
    if (!node) break
    if (node.type === 'text') parts.push(node.value)
    else for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index] as XmlElement)
  }
  const text = parts.join('').trim()
  return text === '' ? undefined : text
}
