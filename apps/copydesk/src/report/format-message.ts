import type {ReportedMessage} from './reported-message.js'

/**
 * Format one message like vfile-reporter: `path:line:column  severity  reason  source:rule`.
 * Continuation lines of a multi-line reason are indented so each message stays one block.
 *
 * @param message The message.
 * @returns One line (more when the reason has several).
 */
export function formatMessage(message: ReportedMessage): string {
  const place = `${message.file}:${message.line ?? 1}:${message.column ?? 1}`
  const rule = message.source || message.ruleId ? `${message.source ?? 'copydesk'}:${message.ruleId ?? 'unknown'}` : ''
  const reason = message.reason.replace(/\n/g, '\n    ')
  return [place, message.severity, reason, rule].filter((part) => part !== '').join('  ')
}

/**
 * Sort messages by file, then place, so reports are stable.
 *
 * @param messages Messages in any order.
 * @returns A new sorted array.
 */
export function sortMessages(messages: readonly ReportedMessage[]): ReportedMessage[] {
  return [...messages].sort(
    (a, b) =>
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0)
  )
}
