import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import {parseDay} from './calendar.js'
import {findDates} from './find-dates.js'

/** Options for `retextDates`. */
export interface DatesOptions {
  /**
   * Reference date (ISO 8601) used when `file.data.referenceDate` is not set.
   */
  referenceDate?: string
}

/**
 * Find temporal expressions (`on Monday`, `April 18`, `1973`,
 * `the end of March 2011`, `2012-03-20`, `yesterday`, `last year`) and
 * resolve them to ISO 8601 values, possibly partial (`1973`, `2011-03`).
 * Relative expressions resolve against `file.data.referenceDate` (e.g. the
 * edition date); without one they keep no `value`.
 *
 * Sets `file.data.dates`, sorted by offset.
 *
 * @param options
 *   Configuration (optional).
 * @returns
 *   Transform.
 */
export function retextDates(options: DatesOptions = {}): (tree: Root, file: VFile) => undefined {
  return (_tree, file) => {
    const given = file.data.referenceDate ?? options.referenceDate
    const reference = parseDay(given)
    if (given !== undefined && !reference) {
      file.message(`Unexpected reference date \`${given}\`: expected an ISO 8601 date such as \`2012-03-20\`; relative dates are left unresolved`, {
        ruleId: 'reference-date',
        source: 'copydesk-tag'
      })
    }
    file.data.dates = findDates(String(file), reference)
    return undefined
  }
}
