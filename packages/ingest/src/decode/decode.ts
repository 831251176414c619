import {TextDecoder} from 'node:util'
import {sniffBinary, sniffUtf16} from './sniff-binary.js'
import {sniffCharset} from './sniff-charset.js'
import {decodeWindows1252} from './windows-1252.js'

/** Options for `decode`. */
export interface DecodeOptions {
  /**
   * Encoding to use when the bytes carry no byte order mark (e.g. from an HTTP header or
   * the user). Any WHATWG label (`utf-8`, `windows-1252`, `iso-8859-1`, `shift_jis`...).
   * @default the charset the document declares, else UTF-8, else Windows-1252
   */
  encoding?: string | undefined
}

/** A problem found while decoding; `offset` is into the decoded `text`. */
export interface DecodeMessage {
  reason: string
  ruleId: string
  fatal: boolean | undefined
  offset?: number
}

/** What `decode` returns. */
export interface DecodeResult {
  /** Decoded text (byte order mark removed, otherwise unchanged); empty for binary input. */
  text: string
  /** WHATWG name of the encoding used (`utf-8`, `utf-16le`, `windows-1252`...), or `binary`. */
  encoding: string
  /** Problems and guesses, to turn into file messages. */
  messages: DecodeMessage[]
}

/** Decoders without state between calls, made once: making one costs more than decoding an article. */
const strictUtf8 = new TextDecoder('utf-8', {fatal: true, ignoreBOM: true})
const lenientUtf8 = new TextDecoder('utf-8', {ignoreBOM: true})

const boms: ReadonlyArray<{encoding: string; bytes: number[]}> = [
  {encoding: 'utf-8', bytes: [0xef, 0xbb, 0xbf]},
  {encoding: 'utf-16le', bytes: [0xff, 0xfe]},
  {encoding: 'utf-16be', bytes: [0xfe, 0xff]}
]

/**
 * Decode source bytes to text. A byte order mark wins (UTF-8, UTF-16 LE/BE); then
 * `options.encoding`; then a charset the document declares (XML declaration, HTML meta);
 * then UTF-8 when the bytes are valid UTF-8; otherwise Windows-1252 (a superset of
 * ISO-8859-1, what legacy newsroom systems write). Binary files are recognised and
 * reported instead of decoded into garbage. Never throws.
 *
 * @param bytes Source bytes.
 * @param options Encoding override.
 * @returns Text, the encoding used, and messages.
 */
export function decode(bytes: Uint8Array, options: DecodeOptions = {}): DecodeResult {
  const messages: DecodeMessage[] = []
  for (const bom of boms) {
    if (bom.bytes.every((byte, index) => bytes[index] === byte)) {
      return {text: new TextDecoder(bom.encoding, {ignoreBOM: false}).decode(bytes), encoding: bom.encoding, messages}
    }
  }

  const utf16 = sniffUtf16(bytes)
  if (utf16) {
    messages.push({reason: `No byte order mark, but the bytes look like ${utf16.toUpperCase()}; decoded as such. Save the file as UTF-8 to be sure`, ruleId: 'encoding-guessed', fatal: undefined})
    return {text: new TextDecoder(utf16).decode(bytes), encoding: utf16, messages}
  }

  const binary = sniffBinary(bytes)
  if (binary) {
    messages.push({
      reason: `Cannot read a ${binary === 'binary' ? 'binary' : binary} file as text (${bytes.length} bytes, ${binary === 'binary' ? 'NUL or control bytes' : 'signature'} found): convert it to text, Markdown, HTML, JSON or a feed first, or leave it out`,
      ruleId: 'binary',
      fatal: true
    })
    return {text: '', encoding: 'binary', messages}
  }

  const declared = sniffCharset(bytes)
  const label = options.encoding ?? declared
  if (label !== undefined) {
    const decoder = createDecoder(label)
    // Documents often declare ISO-8859-1 but are UTF-8; valid non-ASCII UTF-8 is never real Windows-1252 prose.
    if (options.encoding === undefined && decoder?.encoding === 'windows-1252' && bytes.some((byte) => byte >= 0x80)) {
      const utf8 = tryUtf8(bytes)
      if (utf8 !== undefined) {
        messages.push({reason: `The document declares \`${label}\` but its bytes are UTF-8: decoded as UTF-8; fix the declaration`, ruleId: 'encoding-mismatch', fatal: false})
        return {text: utf8, encoding: 'utf-8', messages}
      }
    }
    if (decoder?.encoding === 'windows-1252') return {text: decodeWindows1252(bytes), encoding: 'windows-1252', messages}
    if (decoder && decoder.encoding !== 'utf-8') return {text: decoder.decode(bytes), encoding: decoder.encoding, messages}
    if (!decoder) {
      messages.push({reason: `Unknown character encoding \`${label}\`; use a WHATWG label such as \`utf-8\` or \`windows-1252\``, ruleId: 'encoding-unknown', fatal: false})
    }
  }

  try {
    return {text: strictUtf8.decode(bytes), encoding: 'utf-8', messages}
  } catch {
    return decodeInvalidUtf8(bytes, messages)
  }
}

/** Invalid UTF-8: mostly-UTF-8 text with a few bad bytes stays UTF-8; otherwise it is legacy text. */
function decodeInvalidUtf8(bytes: Uint8Array, messages: DecodeMessage[]): DecodeResult {
  const text = lenientUtf8.decode(bytes)
  let valid = 0
  let invalid = 0
  let first = -1
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code === 0xfffd) {
      invalid++
      if (first === -1) first = index
    } else if (code > 0x7f) valid++
  }
  if (valid > invalid) {
    messages.push({
      reason: `Invalid UTF-8: ${invalid} byte sequence${invalid === 1 ? '' : 's'} replaced with \`\uFFFD\`; re-save the file as UTF-8`,
      ruleId: 'encoding-invalid',
      fatal: false,
      offset: first
    })
    return {text, encoding: 'utf-8', messages}
  }
  messages.push({
    reason: 'Not valid UTF-8 and no charset declared: decoded as `windows-1252` (ISO-8859-1); pass the right encoding or re-save the file as UTF-8 if that is wrong',
    ruleId: 'encoding-guessed',
    fatal: undefined
  })
  return {text: decodeWindows1252(bytes), encoding: 'windows-1252', messages}
}

function tryUtf8(bytes: Uint8Array): string | undefined {
  try {
    return strictUtf8.decode(bytes)
  } catch {
    return undefined
  }
}

/** Decoders by label (declared charsets repeat from file to file), `undefined` for unknown labels. */
const decoders = new Map<string, TextDecoder | undefined>()

function createDecoder(label: string): TextDecoder | undefined {
  if (decoders.has(label)) return decoders.get(label)
  let decoder: TextDecoder | undefined
  try {
    decoder = new TextDecoder(label, {ignoreBOM: true})
  } catch {
    decoder = undefined
  }
  // Labels come from the documents: keep the cache small.
  if (decoders.size >= 64) decoders.clear()
  decoders.set(label, decoder)
  return decoder
}
