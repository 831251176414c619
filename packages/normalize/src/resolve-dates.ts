import type {Extracted, Position, RawMeta} from '@copydesk/schema'
import type {VFile} from 'vfile'
import type {Dateline} from './parse-dateline.js'
import {type DateOrder, type ParsedDate, parseDate} from './parse-date.js'
import type {SourceLine} from './parse-source-line.js'
import {report} from './report.js'

/** What dates are read from. */
export interface DateInputs {
  meta: RawMeta
  sourceLine: SourceLine | undefined
  dateline: Dateline | undefined
  timeZone: string | undefined
  dateOrder: DateOrder
  extracted: readonly Extracted[]
}

/** The article's dates. */
export interface ResolvedDates {
  date?: string
  updated?: string
  editionDate?: string
}

const nowhere: Position = {start: {line: 1, column: 1, offset: 0}, end: {line: 1, column: 1, offset: 0}}

/**
 * Resolve the publication, update and edition dates: the source's `date` and `updated`
 * (naive date-times get the source's zone, with a message), the edition date of a source
 * line (its numeric date read in `dateOrder`, flagged when ambiguous), and, when the source
 * gives no date, the edition date or a dateline date that has a year.
 *
 * @param inputs Metadata, source line, dateline, zone and date order.
 * @param file File to report on.
 * @returns The dates.
 */
export function resolveDates(inputs: DateInputs, file: VFile): ResolvedDates {
  const zone = inputs.timeZone ?? 'UTC'
  const result: ResolvedDates = {}
  const where = (kind: Extracted['kind']) => inputs.extracted.find((item) => item.kind === kind)?.position ?? nowhere

  const read = (value: string | undefined, field: string, place = nowhere): ParsedDate | undefined => {
    if (value === undefined || value.trim() === '') return undefined
    const parsed = parseDate(value, {timeZone: zone, dateOrder: inputs.dateOrder})
    if (!parsed) {
      report(file, 'warning', `Cannot read the ${field} \`${value}\`: write it as ISO 8601 (\`2012-03-20\` or \`2012-03-20T08:30:00+08:00\`)`, place, 'date')
      return undefined
    }
    if (parsed.naive) {
      report(file, 'info', `The ${field} \`${value}\` has no time zone: read it in \`${zone}\` as \`${parsed.value}\`; set \`timeZone\` or \`timeZones\` if that is wrong`, place, 'date-zone')
    }
    if (parsed.ambiguous) {
      report(file, 'warning', `The ${field} \`${value}\` could be read either way round: read it as \`${parsed.value}\` (\`dateOrder: '${inputs.dateOrder}'\`); set \`dateOrder\` if that is wrong`, place, 'date-ambiguous')
    }
    return parsed
  }

  const date = read(inputs.meta.date, 'date')
  const updated = read(inputs.meta.updated, 'update date')
  const edition = read(inputs.sourceLine?.dateText, 'edition date', where('source-line'))
  if (edition) result.editionDate = edition.value
  if (date) result.date = date.value
  if (updated) result.updated = updated.value

  if (!result.date && result.editionDate) {
    result.date = result.editionDate
    report(file, 'info', `No publication date given: used the edition date \`${result.editionDate}\`; give a \`date\` to set another`, where('source-line'), 'date')
  } else if (!result.date && inputs.dateline?.date && /\d{4}/.test(inputs.dateline.date)) {
    const parsed = read(inputs.dateline.date, 'dateline date', where('dateline'))
    if (parsed) result.date = parsed.value
  }
  if (result.date && result.editionDate && result.date.slice(0, 10) > result.editionDate) {
    report(file, 'warning', `The date \`${result.date}\` is after the edition date \`${result.editionDate}\`: check the source`, where('source-line'), 'date')
  }
  return result
}
