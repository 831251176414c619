import type {Nodes, Root, RootContent} from 'mdast'
import {toString as mdastToString} from 'mdast-util-to-string'

/** A block of plain text and the 1-indexed line it starts on (relative to the parsed text). */
export interface Block {
  /** `heading` blocks carry their depth. */
  kind: 'paragraph' | 'heading'
  depth?: number
  text: string
  line: number
}

/**
 * Reduce Markdown to plain-text blocks: one per paragraph, heading, list item paragraph,
 * table row or code block; blockquotes and lists are flattened; images, HTML comments and
 * thematic breaks dropped. Soft line breaks inside a paragraph become spaces, so each block
 * is one line of prose.
 *
 * @param tree mdast root.
 * @returns Blocks in document order.
 */
export function mdastToParagraphs(tree: Root): Block[] {
  const blocks: Block[] = []
  const stack: RootContent[] = [...tree.children].reverse()
  while (stack.length > 0) {
    const node = stack.pop() as RootContent
    const line = node.position?.start.line ?? 1
    switch (node.type) {
      case 'heading':
        push(blocks, {kind: 'heading', depth: node.depth, text: inline(node), line})
        break
      case 'paragraph':
        push(blocks, {kind: 'paragraph', text: inline(node), line})
        break
      case 'code':
        push(blocks, {kind: 'paragraph', text: node.value.replace(/\s*\n\s*/g, ' ').trim(), line})
        break
      case 'table':
        for (const row of node.children) push(blocks, {kind: 'paragraph', text: row.children.map((cell) => inline(cell)).join(' | '), line: row.position?.start.line ?? line})
        break
      case 'html':
        push(blocks, {kind: 'paragraph', text: stripTags(node.value), line})
        break
      case 'blockquote':
      case 'list':
      case 'listItem':
      case 'footnoteDefinition':
        for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index] as RootContent)
        break
      default:
        // thematicBreak, definition, yaml, image-only content: nothing to read.
        break
    }
  }
  return blocks
}

/**
 * The text of a node on one line: soft line breaks become spaces, the ends are trimmed.
 *
 * @param node mdast node, or its text.
 * @returns One line of text.
 */
export function inline(node: Nodes | string): string {
  const text = typeof node === 'string' ? node : textOf(node)
  return text.replace(/\s*\n\s*/g, ' ').trim()
}

/** `mdast-util-to-string`, except that a hard line break (`break`, which has no text) is a line break, not nothing. */
function textOf(node: Nodes): string {
  if (node.type === 'break') return '\n'
  if (!('children' in node)) return mdastToString(node, {includeImageAlt: false, includeHtml: false})
  let text = ''
  for (const child of node.children) text += textOf(child)
  return text
}

function stripTags(html: string): string {
  return html
    .replace(/<!--[\s\S]*?(?:-->|$)/g, '')
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
}

function push(blocks: Block[], block: Block): void {
  if (block.text !== '') blocks.push(block)
}
