import {utcMillis} from './parse-iso-instant.js'

const formatters = new Map<string, Intl.DateTimeFormat | undefined>()

/** Offsets already computed, by zone and instant: `formatToParts` costs microseconds a call. */
const offsets = new Map<string, Map<number, number>>()
const maxRemembered = 65_536

function formatter(timeZone: string): Intl.DateTimeFormat | undefined {
  if (!formatters.has(timeZone)) {
    let format: Intl.DateTimeFormat | undefined
    try {
      format = new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
        era: 'short'
      })
    } catch {
      format = undefined
    }
    formatters.set(timeZone, format)
  }
  return formatters.get(timeZone)
}

/**
 * The offset of an IANA time zone from UTC at an instant.
 *
 * @param timeZone IANA name such as `Asia/Shanghai`.
 * @param instant Epoch milliseconds.
 * @returns Minutes east of UTC, or `undefined` when the zone is unknown.
 */
export function timeZoneOffset(timeZone: string, instant: number): number | undefined {
  const format = formatter(timeZone)
  if (!format) return undefined
  let known = offsets.get(timeZone)
  if (!known) {
    known = new Map()
    offsets.set(timeZone, known)
  }
  const cached = known.get(instant)
  if (cached !== undefined) return cached
  // Articles share dates (a day's edition, midnight in its zone): remember a bounded number.
  if (known.size >= maxRemembered) known.clear()
  const offset = computeOffset(format, instant)
  known.set(instant, offset)
  return offset
}

function computeOffset(format: Intl.DateTimeFormat, instant: number): number {
  const fields: Record<string, string> = {}
  for (const part of format.formatToParts(new Date(instant))) fields[part.type] = part.value
  const year = Number(fields.year)
  const wall = utcMillis({
    year: fields.era === 'BC' ? 1 - year : year,
    month: Number(fields.month),
    day: Number(fields.day),
    hour: Number(fields.hour),
    minute: Number(fields.minute),
    second: Number(fields.second),
    millisecond: 0
  })
  const whole = Math.floor(instant / 1000) * 1000
  return Math.round((wall - whole) / 60_000)
}

/**
 * The instant of a wall-clock time in an IANA time zone (the earlier one when the wall
 * time occurs twice, the shifted one when a DST gap skips it).
 *
 * @param timeZone IANA name.
 * @param wall Epoch milliseconds of the wall time read as if it were UTC.
 * @returns Epoch milliseconds and the offset in minutes, or `undefined` for an unknown zone.
 */
export function zonedInstant(timeZone: string, wall: number): {instant: number; offset: number} | undefined {
  const first = timeZoneOffset(timeZone, wall)
  if (first === undefined) return undefined
  let instant = wall - first * 60_000
  const second = timeZoneOffset(timeZone, instant) ?? first
  if (second !== first) instant = wall - second * 60_000
  return {instant, offset: timeZoneOffset(timeZone, instant) ?? second}
}
