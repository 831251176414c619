const isoPattern = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?(Z|[+-]\d{2}:\d{2}))?$/

/** An ISO 8601 date split into its parts. */
export interface IsoParts {
  year: number
  month: number
  day: number
  hour: number
  minute: number
  second: number
  millisecond: number
  /** Offset in minutes east of UTC; `undefined` for a date without a time (or `Z`: see `zulu`). */
  offset: number | undefined
  /** True when the value ends in `Z`. */
  zulu: boolean
}

/**
 * Milliseconds since the epoch of a UTC wall time; unlike `Date.UTC` it keeps years 0-99.
 *
 * @param parts Wall time.
 * @returns Epoch milliseconds.
 */
export function utcMillis(parts: Omit<IsoParts, 'offset' | 'zulu'>): number {
  const date = new Date(0)
  date.setUTCFullYear(parts.year, parts.month - 1, parts.day)
  date.setUTCHours(parts.hour, parts.minute, parts.second, parts.millisecond)
  return date.getTime()
}

/**
 * Split an ISO 8601 date (`2012-03-20`) or date-time with an offset into its parts.
 *
 * @param value The date as the schema allows it.
 * @returns The parts, or `undefined` when the value is not such a date or names an impossible day.
 */
export function parseIsoParts(value: string): IsoParts | undefined {
  const match = isoPattern.exec(value)
  if (!match) return undefined
  const [, y, mo, d, h, mi, s, fraction, zone] = match
  const parts: IsoParts = {
    year: Number(y),
    month: Number(mo),
    day: Number(d),
    hour: Number(h ?? 0),
    minute: Number(mi ?? 0),
    second: Number(s ?? 0),
    millisecond: Math.floor(Number(`0.${fraction ?? 0}`) * 1000),
    offset: undefined,
    zulu: zone === 'Z'
  }
  if (zone !== undefined && zone !== 'Z') {
    const sign = zone.startsWith('-') ? -1 : 1
    parts.offset = sign * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6)))
  }
  if (parts.hour > 23 || parts.minute > 59 || parts.second > 59) return undefined
  const check = new Date(utcMillis(parts))
  if (check.getUTCMonth() !== parts.month - 1 || check.getUTCDate() !== parts.day) return undefined
  return parts
}

/**
 * The instant an ISO 8601 date-time names. A date without a time is midnight UTC.
 *
 * @param value ISO 8601 date or date-time with an offset.
 * @returns Epoch milliseconds, or `undefined` when the value is not a valid date.
 */
export function parseIsoInstant(value: string): number | undefined {
  const parts = parseIsoParts(value)
  if (!parts) return undefined
  return utcMillis(parts) - (parts.offset ?? 0) * 60_000
}
