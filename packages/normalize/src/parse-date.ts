import {formatOffset, wallClockOffset} from './time-zone.js'

/** Order of day and month in numeric dates such as `03/04/2012`. */
export type DateOrder = 'mdy' | 'dmy'

/** Options for `parseDate`. */
export interface ParseDateOptions {
  /**
   * Zone given to a date-time without an offset.
   * @default 'UTC'
   */
  timeZone?: string
  /**
   * How to read a numeric date whose day and month could be swapped.
   * @default 'mdy'
   */
  dateOrder?: DateOrder
}

/** A parsed date. */
export interface ParsedDate {
  /** ISO 8601: `2012-03-20`, or a date-time with an explicit offset. */
  value: string
  /** The value had no time: it stays a date. */
  dateOnly: boolean
  /** The value had a time but no zone: `timeZone` was applied. */
  naive: boolean
  /** A numeric date whose day and month could be swapped: `dateOrder` decided. */
  ambiguous: boolean
}

const months = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']
const zoneNames: Record<string, number> = {
  ut: 0, utc: 0, gmt: 0, z: 0, est: -300, edt: -240, cst: -360, cdt: -300, mst: -420, mdt: -360, pst: -480, pdt: -420,
  bst: 60, cet: 60, cest: 120, jst: 540, kst: 540, hkt: 480
}
const month = String.raw`(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`
const time = String.raw`(?:,?\s*(?:at\s+)?(\d{1,2})(?::(\d{2}))?(?::(\d{2})(\.\d+)?)?\s*([ap])?\.?(?:m\.?)?)?`
const zone = String.raw`(?:\s*(z|[+-]\d{2}:?\d{2}|(?:gmt|utc)[+-]\d{1,2}(?::?\d{2})?|[a-z]{1,4}))?`

const isoPattern = /^(\d{4})-(\d{2})-(\d{2})(?:[t ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?\s*(z|[+-]\d{2}(?::?\d{2})?)?)?$/i
const monthFirst = new RegExp(String.raw`^(?:[a-z]+,?\s+)?${month}\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})${time}${zone}$`, 'i')
const dayFirst = new RegExp(String.raw`^(?:[a-z]+,?\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+${month},?\s+(\d{4})${time}${zone}$`, 'i')
const numeric = /^(\d{1,4})([/.-])(\d{1,2})\2(\d{1,4})$/

/**
 * Parse a date as sources write it: ISO 8601, RFC 822 (`Tue, 20 Mar 2012 08:30:00 +0800`),
 * `March 20, 2012 8:30 a.m. EST`, `20 March 2012`, numeric (`03/20/2012`, `2012/03/20`).
 * A date stays a date; a date-time keeps its offset, or gets `timeZone`'s offset at that
 * wall-clock time when it has none (`naive`).
 *
 * @param value The date as written.
 * @param options Zone for naive date-times and order for numeric dates.
 * @returns The parsed date, or `undefined` when it is not a real date in a known form.
 */
export function parseDate(value: string, options: ParseDateOptions = {}): ParsedDate | undefined {
  const text = value.trim().replace(/\s+/g, ' ')
  const iso = isoPattern.exec(text)
  if (iso) return build(iso[1], iso[2], iso[3], [iso[4], iso[5], iso[6], iso[7], undefined, iso[8]], options, false)
  for (const [pattern, monthIndex, dayIndex] of [[monthFirst, 1, 2], [dayFirst, 2, 1]] as const) {
    const match = pattern.exec(text)
    if (match) {
      const monthNumber = months.indexOf((match[monthIndex] ?? '').slice(0, 3).toLowerCase()) + 1
      return build(match[3], String(monthNumber), match[dayIndex], [match[4], match[5], match[6], match[7], match[8], match[9]], options, false)
    }
  }
  const number = numeric.exec(text)
  if (number) {
    const [, a = '', , b = '', c = ''] = number
    if (a.length === 4) return build(a, b, c, [], options, false)
    if (c.length !== 4) return undefined
    const first = Number(a)
    const second = Number(b)
    const ambiguous = first <= 12 && second <= 12 && first !== second
    const dayFirstOrder = first > 12 || (second <= 12 && options.dateOrder === 'dmy')
    return build(c, dayFirstOrder ? b : a, dayFirstOrder ? a : b, [], options, ambiguous)
  }
  return undefined
}

type TimeParts = [hour?: string | undefined, minute?: string | undefined, second?: string | undefined, fraction?: string | undefined, meridiem?: string | undefined, zone?: string | undefined]

function build(year = '', monthText = '', dayText = '', parts: TimeParts, options: ParseDateOptions, ambiguous: boolean): ParsedDate | undefined {
  const y = Number(year)
  const m = Number(monthText)
  const d = Number(dayText)
  const check = new Date(Date.UTC(y, m - 1, d))
  if (y < 1000 || check.getUTCFullYear() !== y || check.getUTCMonth() !== m - 1 || check.getUTCDate() !== d) return undefined
  const date = `${year.padStart(4, '0')}-${pad(m)}-${pad(d)}`
  const [hourText, minuteText, secondText, fraction, meridiem, zoneText] = parts
  if (hourText === undefined) {
    // A date followed by a lone zone (`20 Mar 2012 GMT`) is still a date.
    return {value: date, dateOnly: true, naive: false, ambiguous}
  }
  let hour = Number(hourText)
  if (meridiem) {
    if (hour < 1 || hour > 12) return undefined
    hour = (hour % 12) + (meridiem.toLowerCase() === 'p' ? 12 : 0)
  } else if (minuteText === undefined) {
    return undefined
  }
  const minute = Number(minuteText ?? '0')
  const second = Number(secondText ?? '0')
  if (hour > 23 || minute > 59 || second > 60) return undefined
  const clock = `${pad(hour)}:${pad(minute)}:${pad(second)}${fraction ?? ''}`
  if (zoneText) {
    const offset = parseZone(zoneText)
    if (offset === undefined) return undefined
    return {value: `${date}T${clock}${offset}`, dateOnly: false, naive: false, ambiguous}
  }
  const zone = options.timeZone ?? 'UTC'
  const offset = wallClockOffset(zone, Date.UTC(y, m - 1, d, hour, minute, second))
  return {value: `${date}T${clock}${formatOffset(offset)}`, dateOnly: false, naive: true, ambiguous}
}

function parseZone(text: string): string | undefined {
  const lower = text.toLowerCase()
  if (lower === 'z') return 'Z'
  const numericZone = /^(?:gmt|utc)?([+-])(\d{1,2}):?(\d{2})?$/.exec(lower)
  if (numericZone) {
    const minutes = Number(numericZone[2]) * 60 + Number(numericZone[3] ?? '0')
    if (minutes > 18 * 60) return undefined
    return formatOffset(numericZone[1] === '-' ? -minutes : minutes)
  }
  const named = zoneNames[lower]
  return named === undefined ? undefined : formatOffset(named)
}

function pad(value: number): string {
  return String(value).padStart(2, '0')
}
