import type {Element, Root} from 'hast'

/**
 * Matching for the few selectors the HTML reader needs, with the semantics of
 * `hast-util-select` (which parses the selector and walks the whole tree on every call, the
 * main cost of reading a page): elements in document order, the scope itself included when
 * it is an element, attribute names looked up as hast stores them (`itemprop` is
 * `itemProp` in HTML but `itemprop` inside `<svg>`), list values joined with spaces,
 * `i` comparing lower-cased values.
 */

/** An element and whether it is in SVG space (inside an `<svg>` element, which it may be). */
export interface Found {
  element: Element
  svg: boolean
}

/** HTML property names that differ from their attribute names, among those read here. */
const htmlProperties: Readonly<Record<string, string>> = {itemprop: 'itemProp', datetime: 'dateTime'}

/**
 * The value of an attribute as `hast-util-select` compares it.
 *
 * @param element Element.
 * @param name Attribute name, lower case (`itemprop`, `rel`, `content`...).
 * @param svg Whether the element is in SVG space.
 * @returns The value, or `undefined` when absent.
 */
export function attributeValue(element: Element, name: string, svg: boolean): string | undefined {
  const key = name === 'class' ? 'className' : svg ? name : (htmlProperties[name] ?? name)
  const value = element.properties[key]
  if (value === null || value === undefined) return undefined
  if (typeof value === 'boolean') return value ? name : undefined
  if (Array.isArray(value)) return value.length > 0 ? value.join(' ').trim() : undefined
  return String(value)
}

/**
 * `[name="value" i]`: the attribute equals `value`, ignoring case.
 *
 * @param found Element and space.
 * @param name Attribute name.
 * @param value Expected value.
 * @returns Whether it matches.
 */
export function attributeIs(found: Found, name: string, value: string): boolean {
  return attributeValue(found.element, name, found.svg)?.toLowerCase() === value.toLowerCase()
}

/**
 * `[name~="word"]` (or `[name~="word" i]` when `ignoreCase`): the attribute is `word` or
 * holds it as a space-separated word.
 *
 * @param found Element and space.
 * @param name Attribute name.
 * @param word Word looked for.
 * @param ignoreCase Whether to compare lower-cased.
 * @returns Whether it matches.
 */
export function attributeHasWord(found: Found, name: string, word: string, ignoreCase: boolean): boolean {
  let value = attributeValue(found.element, name, found.svg)
  if (value === undefined) return false
  const key = ignoreCase ? word.toLowerCase() : word
  if (ignoreCase) value = value.toLowerCase()
  if (key === value) return true
  const trimmed = value.trim()
  return trimmed !== '' && trimmed.split(/[ \t\n\r\f]+/g).includes(key)
}

/**
 * `.name`: the element has the class (compared as written).
 *
 * @param element Element.
 * @param name Class name.
 * @returns Whether it has the class.
 */
export function hasClass(element: Element, name: string): boolean {
  const value = (element.properties.className || []) as {includes(name: string): boolean}
  return value.includes(name)
}

/**
 * Visit the elements of `scope` (itself first when it is an element) in document order.
 * `inherit` passes a flag from each element to its descendants (for descendant selectors):
 * an element receives `true` when an ancestor within the scope set it. Recursive, like
 * `hast-util-select`: page trees are depth-limited first (`limitDepth`).
 *
 * @param scope Tree or element.
 * @param visit Called for each element; returning `true` stops the walk.
 * @param inherit Whether an element sets the flag for its descendants.
 */
export function walkElements(scope: Root | Element, visit: (found: Found, inherited: boolean) => boolean | undefined, inherit?: (found: Found) => boolean): void {
  walk(scope, false, false, visit, inherit)
}

/** Returns `true` when `visit` asked to stop. */
function walk(node: Root | Element, parentSvg: boolean, inherited: boolean, visit: (found: Found, inherited: boolean) => boolean | undefined, inherit: ((found: Found) => boolean) | undefined): boolean {
  let svg = parentSvg
  let passed = inherited
  if (node.type === 'element') {
    svg = parentSvg || node.tagName === 'svg'
    const found = {element: node, svg}
    if (visit(found, inherited) === true) return true
    if (inherit && !passed) passed = inherit(found)
  }
  for (const child of node.children) {
    if (child.type === 'element' && walk(child, svg, passed, visit, inherit)) return true
  }
  return false
}

/**
 * The first element (document order) of `scope` that passes `test`.
 *
 * @param scope Tree or element.
 * @param test Test.
 * @param inherit See `walkElements`.
 * @returns The element and its space, or `undefined`.
 */
export function selectFirst(scope: Root | Element, test: (found: Found, inherited: boolean) => boolean, inherit?: (found: Found) => boolean): Found | undefined {
  let first: Found | undefined
  walkElements(
    scope,
    (found, inherited) => {
      if (!test(found, inherited)) return undefined
      first = found
      return true
    },
    inherit
  )
  return first
}

/**
 * Every element of `scope` that passes `test`, in document order.
 *
 * @param scope Tree or element.
 * @param test Test.
 * @returns The elements and their spaces.
 */
export function selectEvery(scope: Root | Element, test: (found: Found) => boolean): Found[] {
  const all: Found[] = []
  walkElements(scope, (found) => {
    if (test(found)) all.push(found)
    return undefined
  })
  return all
}
