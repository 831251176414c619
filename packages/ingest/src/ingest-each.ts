import type {RawArticle} from '@copydesk/schema'
import {VFile} from 'vfile'
import {read} from './read.js'
import {expandSources, type Source} from './sources/expand-sources.js'
import {type Limited, readFileLimited, readStreamLimited} from './sources/read-limited.js'
import {error} from './util/messages.js'

/** Options for `ingest` and `ingestEach`. */
export interface IngestOptions {
  /** Largest source accepted, in bytes; larger ones are reported and skipped. @default 10 MB (10_485_760) */
  maxBytes?: number | undefined
  /** Directory relative paths and globs resolve against. @default process.cwd() */
  cwd?: string | undefined
  /** Stream read for the source `-`. @default process.stdin */
  stdin?: NodeJS.ReadableStream | AsyncIterable<Uint8Array> | undefined
  /** Most articles read from one source (feed items, JSON records). @default 10000 */
  maxItems?: number | undefined
  /** Encoding for sources without a byte order mark or declared charset. @default detected */
  encoding?: string | undefined
}

/** The default `maxBytes`: 10 MB. */
export const defaultMaxBytes = 10 * 1024 * 1024

/**
 * Read sources one file at a time, for folders too large to hold at once. Each source file
 * (or problem, such as a path that does not exist) yields its `VFile` with messages, and
 * the articles read from it. Never throws for bad input: problems are fatal messages.
 *
 * @param sources Paths, directories, globs, `-` for standard input, or `{path, value}`.
 * @param options Size limit, working directory, standard input, encoding.
 * @returns One result per source file, in a stable order.
 */
export async function* ingestEach(sources: readonly Source[], options: IngestOptions = {}): AsyncGenerator<{file: VFile; articles: RawArticle[]}> {
  const maxBytes = options.maxBytes ?? defaultMaxBytes
  const cwd = options.cwd ?? process.cwd()
  for await (const entry of expandSources(sources, cwd)) {
    if (entry.kind === 'problem') {
      const file = new VFile({path: entry.path})
      error(file, entry.reason, entry.ruleId)
      yield {file, articles: []}
      continue
    }
    if (entry.kind === 'value') {
      const size = typeof entry.value === 'string' ? Buffer.byteLength(entry.value) : entry.value.length
      yield size > maxBytes ? tooLarge(entry.path ?? '<string>', size, maxBytes) : read(entry.value, {path: entry.path, encoding: options.encoding, maxItems: options.maxItems})
      continue
    }
    const limited: Limited = entry.kind === 'stdin' ? await readStreamLimited((options.stdin ?? process.stdin) as AsyncIterable<Uint8Array>, maxBytes) : await readFileLimited(entry.absolute, maxBytes)
    if (limited.ok) {
      yield read(limited.bytes, {path: entry.path, encoding: options.encoding, maxItems: options.maxItems})
    } else if (limited.code) {
      const file = new VFile({path: entry.path})
      error(file, `Cannot read \`${entry.path}\` (${limited.code}): check that it exists and is readable`, 'unreadable')
      yield {file, articles: []}
    } else {
      yield tooLarge(entry.path, limited.size, maxBytes)
    }
  }
}

function tooLarge(path: string, size: number, maxBytes: number): {file: VFile; articles: RawArticle[]} {
  const file = new VFile({path})
  error(file, `\`${path}\` is ${size} bytes, over the limit of ${maxBytes} bytes: split it, or raise \`maxBytes\` (\`--max-bytes\`) if it is meant to be read`, 'too-large')
  return {file, articles: []}
}
