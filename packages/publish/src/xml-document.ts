import type {Element, ElementContent} from 'xast'

// biome-ignore lint/suspicious/noControlCharactersInRegex: dropping them is the point
const controls = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g
// biome-ignore lint/suspicious/noControlCharactersInRegex: dropping them is the point
const textSpecials = /[\u0000-\u0008\u000B\u000C\u000E-\u001F&<]/
// biome-ignore lint/suspicious/noControlCharactersInRegex: dropping them is the point
const attributeSpecials = /[\u0000-\u0008\u000B\u000C\u000E-\u001F&<"]/
// biome-ignore lint/suspicious/noControlCharactersInRegex: dropping them is the point
const nameSpecials = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\t\n "&'/<=>]/

function numericReference(character: string): string {
  return `&#x${(character.codePointAt(0) ?? 0).toString(16).toUpperCase()};`
}

/** Text holding `>`, with `&amp;`, `&lt;`, `&gt;` (see `element`). */
function escapeNamed(value: string): string {
  return value.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;')
}

/** Text as `xast-util-to-xml` writes it: C0 controls dropped, `&` and `<` as hexadecimal references. */
function escapeText(value: string): string {
  return textSpecials.test(value) ? value.replace(controls, '').replaceAll('&', '&#x26;').replaceAll('<', '&#x3C;') : value
}

/** A double-quoted attribute value as `xast-util-to-xml` writes it. */
function escapeAttribute(value: string): string {
  return attributeSpecials.test(value)
    ? value.replace(controls, '').replaceAll('&', '&#x26;').replaceAll('<', '&#x3C;').replaceAll('"', '&#x22;')
    : value
}

/** An element or attribute name as `xast-util-to-xml` writes it (ours never need escaping). */
function escapeName(value: string): string {
  return nameSpecials.test(value) ? value.replace(controls, '').replace(/[\t\n "&'/<=>]/g, numericReference) : value
}

const indents: string[] = []

function indent(depth: number): string {
  let value = indents[depth]
  if (value === undefined) {
    value = `\n${'  '.repeat(depth)}`
    indents[depth] = value
  }
  return value
}

function onlyElements(children: readonly ElementContent[]): boolean {
  for (const child of children) if (child.type !== 'element') return false
  return true
}

/**
 * Children of one element of the document that are made while it is written (a feed's
 * items): each is built, written and dropped in turn, instead of the whole feed's tree
 * staying alive until it is written (the garbage collector copied it again and again).
 * They come after the element's own children and are written as if they were among them.
 */
export interface StreamedChildren {
  /** The element they belong to (the same object as in the tree). */
  parent: Element
  /** The children, made one by one as they are written. */
  children: Iterable<Element>
}

/**
 * Serialize an element the way `xast-util-to-xml` (`closeEmptyElements`,
 * `allowDangerousXml`) serializes it after indenting: an element that holds only elements
 * gets one child per line, two spaces a level; text holding `>` is written with `&amp;`,
 * `&lt;`, `&gt;` (`]]>` is not allowed in XML character data, and `xast-util-to-xml`
 * escapes only `&` and `<`); other text and attribute values with hexadecimal references.
 * Written directly rather than through a copied, indented tree: this runs once per feed
 * element, tens of thousands of times per feed.
 */
function element(node: Element, depth: number, streamed: StreamedChildren | undefined): string {
  const name = escapeName(node.name)
  let open = `<${name}`
  const attributes = node.attributes ?? {}
  for (const key in attributes) {
    if (!Object.hasOwn(attributes, key)) continue
    const value = attributes[key]
    if (value !== null && value !== undefined) open += ` ${escapeName(key)}="${escapeAttribute(String(value))}"`
  }
  const children = node.children
  const more = streamed?.parent === node ? streamed.children : undefined
  let content = ''
  if (onlyElements(children)) {
    // One child per line; no line at all (a self-closed element) when there is no child.
    const inner = indent(depth + 1)
    for (const child of children) content += inner + element(child as Element, depth + 1, streamed)
    if (more) for (const child of more) content += inner + element(child, depth + 1, streamed)
    if (content !== '') content += indent(depth)
  } else {
    for (const child of children) {
      if (child.type === 'element') content += element(child, depth + 1, streamed)
      else if (child.type === 'text') content += child.value.includes('>') ? escapeNamed(child.value) : escapeText(child.value)
      // The feeds are built of elements and text only; anything else is a bug in a renderer.
      else throw new Error(`Cannot serialize a \`${child.type}\` node: feeds hold elements and text only`)
    }
    if (more) for (const child of more) content += element(child, depth + 1, streamed)
  }
  return content === '' ? `${open} />` : `${open}>${content}</${name}>`
}

/**
 * Serialize an XML document: the UTF-8 declaration, the root element (indented where it
 * holds only elements), empty elements self-closed, a final newline.
 *
 * @param root Root element (built with xastscript; text already cleaned of illegal characters).
 * @param streamed Children of one element of `root` made while it is written (see `StreamedChildren`).
 * @returns The XML text: the bytes of the tree with those children appended to their parent.
 */
export function xmlDocument(root: Element, streamed?: StreamedChildren): string {
  return `<?xml version="1.0" encoding="utf-8"?>\n${element(root, 0, streamed)}\n`
}
