import {characterEntities} from 'character-entities'
import {SaxesParser} from 'saxes'
import {pointAt} from '../util/point-at.js'
import {escapeBareAmpersands} from './escape-bare-ampersands.js'
import {xmlTooDeepAt} from './xml-depth.js'

/** An XML element: local name, namespace URI, attributes by qualified and local name. */
export interface XmlElement {
  type: 'element'
  name: string
  uri: string
  attributes: Record<string, string>
  children: XmlNode[]
  line: number
  column: number
}

/** Text (character data or CDATA). */
export interface XmlText {
  type: 'text'
  value: string
}

/** A node of the tree `parseXml` builds. */
export type XmlNode = XmlElement | XmlText

/** A problem found while parsing, 1-indexed. */
export interface XmlProblem {
  reason: string
  ruleId: string
  line: number
  column: number
}

/** Elements nested deeper than this are refused (protects every later tree walk). */
export const maxXmlDepth = 512

/**
 * Parse XML into a small namespace-aware tree. Safe with hostile input: no DTD is read,
 * no external entity is fetched and no internal entity is expanded (so no XXE and no
 * "billion laughs"); HTML named references such as `&nbsp;` and `&mdash;`, common in feeds,
 * resolve to their characters. The first well-formedness error stops parsing.
 *
 * @param text XML document.
 * @returns The root element (undefined when unusable) and problems with positions.
 */
export function parseXml(source: string): {root: XmlElement | undefined; problems: XmlProblem[]} {
  const problems: XmlProblem[] = []
  const escaped = escapeBareAmpersands(source)
  const text = escaped.text
  if (escaped.count > 0) {
    const {line, column} = pointAt(source, escaped.first)
    problems.push({reason: `${escaped.count} bare \`&\` (first at ${line}:${column}) read as \`&amp;\`: escape them in the source`, ruleId: 'xml-bare-ampersand', line, column})
  }
  const deep = xmlTooDeepAt(text, maxXmlDepth)
  if (deep !== undefined) {
    const {line, column} = pointAt(text, deep)
    return {root: undefined, problems: [{reason: `XML nested deeper than ${maxXmlDepth} elements: refused as hostile; flatten the document`, ruleId: 'xml-too-deep', line, column}]}
  }
  const parser = new SaxesParser({xmlns: true, position: true})
  Object.assign(parser.ENTITIES, characterEntities, {amp: '&', lt: '<', gt: '>', quot: '"', apos: "'"})
  const stack: XmlElement[] = []
  let root: XmlElement | undefined
  let failed = false
  const fail = (reason: string, ruleId: string) => {
    if (!failed) problems.push({reason, ruleId, line: parser.line, column: parser.column + 1})
    failed = true
  }
  parser.on('error', (cause) => {
    let reason = cause.message.replace(/^(?:[^:]*:)?\d+:\d+: /, '').replace(/\.$/, '')
    if (reason === 'undefined entity') {
      const line = text.split('\n', parser.line)[parser.line - 1] ?? ''
      const name = /&([^;\s&]*);?$/.exec(line.slice(0, parser.column))?.[1]
      if (name) reason = `undefined entity \`&${name};\` (DTD entities are never expanded)`
    }
    fail(`Malformed XML: ${reason}; fix the markup (escape \`&\` as \`&amp;\` and \`<\` as \`&lt;\`)`, 'xml-malformed')
  })
  parser.on('doctype', (doctype) => {
    if (/<!ENTITY/i.test(doctype)) {
      problems.push({reason: 'The DOCTYPE declares entities: they are not expanded and no external entity is fetched; remove the DOCTYPE', ruleId: 'xml-doctype-entities', line: parser.line, column: parser.column + 1})
    }
  })
  parser.on('opentag', (tag) => {
    if (failed) return
    if (stack.length >= maxXmlDepth) return fail(`XML nested deeper than ${maxXmlDepth} elements: refused as hostile; flatten the document`, 'xml-too-deep')
    const attributes: Record<string, string> = {}
    for (const attribute of Object.values(tag.attributes)) {
      const {name, local, value} = attribute as {name: string; local: string; value: string}
      attributes[name] = value
      if (!(local in attributes)) attributes[local] = value
    }
    const element: XmlElement = {type: 'element', name: tag.local ?? tag.name, uri: tag.uri ?? '', attributes, children: [], line: parser.line, column: parser.column + 1}
    const parent = stack.at(-1)
    if (parent) parent.children.push(element)
    else root ??= element
    stack.push(element)
  })
  parser.on('closetag', () => {
    if (!failed) stack.pop()
  })
  const onText = (value: string) => {
    if (failed) return
    stack.at(-1)?.children.push({type: 'text', value})
  }
  parser.on('text', onText)
  parser.on('cdata', onText)
  try {
    // Written in chunks so parsing stops soon after the first error.
    for (let start = 0; start < text.length && !failed; start += 65536) parser.write(text.slice(start, start + 65536))
    if (!failed) parser.close()
  } catch (cause) {
    fail(`Malformed XML: ${(cause as Error).message}`, 'xml-malformed')
  }
  if (!failed && !root) fail('No XML element found: the file is empty or not XML', 'xml-malformed')
  return {root: failed ? undefined : root, problems}
}
