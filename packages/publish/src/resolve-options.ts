import {CopydeskError, type FeedOptions, type FeedOptionsInput, feedOptionsSchema, validate} from '@copydesk/schema'
import {parseIsoInstant} from './parse-iso-instant.js'

/**
 * Validate feed options and fill in the defaults. Throws one `CopydeskError` (code
 * `VALIDATION`) listing every problem, e.g. a missing or relative `siteUrl`.
 *
 * @param input Options as given by the caller.
 * @returns The complete options.
 */
export function resolveOptions(input: FeedOptionsInput): FeedOptions {
  // A build renders every article with the same options: zod (a refinement, defaults) ran
  // for each one. The last accepted input is remembered by everything zod reads of it.
  const seen = readInput(input)
  if (seen !== undefined && last !== undefined && sameReading(seen, last.seen)) return {...last.options}
  const options = validate(feedOptionsSchema, input, 'feed options')
  if (options.now !== undefined && parseIsoInstant(options.now) === undefined) {
    throw new CopydeskError(
      'VALIDATION',
      `Invalid feed options:\n- \`now\`: \`${options.now}\` is not an ISO 8601 date-time; use a value such as \`2012-03-20T12:00:00Z\` or leave it out to use the current time`
    )
  }
  if (seen !== undefined) last = {seen, options: {...options}}
  return options
}

const shapeKeys = Object.keys(feedOptionsSchema.shape)

/** What zod's parse of the options depends on: each field's value and presence, and every key (`for...in`, its strict check). */
interface Reading {
  keys: string[]
  values: unknown[]
  present: boolean[]
}

let last: {seen: Reading; options: FeedOptions} | undefined

/** The reading of a plain options object whose fields are all primitives (the parse is then a function of it), else undefined. */
function readInput(input: unknown): Reading | undefined {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return undefined
  const record = input as Record<string, unknown>
  const values: unknown[] = []
  const present: boolean[] = []
  for (const key of shapeKeys) {
    const value = record[key]
    if ((typeof value === 'object' && value !== null) || typeof value === 'function') return undefined
    values.push(value)
    present.push(key in record)
  }
  const keys: string[] = []
  for (const key in record) keys.push(key)
  return {keys, values, present}
}

function sameReading(a: Reading, b: Reading): boolean {
  return sameList(a.keys, b.keys) && sameList(a.values, b.values) && sameList(a.present, b.present)
}

function sameList(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) return false
  for (let index = 0; index < a.length; index++) if (!Object.is(a[index], b[index])) return false
  return true
}
