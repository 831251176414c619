import {fromMarkdown} from 'mdast-util-from-markdown'
import {type Block, inline, mdastToParagraphs} from './mdast-to-paragraphs.js'

/** A blank line: it ends a paragraph. */
const blank = /^[ \t]*$/

/**
 * A line start that may open a block other than a paragraph or interrupt one: indentation
 * (indented code, lazy lines), block quote, list bullet or number, thematic break, setext
 * underline, code fence, HTML, link reference definition. `#` is looked at separately.
 */
const blockStart = /^(?:[ \t>+*_=`~<[-]|\d{1,9}[.)])/

/** An ATX heading with no `#` in its content (which might close it). */
const heading = /^(#{1,6})(?:[ \t]+([^#]*))?$/

/** Inline syntax (escapes, code, emphasis, links, HTML, character references) or a hard break. */
const inlineSyntax = /[\\`*_[\]<&]|[ \t]$/m

/**
 * Reduce Markdown made only of paragraphs and ATX headings, one after another (what most
 * articles are), to the blocks `mdastToParagraphs(fromMarkdown(text))` gives, without
 * building the document's tree: plain paragraphs and headings are read directly, and a
 * block with inline syntax is parsed alone, which gives the same result because no other
 * block (no list, quote, fence or link definition) can reach into it.
 *
 * @param text Markdown body.
 * @returns The blocks, or `undefined` when the document has other block syntax and must be parsed whole.
 */
export function plainBlocks(text: string): Block[] | undefined {
  // The parser drops a byte order mark that starts its input, so blocks parsed alone could differ: leave those rare texts to it.
  if (text.includes('\uFEFF')) return undefined
  const blocks: Block[] = []
  const lines = text.split('\n')
  let start = -1
  const flush = (end: number) => {
    if (start === -1) return
    addBlock(blocks, lines.slice(start, end).join('\n'), 'paragraph', start + 1)
    start = -1
  }
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] as string
    if (blank.test(line)) {
      flush(index)
    } else if (line.charCodeAt(0) === 35 /* # */) {
      const match = heading.exec(line)
      if (!match) return undefined
      flush(index)
      addBlock(blocks, line, 'heading', index + 1, (match[1] as string).length, match[2] ?? '')
    } else if (blockStart.test(line)) {
      return undefined
    } else if (start === -1) {
      start = index
    }
  }
  flush(lines.length)
  return blocks
}

function addBlock(blocks: Block[], source: string, kind: Block['kind'], line: number, depth?: number, content = source): void {
  if (inlineSyntax.test(source)) {
    for (const block of mdastToParagraphs(fromMarkdown(source))) blocks.push({...block, line: block.line + line - 1})
    return
  }
  const text = inline(content)
  if (text === '') return
  blocks.push(depth === undefined ? {kind, text, line} : {kind, depth, text, line})
}
