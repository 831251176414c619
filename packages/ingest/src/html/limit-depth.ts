import type {Element, ElementContent, Root, Text} from 'hast'

/** Elements nested deeper than this are flattened to their text. */
export const maxHtmlDepth = 128

/**
 * Flatten elements nested deeper than `maxHtmlDepth`: their subtree is replaced by its text,
 * so later selector and text walks (whose cost grows with the square of the depth) stay fast
 * on hostile pages. Real pages stay far below the limit.
 *
 * @param tree Page; changed in place.
 * @returns Whether anything was flattened.
 */
export function limitDepth(tree: Root): boolean {
  let flattened = false
  const stack: Array<{node: Root | Element; depth: number}> = [{node: tree, depth: 0}]
  while (stack.length > 0) {
    const {node, depth} = stack.pop() as {node: Root | Element; depth: number}
    for (const child of node.children) {
      if (child.type !== 'element') continue
      if (depth + 1 >= maxHtmlDepth) {
        child.children = textNodes(child)
        flattened = true
      } else stack.push({node: child, depth: depth + 1})
    }
  }
  return flattened
}

function textNodes(element: Element): ElementContent[] {
  const texts: Text[] = []
  const stack: ElementContent[] = [...element.children].reverse()
  while (stack.length > 0) {
    const node = stack.pop() as ElementContent
    if (node.type === 'text') texts.push({type: 'text', value: node.value})
    else if (node.type === 'element') {
      if (node.tagName === 'p' || node.tagName === 'br' || node.tagName === 'div') texts.push({type: 'text', value: ' '})
      for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index] as ElementContent)
    }
  }
  return texts
}
