import type {VFile} from 'vfile'

/** Where a message points: a point or a range in the decoded text. */
export type Place = {line: number; column: number; offset?: number} | {start: {line: number; column: number; offset?: number}; end: {line: number; column: number; offset?: number}}

/** Name every message of this package carries as its `source`. */
export const messageSource = 'copydesk-ingest'

/**
 * Add a warning to `file` (the input was used, but something was off).
 *
 * @param file File the message is about.
 * @param reason What was wrong, the value in backticks, how to fix it.
 * @param ruleId Stable id of the check.
 * @param place Where in the file, when known.
 */
export function warn(file: VFile, reason: string, ruleId: string, place?: Place): void {
  file.message(reason, {ruleId, source: messageSource, ...(place ? {place} : {})})
}

/**
 * Add an error to `file` (the input, or part of it, could not be used).
 * Unlike `file.fail` this does not throw: the run goes on with the other inputs.
 *
 * @param file File the message is about.
 * @param reason What was wrong, the value in backticks, how to fix it.
 * @param ruleId Stable id of the check.
 * @param place Where in the file, when known.
 */
export function error(file: VFile, reason: string, ruleId: string, place?: Place): void {
  const message = file.message(reason, {ruleId, source: messageSource, ...(place ? {place} : {})})
  message.fatal = true
}

/**
 * Note something worth knowing (e.g. the encoding guessed) that is not a problem.
 *
 * @param file File the message is about.
 * @param reason What happened.
 * @param ruleId Stable id.
 * @param place Where in the file, when known.
 */
export function info(file: VFile, reason: string, ruleId: string, place?: Place): void {
  const message = file.message(reason, {ruleId, source: messageSource, ...(place ? {place} : {})})
  message.fatal = undefined
}

/**
 * Show a value in a message: clipped, with control characters escaped, in backticks.
 *
 * @param value Value to show.
 * @param max Longest shown length.
 * @returns The value quoted for a message.
 */
export function quote(value: string, max = 40): string {
  const clipped = value.length > max ? `${value.slice(0, max)}…` : value
  // biome-ignore lint/suspicious/noControlCharactersInRegex: escaping them is the point
  return `\`${clipped.replace(/[\u0000-\u001f\u007f`]/g, (c) => (c === '`' ? "'" : `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`))}\``
}
