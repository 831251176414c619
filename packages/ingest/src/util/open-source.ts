import type {Provenance, RawArticle, SourceFormat} from '@copydesk/schema'
import {VFile} from 'vfile'
import {type DecodeResult, decode} from '../decode/decode.js'
import {error, info, quote, warn} from './messages.js'
import {normalizeNewlines} from './normalize-newlines.js'
import {pointAt} from './point-at.js'
import {sha256} from './sha256.js'
import {stripControls} from './strip-controls.js'
import {toBytes} from './to-bytes.js'

/** Options every reader takes. */
export interface ReaderOptions {
  /** Path of the source, for messages and provenance. @default `<string>` in provenance, none on the file */
  path?: string | undefined
  /** Encoding to decode bytes with when they carry no byte order mark. @default detected */
  encoding?: string | undefined
  /** Most articles read from one source (feed items, JSON records); the rest are reported. @default 10000 */
  maxItems?: number | undefined
}

/** The default `maxItems`. */
export const defaultMaxItems = 10_000

/** What every reader returns. */
export interface ReadResult {
  /** The source as a file: `path`, decoded `value`, and every message about it. */
  file: VFile
  /** Articles found (none when the source was unusable; see the file's fatal messages). */
  articles: RawArticle[]
}

/** An opened source: decoded, line endings normalized, hashed. */
export interface OpenedSource {
  file: VFile
  text: string
  /** Provenance of an article from this source, in a stable key order. */
  provenance: (format: SourceFormat, index?: number) => Provenance
}

/**
 * Decode a source value into a file: bytes are decoded, line endings normalized to `\n`,
 * control characters removed; every step leaves a message on the file.
 *
 * @param value Source bytes or text.
 * @param options Path and encoding.
 * @param format Format name for messages.
 * @returns The opened source; `text` is empty when the bytes were unusable.
 */
export function openSource(value: string | Uint8Array, options: ReaderOptions, format: SourceFormat): OpenedSource {
  const bytes = toBytes(value)
  const decoded = typeof value === 'string' ? fromString(value) : decode(bytes, {encoding: options.encoding})
  const normalized = normalizeNewlines(decoded.text)
  const stripped = stripControls(normalized)
  const file = new VFile({value: stripped.text, ...(options.path === undefined ? {} : {path: options.path})})
  for (const message of decoded.messages) {
    const place = message.offset === undefined ? undefined : pointAt(stripped.text, message.offset)
    if (message.fatal) error(file, message.reason, message.ruleId, place)
    else if (message.fatal === false) warn(file, message.reason, message.ruleId, place)
    else info(file, message.reason, message.ruleId, place)
  }
  if (stripped.count > 0) {
    const character = normalized.charAt(stripped.first)
    warn(file, `Removed ${stripped.count} control character${stripped.count === 1 ? '' : 's'} (first ${quote(character)}); they are not allowed in text output. Check the encoding if there are many`, 'control-character', pointAt(normalized, stripped.first))
  }
  if (decoded.encoding !== 'binary' && !/\S/.test(stripped.text)) {
    error(file, `Empty ${format} source (${bytes.length} bytes${bytes.length > 0 ? ', whitespace only' : ''}): nothing to read; remove the file or fill it`, 'empty')
  }
  const path = options.path ?? '<string>'
  const hash = sha256(bytes)
  return {
    file,
    text: stripped.text,
    provenance: (format, index) => ({path, ...(index === undefined ? {} : {index}), format, byteLength: bytes.length, sha256: hash, encoding: decoded.encoding})
  }
}

/** Strings may hold lone surrogates, which no UTF-8 output can carry: replace them, and say so. */
function fromString(value: string): DecodeResult {
  const text = value.replace(/^\uFEFF/, '')
  const lone = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g
  const first = text.search(lone)
  if (first === -1) return {text, encoding: 'utf-8', messages: []}
  return {
    text: text.replace(lone, '\uFFFD'),
    encoding: 'utf-8',
    messages: [{reason: 'The text holds lone UTF-16 surrogates (half of an emoji or other character): replaced with `\uFFFD`; fix the producer of the string', ruleId: 'encoding-invalid', fatal: false, offset: first}]
  }
}
