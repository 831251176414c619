import type {VFile} from 'vfile'
import {cleanText} from './clean-text.js'
import {type Line, positionIn, splitLines} from './lines.js'
import type {QuotePolicy} from './quote-policy.js'
import {report} from './report.js'

/** A raw line and its clean text. */
export interface BodyLine {
  /** Clean text; empty when blank or removed as metadata. */
  text: string
  /** The line as written. */
  raw: string
  /** Where it is. */
  line: Line
}

/**
 * Split raw text into lines and clean each one, reporting each kind of change once, at its
 * first place, with how many lines it touched.
 *
 * @param text The raw text.
 * @param quotes The quote policy.
 * @param file File to report on.
 * @returns The lines.
 */
export function cleanLines(text: string, quotes: QuotePolicy, file: VFile): BodyLine[] {
  const seen = new Map<string, {reason: string; line: Line; index: number; lines: number; count: number}>()
  const lines = splitLines(text).map((line) => {
    const result = cleanText(line.text, {quotes})
    for (const change of result.changes) {
      // Trimming a line is not worth a message.
      if (change.ruleId === 'whitespace' && line.text.trim().replace(/\s+/g, ' ') === line.text.trim() && !/[\u00A0\u2000-\u200A\u202F\u205F\u3000\t]/.test(line.text)) continue
      const entry = seen.get(change.ruleId)
      if (entry) {
        entry.lines++
        entry.count += change.count
      } else {
        seen.set(change.ruleId, {reason: change.reason, line, index: change.index, lines: 1, count: change.count})
      }
    }
    return {text: result.value, raw: line.text, line}
  })
  for (const [ruleId, entry] of seen) {
    const where = entry.lines > 1 ? ` (${entry.count} changes on ${entry.lines} lines)` : entry.count > 1 ? ` (${entry.count} changes)` : ''
    const sample = entry.line.text.slice(entry.index, entry.index + 12)
    report(file, 'info', `${entry.reason}${where}, first at \`${visible(sample)}\``, positionIn(entry.line, entry.index, Math.min(entry.line.text.length, entry.index + 1)), ruleId)
  }
  return lines
}

/** Show invisible characters in a message. */
function visible(value: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: showing control characters is the point
  return value.replace(/[\u0000-\u001F\u007F-\u009F\u00A0\u00AD\u200B-\u200F\u2060\uFEFF]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`)
}
