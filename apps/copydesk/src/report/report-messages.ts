import type {Writable} from 'node:stream'
import type {Logger} from 'pino'
import {formatMessage, sortMessages} from './format-message.js'
import type {ReportedMessage} from './reported-message.js'

/** Options for `reportMessages`. */
export interface ReportOptions {
  stream: Writable
  logger: Logger
  /** One JSON log record per message instead of text lines. */
  json: boolean
  /** Only warnings and errors. */
  quiet: boolean
  /** Info messages too. */
  verbose: boolean
}

/**
 * Print every message once, sorted by file and place: as vfile-reporter lines
 * (`path:line:column  severity  reason  source:rule`), or as JSON log records.
 * Info messages are shown with `--verbose` only.
 *
 * @param messages Messages from all stages.
 * @param options Where and how.
 */
export function reportMessages(messages: readonly ReportedMessage[], options: ReportOptions): void {
  for (const message of sortMessages(messages)) {
    if (message.severity === 'info' && !options.verbose) continue
    if (options.json) {
      const level = message.severity === 'error' ? 'error' : message.severity === 'warning' ? 'warn' : 'info'
      options.logger[level]({message}, formatMessage(message))
    } else {
      options.stream.write(`${formatMessage(message)}\n`)
    }
  }
}

/**
 * Count messages by severity.
 *
 * @param messages Messages.
 * @returns Errors and warnings.
 */
export function countMessages(messages: readonly ReportedMessage[]): {errors: number; warnings: number} {
  let errors = 0
  let warnings = 0
  for (const message of messages) {
    if (message.severity === 'error') errors++
    else if (message.severity === 'warning') warnings++
  }
  return {errors, warnings}
}
