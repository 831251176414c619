import type {Element, ElementContent} from 'xast'
import {toXml} from 'xast-util-to-xml'
import {x} from 'xastscript'

const specials: Record<string, string> = {'&': '&amp;', '<': '&lt;', '>': '&gt;'}

/**
 * Prepare an element for serialization: indent elements that hold only elements (one
 * child per line, two spaces a level), and turn text holding `>` into escaped raw
 * nodes. `xast-util-to-xml` escapes only `&` and `<` in text, but `]]>` is not allowed
 * in XML character data, so `>` is escaped too. Text values are never changed.
 */
function prepare(element: Element, depth: number): Element {
  const children = element.children
  if (children.length > 0 && children.every((child) => child.type === 'element')) {
    const inner = `\n${'  '.repeat(depth + 1)}`
    const content: ElementContent[] = []
    for (const child of children) content.push({type: 'text', value: inner}, prepare(child, depth + 1))
    content.push({type: 'text', value: `\n${'  '.repeat(depth)}`})
    return {...element, children: content}
  }
  return {
    ...element,
    children: children.map((child): ElementContent => {
      if (child.type === 'element') return prepare(child, depth + 1)
      if (child.type === 'text' && child.value.includes('>')) {
        return {type: 'raw', value: child.value.replace(/[&<>]/g, (character) => specials[character] ?? character)}
      }
      return child
    })
  }
}

/**
 * Serialize an XML document: the UTF-8 declaration, the root element (indented where it
 * holds only elements), empty elements self-closed, a final newline.
 *
 * @param root Root element (built with xastscript; text already cleaned of illegal characters).
 * @returns The XML text.
 */
export function xmlDocument(root: Element): string {
  const tree = x(null, {type: 'instruction', name: 'xml', value: 'version="1.0" encoding="utf-8"'}, '\n', prepare(root, 0))
  return `${toXml(tree, {closeEmptyElements: true, allowDangerousXml: true})}\n`
}
