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
  const options = validate(feedOptionsSchema, input, 'feed options')
  if (options.now !== undefined && parseIsoInstant(options.now) === undefined) {
    throw new CopydeskError(
      'VALIDATION',
      `Invalid feed options:\n- \`now\`: \`${options.now}\` is not an ISO 8601 date-time; use a value such as \`2012-03-20T12:00:00Z\` or leave it out to use the current time`
    )
  }
  return options
}
