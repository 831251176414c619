import fc from 'fast-check'
import {fromMarkdown} from 'mdast-util-from-markdown'
import {describe, expect, it} from 'vitest'
import {mdastToParagraphs} from '../src/markdown/mdast-to-paragraphs.js'
import {plainBlocks} from '../src/markdown/plain-blocks.js'

/** What the full parse gives. */
function parsed(text: string) {
  return mdastToParagraphs(fromMarkdown(text))
}

describe('plainBlocks', () => {
  it('reads paragraphs and headings without the full parse', () => {
    const text = '# Title\n\nFirst line\nsecond line.\n## Sub heading ##x\n\n### Part\nMore *text* & [a link](/x).\n'
    expect(plainBlocks('# Title\n\nFirst line\nsecond line.\n\n### Part\nMore text.')).toEqual([
      {kind: 'heading', depth: 1, text: 'Title', line: 1},
      {kind: 'paragraph', text: 'First line second line.', line: 3},
      {kind: 'heading', depth: 3, text: 'Part', line: 6},
      {kind: 'paragraph', text: 'More text.', line: 7}
    ])
    expect(plainBlocks(text)).toBeUndefined()
    expect(plainBlocks('Text with *emphasis*, `code`, a [link](/x) &amp; a hard  \nbreak.\n\n## Head *x*')).toEqual(parsed('Text with *emphasis*, `code`, a [link](/x) &amp; a hard  \nbreak.\n\n## Head *x*'))
  })

  it('leaves lists, quotes, code, HTML, definitions and setext headings to the full parse', () => {
    for (const text of ['- a', 'a\n- b', '> a', '```\na\n```', '    code', 'a\n  b', '<div>\n\nx\n</div>', '[a]: /x\n\n[a]', 'a\n===', 'a\n---', '1. a', '#hashtag', '# a #']) {
      expect(plainBlocks(text)).toBeUndefined()
    }
  })

  it('gives what the full parse gives, or leaves the text to it (property)', () => {
    const piece = fc.oneof(
      fc.string({maxLength: 12}),
      fc.string({unit: fc.constantFrom('a', 'B', ' ', '\t', '\n', '#', '*', '_', '`', '[', ']', '(', ')', '!', '<', '>', '&', ';', '\\', '-', '+', '=', '~', '1', '.', ':', '\u00a0', '\uFEFF', 'é'), maxLength: 16}),
      fc.constantFrom('\n', '\n\n', '\n \n', '# ', '## ', '###### ', '####### ', '#', ' #', '  ', '\\', '[a]: /x', '[a]', '![b](c)', '<b>', '<!-- x -->', '&amp;', '&copy', '1. ', '2) ', '10.', '- ', '* ', '+ ', '***', '___', '---', '===', '```', '~~~', '    ', '\t', '> ', '*em*', '_em_', '`c`', 'word ', 'Word.')
    )
    fc.assert(
      fc.property(fc.array(piece, {maxLength: 30}), (parts) => {
        const text = parts.join('')
        const fast = plainBlocks(text)
        if (fast !== undefined) expect(fast).toEqual(parsed(text))
      }),
      {numRuns: 3000}
    )
  })
})
