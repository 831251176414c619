import type {Extracted} from '@copydesk/schema'
import type {VFile} from 'vfile'
import type {BodyLine} from './clean-lines.js'
import {positionIn} from './lines.js'
import {parseByline} from './parse-byline.js'
import {parseEmailLine} from './parse-email-line.js'
import {parseSourceLine, type SourceLine} from './parse-source-line.js'
import {parseTrailer} from './parse-trailer.js'
import {report} from './report.js'

/** Metadata found in whole lines of the text. */
export interface LineMetadata {
  headline?: string
  names: string[]
  emails: string[]
  sourceLine?: SourceLine
  extracted: Extracted[]
}

/** Longest line taken for a headline. */
export const maxHeadlineLineLength = 150

/**
 * Find metadata written on lines of their own, record it with its position and blank the
 * lines so they leave the body: a headline (the source's title, or a short first line
 * without a final period followed by a blank line), bylines and e-mail lines at the top,
 * and at the end e-mail lines, source lines, Reuters credits, copyright and boilerplate.
 *
 * @param lines The clean lines (changed in place: extracted lines get empty text).
 * @param title The title the source gave, if any.
 * @param file File to report on.
 * @returns What was found.
 */
export function extractLines(lines: BodyLine[], title: string | undefined, file: VFile): LineMetadata {
  const found: LineMetadata = {names: [], emails: [], extracted: []}
  const filled = lines.map((line, index) => index).filter((index) => lines[index]?.text !== '')
  if (filled.length === 0) return found
  let start = 0
  let end = filled.length - 1

  const take = (index: number, kind: Extracted['kind'], what: string): void => {
    const line = lines[index]
    if (!line) return
    const indent = line.raw.length - line.raw.trimStart().length
    const position = positionIn(line.line, indent, line.raw.trimEnd().length)
    found.extracted.push({kind, text: line.text, position})
    report(file, 'info', `Moved ${what} \`${line.text}\` out of the body`, position, kind)
    line.text = ''
  }

  const first = filled[0] ?? 0
  const firstText = lines[first]?.text ?? ''
  const next = lines[first + 1]
  if (title !== undefined) {
    if (comparable(firstText) === comparable(title) && filled.length > 1) {
      take(first, 'headline', 'the headline')
      start++
    }
  } else if (filled.length > 1 && next?.text === '' && looksLikeHeadline(firstText)) {
    found.headline = firstText
    take(first, 'headline', 'the headline')
    start++
  }

  // Bylines and e-mail lines right under the headline.
  while (start < end) {
    const index = filled[start] ?? 0
    const text = lines[index]?.text ?? ''
    const byline = /^by[:\s]/i.test(text) ? parseByline(text) : undefined
    const emails = parseEmailLine(text)
    if (byline) {
      found.names.push(...byline.names)
      take(index, 'byline', 'the byline')
    } else if (emails) {
      found.emails.push(...emails)
      take(index, 'email', 'the e-mail line')
    } else {
      break
    }
    start++
  }

  // Trailer lines, last first.
  while (end > start) {
    const index = filled[end] ?? 0
    const text = lines[index]?.text ?? ''
    const emails = parseEmailLine(text)
    const source = found.sourceLine ? undefined : parseSourceLine(text)
    const credit = /^\(?\s*(?:additional\s+)?(?:reporting|writing)\s+by\s/i.test(text) ? parseByline(text) : undefined
    const trailer = parseTrailer(text)
    if (emails) {
      found.emails.unshift(...emails)
      take(index, 'email', 'the e-mail line')
    } else if (source) {
      found.sourceLine = source
      take(index, 'source-line', 'the source line')
    } else if (credit) {
      found.names.push(...credit.names)
      take(index, 'byline', 'the credit line')
    } else if (trailer) {
      take(index, trailer, trailer === 'copyright' ? 'the copyright notice' : 'the boilerplate')
    } else {
      break
    }
    end--
  }
  found.extracted.sort((a, b) => (a.position.start.offset ?? 0) - (b.position.start.offset ?? 0))
  return found
}

/**
 * Whether a first line reads as a headline: short, no final period, comma or colon, not a
 * byline, an e-mail or a dateline paragraph.
 *
 * @param text The clean line.
 * @returns `true` for a headline.
 */
export function looksLikeHeadline(text: string): boolean {
  if (text.length > maxHeadlineLineLength || text.split(/\s+/).length > 25) return false
  if (/[.,;:\u2014\u2013-]$/u.test(text) || !/\p{L}/u.test(text)) return false
  if (/^by[:\s]/i.test(text) || parseEmailLine(text) || parseSourceLine(text) || parseTrailer(text)) return false
  return true
}

function comparable(value: string): string {
  return value.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()
}
