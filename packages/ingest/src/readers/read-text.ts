import type {RawArticle} from '@copydesk/schema'
import {hasFatal} from '../util/has-fatal.js'
import {openSource, type ReaderOptions, type ReadResult} from '../util/open-source.js'

/**
 * Read plain-text wire copy: one article per source. The text is kept as the source had
 * it (decoded, line endings `\n`, control characters removed): headline, dateline,
 * byline and trailer lines are left for `@copydesk/normalize` to parse.
 *
 * @param value Source bytes or text.
 * @param options Path and encoding.
 * @returns The file with its messages and the article (none when unusable).
 */
export function readText(value: string | Uint8Array, options: ReaderOptions = {}): ReadResult {
  const {file, text, provenance} = openSource(value, options, 'text')
  if (hasFatal(file)) return {file, articles: []}
  const article: RawArticle = {source: provenance('text'), text, meta: {}}
  return {file, articles: [article]}
}
