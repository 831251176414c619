import type {PublishedArticle} from '@copydesk/schema'
import {toHtml} from 'hast-util-to-html'
import {h} from 'hastscript'
import {cleanText} from './clean-text.js'

/**
 * The article body as HTML: one `<p>` per non-empty paragraph, built as hast and
 * serialized, so every `<`, `&` in the text is escaped.
 *
 * @param article Article with paragraphs.
 * @returns HTML, empty when the body is empty.
 */
export function bodyHtml(article: Pick<PublishedArticle, 'paragraphs'>): string {
  const paragraphs = article.paragraphs.map((paragraph) => cleanText(paragraph).trim()).filter((paragraph) => paragraph !== '')
  return toHtml(
    {type: 'root', children: paragraphs.map((paragraph) => h('p', paragraph))},
    {characterReferences: {useNamedReferences: false}}
  )
}

/**
 * The article body as plain text: the non-empty paragraphs, cleaned, joined by a blank line.
 *
 * @param article Article with paragraphs.
 * @returns Plain text, empty when the body is empty.
 */
export function bodyText(article: Pick<PublishedArticle, 'paragraphs'>): string {
  return article.paragraphs
    .map((paragraph) => cleanText(paragraph).trim())
    .filter((paragraph) => paragraph !== '')
    .join('\n\n')
}

/**
 * Plain text as HTML: every `<` and `&` escaped, so readers that treat the field as HTML
 * show the text as written.
 *
 * @param text Plain text (already cleaned).
 * @returns HTML.
 */
export function textHtml(text: string): string {
  return toHtml({type: 'text', value: text}, {characterReferences: {useNamedReferences: false}})
}
