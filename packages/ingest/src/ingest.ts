import type {RawArticle} from '@copydesk/schema'
import type {VFile} from 'vfile'
import {type IngestOptions, ingestEach} from './ingest-each.js'
import type {Source} from './sources/expand-sources.js'

/** What `ingest` returns. */
export interface IngestResult {
  /** Every article read, in source order. */
  articles: RawArticle[]
  /** One file per source file (or problem), with its messages; `file.path` is the source path. */
  files: VFile[]
}

/**
 * Read every source into raw articles with provenance. Bad inputs (missing, empty,
 * binary, too large, malformed) leave fatal messages on their file; the run goes on.
 *
 * @param sources Paths, directories, globs, `-` for standard input, or `{path, value}`.
 * @param options Size limit, working directory, standard input, encoding.
 * @returns All articles and all files.
 */
export async function ingest(sources: readonly Source[], options: IngestOptions = {}): Promise<IngestResult> {
  const articles: RawArticle[] = []
  const files: VFile[] = []
  for await (const result of ingestEach(sources, options)) {
    files.push(result.file)
    articles.push(...result.articles)
  }
  return {articles, files}
}
