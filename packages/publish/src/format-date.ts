import type {ResolvedDate} from './article-date.js'

const days = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']
const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0')
}

function zone(offset: number, separator: string): string {
  const sign = offset < 0 ? '-' : '+'
  const abs = Math.abs(offset)
  return `${sign}${pad(Math.floor(abs / 60))}${separator}${pad(abs % 60)}`
}

/**
 * Format a date as RFC 822 (RSS `pubDate`) with a four-digit year and a numeric zone:
 * `Tue, 20 Mar 2012 00:00:00 +0800`.
 *
 * @param date Instant and display offset.
 * @returns The RFC 822 date.
 */
export function toRfc822(date: ResolvedDate): string {
  const wall = new Date(date.instant + date.offset * 60_000)
  return `${days[wall.getUTCDay()]}, ${pad(wall.getUTCDate())} ${months[wall.getUTCMonth()]} ${pad(wall.getUTCFullYear(), 4)} ${pad(wall.getUTCHours())}:${pad(wall.getUTCMinutes())}:${pad(wall.getUTCSeconds())} ${zone(date.offset, '')}`
}

/**
 * Format a date as RFC 3339 (Atom, JSON Feed) in its display offset, to the second (as
 * RFC 822 is; some readers, newsboat among them, misread fractions):
 * `2012-03-20T00:00:00+08:00`.
 *
 * @param date Instant and display offset.
 * @returns The RFC 3339 date-time.
 */
export function toRfc3339(date: ResolvedDate): string {
  const wall = new Date(date.instant + date.offset * 60_000)
  return `${pad(wall.getUTCFullYear(), 4)}-${pad(wall.getUTCMonth() + 1)}-${pad(wall.getUTCDate())}T${pad(wall.getUTCHours())}:${pad(wall.getUTCMinutes())}:${pad(wall.getUTCSeconds())}${date.offset === 0 ? 'Z' : zone(date.offset, ':')}`
}
