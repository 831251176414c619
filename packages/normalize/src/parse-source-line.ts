/** A print source line such as `(China Daily 03/20/2012 page11)`. */
export interface SourceLine {
  publisher: string
  /** Edition date as written (`03/20/2012`). */
  dateText?: string
  /** Month, day and year numbers as written, in the order they appear. */
  dateParts?: [number, number, number]
  page?: number
}

const printLine = /^\(\s*([^()\d]*[\p{L}][^()\d]*?)\s*,?\s+(\d{1,2})([/.-])(\d{1,2})\3(\d{4})\s*,?\s*(?:(?:page|p\.?|pg\.?)\s*(\d{1,4}))?\s*\)$/iu
const sourceOnly = /^\(?\s*source\s*:\s*([^()]{2,80}?)\s*\)?$/iu

/**
 * Parse a source line: `(China Daily 03/20/2012 page11)`, `(China Daily USA 03/20/2012 page 2)`,
 * `(Source: Xinhua)`. The numeric date is returned as written; `parseDate` orders it.
 *
 * @param line A trimmed line.
 * @returns The publisher, date and page, or `undefined` when the line is not a source line.
 */
export function parseSourceLine(line: string): SourceLine | undefined {
  const print = printLine.exec(line.trim())
  if (print) {
    const [, publisher = '', first = '', separator = '/', second = '', year = '', page] = print
    const result: SourceLine = {
      publisher: publisher.trim(),
      dateText: [first, second, year].join(separator),
      dateParts: [Number(first), Number(second), Number(year)]
    }
    if (page !== undefined && Number(page) > 0) result.page = Number(page)
    return result
  }
  const only = sourceOnly.exec(line.trim())
  if (only?.[1] && /\p{Lu}/u.test(only[1])) return {publisher: only[1].trim()}
  return undefined
}
