import type {Extracted} from '@copydesk/schema'
import type {VFile} from 'vfile'
import type {Paragraph} from './build-paragraphs.js'
import {deriveHeadline} from './derive-headline.js'
import {pointIn} from './lines.js'
import {isAffiliation, parseByline} from './parse-byline.js'
import {parseDateline} from './parse-dateline.js'
import {parseEmailLine} from './parse-email-line.js'
import {parseSourceLine, type SourceLine} from './parse-source-line.js'
import {parseTrailer} from './parse-trailer.js'
import {report} from './report.js'

/** Metadata found in whole lines of the text. */
export interface LineMetadata {
  headline?: string
  dek?: string
  names: string[]
  emails: string[]
  sourceLine?: SourceLine
  extracted: Extracted[]
}

/** Longest line taken for a headline. */
export const maxHeadlineLineLength = 150

/**
 * Find metadata written as paragraphs of their own, record it with its position and blank
 * those paragraphs so they leave the body: a headline (the source's title, or a short first
 * line on its own without a final period), a dek (one short line between the headline and a
 * byline or dateline), bylines and e-mail lines at the
 * top, and at the end e-mail lines, source lines, Reuters credits, copyright and boilerplate.
 *
 * @param paragraphs The paragraphs (changed in place: extracted ones get empty text).
 * @param title The title the source gave, if any.
 * @param file File to report on.
 * @returns What was found.
 */
