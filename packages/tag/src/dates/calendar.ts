/** Month names and abbreviations to month numbers (1-12). */
export const months: ReadonlyMap<string, number> = new Map(
  ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'].flatMap((name, i) => {
    const entries: Array<[string, number]> = [[name, i + 1]]
    if (name.length > 3) entries.push([name.slice(0, 3), i + 1])
    if (name === 'september') entries.push(['sept', 9])
    return entries
  })
)

/** Weekday names to JavaScript day numbers (Sunday = 0). */
export const weekdays: ReadonlyMap<string, number> = new Map(['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'].map((d, i) => [d, i]))

/** A calendar day. */
export interface Day {
  year: number
  month: number
  day: number
}

/**
 * Parse an ISO date (`2012-03-20`) into a day, checking that it exists.
 *
 * @param value
 *   ISO 8601 date.
 * @returns
 *   Day or `undefined`.
 */
export function parseDay(value: string | undefined): Day | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value ?? '')
  if (!match) return undefined
  const day = {year: Number(match[1]), month: Number(match[2]), day: Number(match[3])}
  return isValid(day) ? day : undefined
}

/**
 * Whether a day exists in the proleptic Gregorian calendar.
 *
 * @param d
 *   Day.
 * @returns
 *   Whether it exists.
 */
export function isValid(d: Day): boolean {
  if (d.month < 1 || d.month > 12 || d.day < 1) return false
  return d.day <= new Date(Date.UTC(d.year, d.month, 0)).getUTCDate()
}

/**
 * Add days to a day.
 *
 * @param d
 *   Day.
 * @param days
 *   Days to add (may be negative).
 * @returns
 *   New day.
 */
export function addDays(d: Day, days: number): Day {
  const t = new Date(Date.UTC(d.year, d.month - 1, d.day + days))
  return {year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate()}
}

/**
 * Day of the week (Sunday = 0).
 *
 * @param d
 *   Day.
 * @returns
 *   Weekday number.
 */
export function weekday(d: Day): number {
  return new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay()
}

/**
 * Format a day, or a year and month, as ISO 8601.
 *
 * @param year
 *   Year.
 * @param month
 *   Month (optional).
 * @param day
 *   Day of month (optional).
 * @returns
 *   `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
 */
export function iso(year: number, month?: number, day?: number): string {
  const y = String(year).padStart(4, '0')
  if (month === undefined) return y
  const m = String(month).padStart(2, '0')
  if (day === undefined) return `${y}-${m}`
  return `${y}-${m}-${String(day).padStart(2, '0')}`
}
