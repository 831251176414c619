import {hastToParagraphs} from './hast-to-paragraphs.js'
import {parseHtml} from './parse-html.js'
import {collapseWhitespace} from '../util/collapse-whitespace.js'

/**
 * Reduce an HTML fragment (a feed item's content, a JSON `body_html`) to plain-text
 * paragraphs. Text without markup is split on blank lines instead.
 *
 * @param html HTML fragment or plain text.
 * @returns Paragraphs.
 */
export function htmlToParagraphs(html: string): string[] {
  if (!/<[A-Za-z!/]|&[#A-Za-z0-9]+;/.test(html)) return textToParagraphs(html)
  return hastToParagraphs(parseHtml(html, true))
}

/**
 * Reduce a short HTML string (a title, an author name) to one line of text.
 *
 * @param html HTML or plain text.
 * @returns The text on one line.
 */
export function htmlToLine(html: string): string {
  return htmlToParagraphs(html).join(' ').trim()
}

/**
 * Split plain text into paragraphs, each on one line: on blank lines when there are any
 * (hard-wrapped lines are joined), otherwise one paragraph per line.
 *
 * @param text Plain text.
 * @returns Paragraphs.
 */
export function textToParagraphs(text: string): string[] {
  return text
    .split(/\n[^\S\n]*\n/.test(text.trim()) ? /\n\s*\n/ : /\n/)
    .map((block) => collapseWhitespace(block).trim())
    .filter((block) => block !== '')
}
