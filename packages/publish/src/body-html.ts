import type {PublishedArticle} from '@copydesk/schema'
import {cleanText} from './clean-text.js'

/**
 * Text as `hast-util-to-html` writes it outside `<script>` and `<style>` (without named
 * references): `<` and `&` as hexadecimal references, everything else as is. Written
 * directly: `toHtml` compiles its escaping expression on every call.
 */
function escapeHtml(text: string): string {
  return text.replaceAll('&', '&#x26;').replaceAll('<', '&#x3C;')
}

/**
 * The article body as HTML: one `<p>` per non-empty paragraph, every `<`, `&` in the
 * text escaped (the bytes `hast-util-to-html` gives for the same `<p>` elements).
 *
 * @param article Article with paragraphs.
 * @returns HTML, empty when the body is empty.
 */
export function bodyHtml(article: Pick<PublishedArticle, 'paragraphs'>): string {
  let html = ''
  for (const paragraph of article.paragraphs) {
    const text = cleanText(paragraph).trim()
    if (text !== '') html += `<p>${escapeHtml(text)}</p>`
  }
  return html
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
  return escapeHtml(text)
}
