import {CopydeskError} from '@copydesk/schema'
import type {DateOrder} from './parse-date.js'
import {type QuotePolicy, quotePolicies} from './quote-policy.js'
import {isTimeZone} from './time-zone.js'

/** Options for `normalize` and `normalizeAll`. */
export interface NormalizeOptions {
  /**
   * Zone (IANA) of sources whose publisher has none, used for date-times without an offset.
   * @default 'UTC'
   */
  timeZone?: string
  /**
   * Zones by publisher (`{'China Daily': 'Asia/Shanghai'}`); they override `publisherTimeZones`.
   * @default {}
   */
  timeZones?: Record<string, string>
  /**
   * How quotes, apostrophes and dashes are written (see `applyQuotePolicy`).
   * @default 'straight'
   */
  quotes?: QuotePolicy
  /** Language (ISO 639-1) of every article, instead of detecting it. */
  language?: string
  /**
   * How numeric dates like `03/04/2012` are read when day and month could be swapped.
   * @default 'mdy'
   */
  dateOrder?: DateOrder
}

/** Options with defaults applied. */
export interface ResolvedOptions {
  timeZone: string | undefined
  timeZones: Record<string, string>
  quotes: QuotePolicy
  language: string | undefined
  dateOrder: DateOrder
}

/**
 * Check options and apply defaults.
 *
 * @param options The options as given.
 * @returns The resolved options.
 * @throws {CopydeskError} `CONFIG` naming every bad value and how to fix it.
 */
export function resolveOptions(options: NormalizeOptions = {}): ResolvedOptions {
  const problems: string[] = []
  const zones = {...(options.timeZone === undefined ? {} : {timeZone: options.timeZone}), ...Object.fromEntries(Object.entries(options.timeZones ?? {}).map(([name, zone]) => [`timeZones[${JSON.stringify(name)}]`, zone]))}
  for (const [key, zone] of Object.entries(zones)) {
    if (typeof zone !== 'string' || !isTimeZone(zone)) problems.push(`\`${key}\` is \`${String(zone)}\`: expected an IANA time zone such as \`Asia/Shanghai\` or \`UTC\``)
  }
  if (options.quotes !== undefined && !quotePolicies.includes(options.quotes)) {
    problems.push(`\`quotes\` is \`${String(options.quotes)}\`: expected one of ${quotePolicies.map((policy) => `\`${policy}\``).join(', ')}`)
  }
  if (options.dateOrder !== undefined && options.dateOrder !== 'mdy' && options.dateOrder !== 'dmy') {
    problems.push(`\`dateOrder\` is \`${String(options.dateOrder)}\`: expected \`mdy\` or \`dmy\``)
  }
  if (options.language !== undefined && !/^[a-z]{2,3}$/.test(options.language)) {
    problems.push(`\`language\` is \`${String(options.language)}\`: expected an ISO 639-1 code such as \`en\``)
  }
  if (problems.length > 0) throw new CopydeskError('CONFIG', `Invalid normalize options: ${problems.join('; ')}`)
  return {
    timeZone: options.timeZone,
    timeZones: options.timeZones ?? {},
    quotes: options.quotes ?? 'straight',
    language: options.language,
    dateOrder: options.dateOrder ?? 'mdy'
  }
}
