import {parseIsoParts, utcMillis} from './parse-iso-instant.js'
import {timeZoneOffset, zonedInstant} from './time-zone-offset.js'

/** A resolved date: the instant, and the zone offset to show it in. */
export interface ResolvedDate {
  /** Epoch milliseconds. */
  instant: number
  /** Minutes east of UTC to display the date in. */
  offset: number
}

/** Dates already resolved, by zone and value (bounded: an archive of decades has about ten thousand distinct dates). */
const resolved = new Map<string, ResolvedDate | null>()
const maxRemembered = 65_536

/**
 * Resolve an article date. A date-time with a numeric offset keeps that offset. A date
 * without a time is midnight in the article's time zone (UTC when it has none or an
 * unknown one). A `Z` date-time is shown in the article's time zone when it has one.
 *
 * @param value ISO 8601 date or date-time with an offset.
 * @param timeZone IANA time zone of the article, if known.
 * @returns The instant and display offset, or `undefined` when the value is not a valid date.
 */
export function resolveDate(value: string, timeZone?: string): ResolvedDate | undefined {
  // Feeds resolve each item's dates once per format, and articles share dates: remember them.
  const zone = timeZone ?? ''
  const key = `${zone.length}:${zone}${value}`
  let date = resolved.get(key)
  if (date === undefined) {
    if (resolved.size >= maxRemembered) resolved.clear()
    date = compute(value, timeZone) ?? null
    resolved.set(key, date)
  }
  return date === null ? undefined : {instant: date.instant, offset: date.offset}
}

function compute(value: string, timeZone: string | undefined): ResolvedDate | undefined {
  const parts = parseIsoParts(value)
  if (!parts) return undefined
  const wall = utcMillis(parts)
  if (parts.offset !== undefined) return {instant: wall - parts.offset * 60_000, offset: parts.offset}
  if (parts.zulu) return {instant: wall, offset: (timeZone && timeZoneOffset(timeZone, wall)) || 0}
  return (timeZone && zonedInstant(timeZone, wall)) || {instant: wall, offset: 0}
}

/**
 * The date an article is published under in feeds: its `date`, else its print `editionDate`.
 *
 * @param article Article with optional dates and time zone.
 * @returns The resolved date, or `undefined` when the article has neither.
 */
export function articleDate(article: {date?: string | undefined; editionDate?: string | undefined; timeZone?: string | undefined}): ResolvedDate | undefined {
  const value = article.date ?? article.editionDate
  return value === undefined ? undefined : resolveDate(value, article.timeZone)
}

/**
 * The date an article was last changed: its `updated` when later than its publication date.
 *
 * @param article Article with optional dates and time zone.
 * @returns The resolved date, or `undefined` when the article has no date at all.
 */
export function articleUpdated(article: {
  date?: string | undefined
  updated?: string | undefined
  editionDate?: string | undefined
  timeZone?: string | undefined
}): ResolvedDate | undefined {
  const published = articleDate(article)
  const updated = article.updated === undefined ? undefined : resolveDate(article.updated, article.timeZone)
  if (!published) return updated
  return updated && updated.instant > published.instant ? updated : published
}