export function extractLines(paragraphs: Paragraph[], title: string | undefined, file: VFile): LineMetadata {
  const found: LineMetadata = {names: [], emails: [], extracted: []}
  if (paragraphs.length === 0) return found
  let start = 0
  let end = paragraphs.length - 1

  const take = taker(paragraphs, found.extracted, file)

  const first = paragraphs[0]
  const firstText = first?.text ?? ''
  if (title !== undefined) {
    if (first && sameHeadline(firstText, title) && paragraphs.length > 1 && first.lines.length === 1 && looksLikeHeadline(firstText)) {
      take(0, 'headline', 'the headline')
      start++
    }
  } else if (first && paragraphs.length > 1 && isUntitledHeadline(first)) {
    found.headline = firstText
    take(0, 'headline', 'the headline')
    start++
  }

  // A dek: one short line between the headline and a byline or dateline.
  const dek = paragraphs[start]
  const after = paragraphs[start + 1]?.text ?? ''
  if (start === 1 && dek && start + 1 < end && dek.lines.length === 1 && looksLikeDek(dek.text) && (parseByline(after) !== undefined || parseDateline(after) !== undefined)) {
    found.dek = dek.text
    take(start, 'dek', 'the dek')
    start++
  }

  // Bylines and e-mail lines right under the headline.
  start = takeTopLines(paragraphs, start, end, found, take)

  // With no title given or found, a headline-like paragraph right under the byline is the
  // headline: derived as the title whole, it would be taken out of the body when the
  // published article is read again.
  const next = paragraphs[start]
  if (title === undefined && found.headline === undefined && start > 0 && start < end && next && isUntitledHeadline(next)) {
    found.headline = next.text
    take(start, 'headline', 'the headline')
    start++
  }

  // Trailer lines, last first.
  const credits: string[] = []
  while (end > start) {
    const text = paragraphs[end]?.text ?? ''
    const emails = parseEmailLine(text)
    const source = found.sourceLine ? undefined : parseSourceLine(text)
    const credit = /^\(?\s*(?:additional\s+)?(?:reporting|writing)\s+by\s/i.test(text) ? parseByline(text) : undefined
    const trailer = parseTrailer(text)
    if (emails) {
      found.emails.unshift(...emails)
      take(end, 'email', 'the e-mail line')
    } else if (source) {
      found.sourceLine = source
      take(end, 'source-line', 'the source line')
    } else if (credit) {
      credits.unshift(...credit.names)
      take(end, 'byline', 'the credit line')
    } else if (trailer) {
      take(end, trailer, trailer === 'copyright' ? 'the copyright notice' : 'the boilerplate')
    } else {
      break
    }
    end--
  }
  found.names.push(...credits)
  found.extracted.sort((a, b) => (a.position.start.offset ?? 0) - (b.position.start.offset ?? 0))
  return found
}

/**
 * Take the bylines and e-mail lines that open what is left of the body after the dateline
 * (`BEIJING (Xinhua) -- By JANE DOE`, then the story): left in, they would read as the top
 * lines of the published text when it is read again. The last non-empty paragraph stays.
 *
 * @param paragraphs The paragraphs (taken ones get empty text).
 * @param found Where names and e-mails go.
 * @param extracted Where what is taken is recorded.
 * @param file File to report on.
 */
export function extractLinesAfterDateline(paragraphs: Paragraph[], found: LineMetadata, extracted: Extracted[], file: VFile): void {
  const start = paragraphs.findIndex((paragraph) => paragraph.text !== '')
  const end = paragraphs.findLastIndex((paragraph) => paragraph.text !== '')
  if (start < 0) return
  takeTopLines(paragraphs, start, end, {...found, extracted}, taker(paragraphs, extracted, file, true), true)
}

type Take = (index: number, kind: Extracted['kind'], what: string) => void

/** Blank a whole paragraph, recording it as `kind` with its position and reporting it. */
function taker(paragraphs: Paragraph[], extracted: Extracted[], file: VFile, afterDateline = false): Take {
  return (index, kind, what) => {
    const paragraph = paragraphs[index]
    const first = paragraph?.lines[0]
    const last = paragraph?.lines[paragraph.lines.length - 1]
    if (!paragraph || !first || !last) return
    // A paragraph whose start was taken (a dateline) is placed by its end.
    const indent = first.raw.length - first.raw.trimStart().length
    const from = afterDateline && paragraph.lines.length === 1 ? Math.max(indent, last.raw.trimEnd().length - paragraph.text.length) : indent
    const position = {start: pointIn(first.line, from), end: pointIn(last.line, last.raw.trimEnd().length)}
    extracted.push({kind, text: paragraph.text, position})
    report(file, 'info', `Moved ${what} \`${paragraph.text}\` out of the body`, position, kind)
    paragraph.text = ''
  }
}

/**
 * Bylines (and their affiliation lines) and e-mail lines from `start` on, before `end`;
 * returns the first paragraph left. `strict` (what follows a dateline, where a lede may open
 * `By Friday, the council ...`): a byline is only names, with at most an affiliation, and no
 * final period.
 */
function takeTopLines(paragraphs: Paragraph[], start: number, end: number, found: LineMetadata, take: Take, strict = false): number {
  let at = start
  while (at < end) {
    const text = paragraphs[at]?.text ?? ''
    let byline = /^by[:\s]/i.test(text) ? parseByline(text) : undefined
    if (byline && strict && (/[.!?]$/.test(text) || (byline.rest !== undefined && !isAffiliation(byline.rest)))) byline = undefined
    const emails = parseEmailLine(text)
    const previous = found.extracted[found.extracted.length - 1]
    if (byline) {
      found.names.push(...byline.names)
      take(at, 'byline', 'the byline')
    } else if (previous?.kind === 'byline' && isAffiliation(text)) {
      take(at, 'byline', 'the byline affiliation')
    } else if (emails) {
      found.emails.push(...emails)
      take(at, 'email', 'the e-mail line')
    } else {
      break
    }
    at++
  }
  return at
}

/**
 * Whether a paragraph of an article without a title is its headline: it reads as one and
 * is one line, or wrapped but short enough that the title derived from it repeats it (given
 * back as the title, it would be taken out of the body as the headline).
 */
function isUntitledHeadline(paragraph: Paragraph): boolean {
  if (!looksLikeHeadline(paragraph.text)) return false
  if (paragraph.lines.length === 1) return true
  const derived = deriveHeadline(paragraph.text)
  return derived !== undefined && sameHeadline(paragraph.text, derived)
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
  if (/[.,;:\u2014\u2013\u3002\uFF0C\uFF1B\uFF1A\u3001-]$/u.test(text) || !/\p{L}/u.test(text)) return false
  // Chinese and Japanese headlines are short: a long line is a paragraph.
  if (/[\u3040-\u30FF\u3400-\u9FFF]/u.test(text) && text.length > 60) return false
  if (/^by[:\s]/i.test(text) || parseEmailLine(text) || parseSourceLine(text) || parseTrailer(text)) return false
  return true
}

function looksLikeDek(text: string): boolean {
  if (text.length > 200 || text.split(/\s+/).length > 35 || /[,;:\u2014\u2013-]$/u.test(text)) return false
  return !/^by[:\s]/i.test(text) && !parseEmailLine(text) && !parseDateline(text) && !parseTrailer(text) && !parseSourceLine(text)
}

/**
 * The first line repeats the title, or the title with a site name added (`Title | Site`); a
 * line that goes on past the title with a new sentence (`Title. More`) is the lede.
 */
function sameHeadline(line: string, title: string): boolean {
  const a = comparable(line)
  const b = comparable(title)
  if (a === b || (a.length >= 10 && b.startsWith(`${a} `))) return true
  if (!(b.length >= 10 && a.startsWith(`${b} `))) return false
  const rest = line.toLowerCase().startsWith(title.toLowerCase()) ? line.slice(title.length).trimStart() : ''
  return !/^[.!?\u3002]/u.test(rest)
}

function comparable(value: string): string {
  return value.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()
}
