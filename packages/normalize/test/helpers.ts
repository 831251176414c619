import {createHash} from 'node:crypto'
import type {RawArticle} from '@copydesk/schema'
import type {VFile} from 'vfile'

/** A raw plain-text article as `@copydesk/ingest` would give it. */
export function rawText(text: string, path = '<string>', meta: RawArticle['meta'] = {}): RawArticle {
  const bytes = Buffer.from(text, 'utf8')
  return {
    source: {path, format: 'text', byteLength: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex')},
    text,
    meta
  }
}

/** Messages as compact, comparable strings. */
export function messages(file: VFile): string[] {
  return file.messages.map((message) => {
    const severity = message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info'
    return `${message.line}:${message.column} ${severity} ${message.ruleId}: ${message.reason}`
  })
}
