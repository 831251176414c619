import type {Extracted} from '@copydesk/schema'
import type {VFile} from 'vfile'
import type {Paragraph} from './build-paragraphs.js'
import {pointIn} from './lines.js'
import {type Dateline, parseDateline} from './parse-dateline.js'
import {report} from './report.js'

/**
 * Take the dateline off the first paragraph (and any repeated one after it, as when a
 * story is refiled by a second agency), record each with its position and report it.
 *
 * @param paragraphs The paragraphs (the first non-empty one is changed in place).
 * @param extracted Where to record the dateline text and position.
 * @param file File to report on.
 * @returns The first dateline, or `undefined`.
 */
export function stripDateline(paragraphs: Paragraph[], extracted: Extracted[], file: VFile): Dateline | undefined {
  const lede = paragraphs.find((paragraph) => paragraph.text !== '')
  const first = lede?.lines[0]
  if (!lede || !first) return undefined
  let found: Dateline | undefined
  let consumed = first.raw.length - first.raw.trimStart().length
  for (let dateline = parseDateline(lede.text); dateline; dateline = parseDateline(lede.text)) {
    found ??= dateline
    const position = {start: pointIn(first.line, Math.min(consumed, first.raw.length)), end: pointIn(first.line, Math.min(first.raw.length, consumed + dateline.text.length))}
    extracted.push({kind: 'dateline', text: dateline.text, position})
    report(file, 'info', `Moved the dateline \`${dateline.text}\` out of the body`, position, 'dateline')
    consumed += dateline.length
    const rest = lede.text.slice(dateline.length)
    lede.text = rest.charAt(0).toUpperCase() + rest.slice(1)
  }
  return found
}
