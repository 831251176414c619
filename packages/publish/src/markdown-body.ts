import type {PublishedArticle} from '@copydesk/schema'
import type {Paragraph} from 'mdast'
import {cleanLine} from './clean-text.js'

/**
 * The body as mdast paragraphs: one per non-empty paragraph, each on one line (runs of
 * whitespace collapsed), as plain text nodes; `mdast-util-to-markdown` escapes whatever
 * would read as Markdown syntax.
 *
 * @param article Article with paragraphs.
 * @returns Paragraph nodes.
 */
export function markdownBody(article: Pick<PublishedArticle, 'paragraphs'>): Paragraph[] {
  return article.paragraphs
    .map((paragraph) => cleanLine(paragraph))
    .filter((paragraph) => paragraph !== '')
    .map((value) => ({type: 'paragraph', children: [{type: 'text', value}]}))
}
