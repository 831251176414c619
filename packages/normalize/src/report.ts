import type {Position} from '@copydesk/schema'
import type {VFile} from 'vfile'

/** The `source` of every message this package emits. */
export const messageSource = 'copydesk-normalize'

/** Severity of a message: `info` for a change made, `warning` for something undecided or wrong, `error` when no article can be made. */
export type Severity = 'info' | 'warning' | 'error'

/**
 * Add a positioned message to a file.
 *
 * @param file The article's file.
 * @param severity How bad it is.
 * @param reason What was changed or wrong, the value in backticks, and how to fix it.
 * @param place Where, in the raw text.
 * @param ruleId The rule.
 */
export function report(file: VFile, severity: Severity, reason: string, place: Position, ruleId: string): void {
  // A message is an `Error`, and `VFileMessage` sets its `stack` to '' once made: the call
  // stack V8 captures while making it (several microseconds per message, and most articles
  // get some) is thrown away, so it is not captured at all. The message is the same.
  const limit = Error.stackTraceLimit
  Error.stackTraceLimit = 0
  try {
    const message = file.message(reason, {place, ruleId, source: messageSource})
    message.fatal = severity === 'error' ? true : severity === 'warning' ? false : undefined
  } finally {
    Error.stackTraceLimit = limit
  }
}
