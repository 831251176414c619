import type {SourceFormat} from '@copydesk/schema'
import {VFile} from 'vfile'
import {decode} from './decode/decode.js'
import {detectFormat, isKnownExtension} from './detect-format.js'
import {readFeed} from './readers/read-feed.js'
import {readHtml} from './readers/read-html.js'
import {readJson} from './readers/read-json.js'
import {readMarkdown} from './readers/read-markdown.js'
import {readText} from './readers/read-text.js'
import type {ReaderOptions, ReadResult} from './util/open-source.js'
import {error, warn} from './util/messages.js'
import {toBytes} from './util/to-bytes.js'

/** A reader: bytes or text in, articles and messages out. */
export type Reader = (value: string | Uint8Array, options?: ReaderOptions) => ReadResult

/** The reader for each format. */
export const readers: Readonly<Partial<Record<SourceFormat, Reader>>> = {
  text: readText,
  markdown: readMarkdown,
  html: readHtml,
  json: readJson,
  rss: readFeed,
  rdf: readFeed,
  atom: readFeed,
  jsonfeed: readFeed
}

/** Options for `read`. */
export interface ReadOptions extends ReaderOptions {
  /** Format to read as, skipping detection. @default detected from the extension and content */
  format?: SourceFormat | undefined
}

/**
 * Read one source of any supported format: detect the format (or use `options.format`)
 * and run its reader. Pure: no I/O.
 *
 * @param value Source bytes or text.
 * @param options Path, encoding, format.
 * @returns The file with its messages and the articles found.
 */
export function read(value: string | Uint8Array, options: ReadOptions = {}): ReadResult {
  const {format: forced, ...readerOptions} = options
  let format = forced
  // `.txt` is read as text whatever the content says (binary content is reported by the text reader): no need to sniff it.
  if (format === undefined && /\.(?:txt|text)$/i.test(options.path ?? '')) format = 'text'
  if (format === undefined) {
    const head = typeof value === 'string' ? {text: value.slice(0, 4096), encoding: 'utf-8'} : decode(toBytes(value).subarray(0, 4096), {encoding: options.encoding})
    // Binary input: any reader reports it; the text reader is the simplest.
    format = head.encoding === 'binary' ? 'text' : detectFormat(head.text, options.path)
  }
  const reader = format === undefined ? undefined : readers[format]
  if (!reader) {
    const file = new VFile(options.path === undefined ? {} : {path: options.path})
    const known = Object.keys(readers).join('`, `')
    error(file, `Unknown format${format ? ` \`${format}\`` : ''}: not one of \`${known}\`; convert the file or give it a matching extension`, 'unknown-format')
    return {file, articles: []}
  }
  const result = reader(value, readerOptions)
  const extension = /\.([A-Za-z0-9]+)$/.exec(options.path ?? '')?.[1]
  if (forced === undefined && extension !== undefined && !isKnownExtension(extension) && result.articles.length > 0) {
    warn(result.file, `Unknown extension \`.${extension}\`: read as ${format} from its content; rename the file (\`.txt\`, \`.md\`, \`.html\`, \`.json\`, \`.xml\`) or leave it out if it is no article`, 'unknown-extension')
  }
  return result
}
