import {fromXml} from 'xast-util-from-xml'

/** The part of a xast node the checks read. */
export interface XmlNode {
  type: string
  name?: string
  value?: string
  attributes?: Record<string, string | null | undefined>
  children?: XmlNode[]
}

/**
 * Parse XML strictly (not well-formed throws a positioned message).
 *
 * @param text XML.
 * @returns The root node.
 */
export function parseXml(text: string): XmlNode {
  return fromXml(text) as unknown as XmlNode
}

/**
 * Child elements with a name (the name as written, prefix included).
 *
 * @param node Parent.
 * @param name Element name.
 * @returns Matching children.
 */
export function childElements(node: XmlNode | undefined, name: string): XmlNode[] {
  return (node?.children ?? []).filter((child) => child.type === 'element' && child.name === name)
}

/**
 * The text content of a node.
 *
 * @param node Any node.
 * @returns Its text, CDATA included.
 */
export function textOf(node: XmlNode | undefined): string {
  if (!node) return ''
  if (node.type === 'text' || node.type === 'cdata') return node.value ?? ''
  return (node.children ?? []).map(textOf).join('')
}
