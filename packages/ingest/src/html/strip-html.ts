import {characterEntities} from 'character-entities'
import {collapseWhitespace} from '../util/collapse-whitespace.js'

/**
 * Last-resort HTML to text without building a tree, for pages too deeply nested to parse:
 * scripts, styles and comments dropped, block tags become line breaks, other tags removed,
 * character references decoded. Linear in the input.
 *
 * @param html HTML.
 * @returns Paragraphs, one per non-empty line.
 */
export function stripHtml(html: string): string[] {
  return html
    .replace(/<(script|style|noscript|template|head)\b[\s\S]*?(?:<\/\1\s*>|$)/gi, ' ')
    .replace(/<!--[\s\S]*?(?:-->|$)/g, ' ')
    .replace(/<\/?(?:p|div|br|li|h[1-6]|tr|section|article|main|blockquote|pre|ul|ol|table|header|footer|nav|aside|figure)\b[^>]*>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z][a-z0-9]*);/gi, (reference: string, name: string) => decodeReference(reference, name))
    .split('\n')
    .map((line) => collapseWhitespace(line).trim())
    .filter((line) => line !== '')
}

function decodeReference(reference: string, name: string): string {
  if (name.startsWith('#')) {
    const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10)
    return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : '\uFFFD'
  }
  return (characterEntities as Record<string, string>)[name] ?? reference
}
