import type {VFile} from 'vfile'

type VFileMessage = VFile['messages'][number]

/** Severity of a message, as vfile-reporter names it. */
export type Severity = 'error' | 'warning' | 'info'

/** A vfile message flattened to plain data: crosses worker threads and the cache. */
export interface ReportedMessage {
  /** Path of the source the message is about. */
  file: string
  /** 1-indexed line, when known. */
  line?: number
  /** 1-indexed column, when known. */
  column?: number
  severity: Severity
  reason: string
  /** Package that reported it, e.g. `copydesk-ingest`. */
  source?: string
  /** Rule id within the source, e.g. `empty-file`. */
  ruleId?: string
}

/**
 * Flatten one vfile message.
 *
 * @param message The message.
 * @param file Path to report it under when the message carries none.
 * @returns Plain data.
 */
export function fromVFileMessage(message: VFileMessage, file: string): ReportedMessage {
  const severity: Severity = message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info'
  const result: ReportedMessage = {file: message.file || file, severity, reason: message.reason}
  if (typeof message.line === 'number') result.line = message.line
  if (typeof message.column === 'number') result.column = message.column
  if (message.source) result.source = message.source
  if (message.ruleId) result.ruleId = message.ruleId
  return result
}

/**
 * Flatten every message of a file.
 *
 * @param file The vfile.
 * @param fallbackPath Path to use when the file has none.
 * @returns Plain messages in the order reported.
 */
export function fromVFile(file: VFile, fallbackPath = '<unknown>'): ReportedMessage[] {
  const path = file.path || fallbackPath
  return file.messages.map((message) => fromVFileMessage(message, path))
}

/**
 * Make a message the app itself reports (I/O problems, failed renders).
 *
 * @param file Path the message is about.
 * @param severity How bad it is.
 * @param reason What was wrong and how to fix it.
 * @param ruleId Rule id under source `copydesk`.
 * @returns The message.
 */
export function appMessage(file: string, severity: Severity, reason: string, ruleId: string): ReportedMessage {
  return {file, severity, reason, source: 'copydesk', ruleId}
}

/**
 * The messages a build keeps: all of them, or only warnings and errors when info messages
 * will not be shown.
 *
 * @param messages Messages.
 * @param keepInfo Keep info messages too.
 * @returns The kept ones (the same array when all are kept).
 */
export function keptMessages(messages: readonly ReportedMessage[], keepInfo: boolean): readonly ReportedMessage[] {
  return keepInfo ? messages : messages.filter((message) => message.severity !== 'info')
}
