/**
 * Time zones of well-known publishers, used when the options name none. Wire services
 * that file from everywhere (AP, Reuters, AFP) have none on purpose.
 */
export const publisherTimeZones: Readonly<Record<string, string>> = {
  'China Daily': 'Asia/Shanghai',
  Xinhua: 'Asia/Shanghai',
  'Xinhua News Agency': 'Asia/Shanghai',
  'Global Times': 'Asia/Shanghai',
  "People's Daily": 'Asia/Shanghai',
  CGTN: 'Asia/Shanghai',
  'South China Morning Post': 'Asia/Hong_Kong',
  'The Japan Times': 'Asia/Tokyo',
  Kyodo: 'Asia/Tokyo',
  'Kyodo News': 'Asia/Tokyo',
  Yonhap: 'Asia/Seoul',
  'The Korea Herald': 'Asia/Seoul',
  'The Times of India': 'Asia/Kolkata',
  PTI: 'Asia/Kolkata',
  'The Straits Times': 'Asia/Singapore',
  'The New York Times': 'America/New_York',
  'The Washington Post': 'America/New_York',
  'The Guardian': 'Europe/London',
  BBC: 'Europe/London'
}

/**
 * Whether a string is an IANA time zone this runtime knows.
 *
 * @param zone The zone name.
 * @returns `true` when `Intl` accepts it.
 */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', {timeZone: zone})
    return true
  } catch {
    return false
  }
}

/**
 * The time zone of a publisher: from `zones` (the options) first, then `publisherTimeZones`;
 * names compare case-insensitively and without a leading `The`.
 *
 * @param publisher The publisher.
 * @param zones Zones from the options.
 * @returns The IANA zone, or `undefined`.
 */
export function publisherTimeZone(publisher: string | undefined, zones: Readonly<Record<string, string>> = {}): string | undefined {
  if (!publisher) return undefined
  const key = comparable(publisher)
  for (const table of [zones, publisherTimeZones]) {
    for (const [name, zone] of Object.entries(table)) if (comparable(name) === key) return zone
  }
  return undefined
}

function comparable(name: string): string {
  return name.trim().toLowerCase().replace(/^the\s+/, '').replace(/\s+/g, ' ')
}

const formatters = new Map<string, Intl.DateTimeFormat>()

/**
 * The UTC offset of a zone at an instant, in minutes.
 *
 * @param zone IANA zone.
 * @param epoch Milliseconds since the epoch.
 * @returns Minutes east of UTC.
 */
export function zoneOffset(zone: string, epoch: number): number {
  let format = formatters.get(zone)
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric'
    })
    formatters.set(zone, format)
  }
  const parts: Record<string, number> = {}
  for (const part of format.formatToParts(new Date(epoch))) parts[part.type] = Number(part.value)
  const local = Date.UTC(parts.year ?? 1970, (parts.month ?? 1) - 1, parts.day ?? 1, parts.hour ?? 0, parts.minute ?? 0, parts.second ?? 0)
  return Math.round((local - Math.floor(epoch / 1000) * 1000) / 60_000)
}

/**
 * The offset a wall-clock time has in a zone (for a time in a DST gap or overlap, the
 * offset before the change).
 *
 * @param zone IANA zone.
 * @param wall The wall-clock time as if it were UTC, in milliseconds.
 * @returns Minutes east of UTC.
 */
export function wallClockOffset(zone: string, wall: number): number {
  const first = zoneOffset(zone, wall)
  const second = zoneOffset(zone, wall - first * 60_000)
  return zoneOffset(zone, wall - second * 60_000) === second ? second : first
}

/**
 * Format an offset in minutes as `+08:00`.
 *
 * @param minutes Minutes east of UTC.
 * @returns The offset.
 */
export function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+'
  const absolute = Math.abs(minutes)
  return `${sign}${pad(Math.floor(absolute / 60))}:${pad(absolute % 60)}`
}

function pad(value: number): string {
  return String(value).padStart(2, '0')
}
