import type {Span} from '@copydesk/schema'
import {isWhitespace} from './whitespace.js'
import {allMatches} from './matches.js'

/**
 * Split article text into paragraph spans.
 *
 * Paragraphs are separated by blank lines; text without any blank line (wire
 * copy, JSON Lines input) is split on single line breaks instead. Leading and
 * trailing whitespace is left out of every span; empty paragraphs are dropped.
 *
 * @param text
 *   Article text.
 * @returns
 *   Paragraph spans into `text`, in order.
 */
export function paragraphs(text: string): readonly Span[] {
  // Several plugins ask for the same text's paragraphs in one run.
  if (last && last.text === text) return last.spans
  const spans = compute(text)
  last = {text, spans}
  return spans
}

let last: {text: string; spans: readonly Span[]} | undefined

function compute(text: string): Span[] {
  const separator = /\n[ \t\r]*\n/.test(text) ? /\n[ \t\r]*\n\s*/g : /\n\s*/g
  const spans: Span[] = []
  let from = 0
  for (const match of allMatches(separator, text)) {
    push(text, from, match.index, spans)
    from = match.index + match[0].length
  }
  push(text, from, text.length, spans)
  return spans
}

function push(text: string, start: number, end: number, spans: Span[]): void {
  let s = start
  let e = end
  while (s < e && isWhitespace(text.charCodeAt(s))) s++
  while (e > s && isWhitespace(text.charCodeAt(e - 1))) e--
  if (e > s) spans.push({start: s, end: e})
}
