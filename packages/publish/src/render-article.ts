import {CopydeskError, type FeedOptionsInput, type PublishedArticle} from '@copydesk/schema'
import {articleFormats, renderers} from './renderers/index.js'
import {resolveOptions} from './resolve-options.js'
import type {ArticleFormat} from './types.js'
import {validateArticle} from './validate-article.js'

/**
 * Render one article as JSON or Markdown. Options and article are validated first.
 *
 * @param article Published article.
 * @param format `json` or `markdown`.
 * @param options Feed options (`siteUrl` is required: the Markdown front matter holds the article URL).
 * @returns The document; the same input always gives the same bytes.
 * @throws {CopydeskError} `CONFIG` for an unknown format, `VALIDATION` for invalid options or article.
 */
export function renderArticle(article: PublishedArticle, format: ArticleFormat, options: FeedOptionsInput): string {
  if (!(articleFormats as readonly string[]).includes(format)) {
    throw new CopydeskError(
      'CONFIG',
      `Unknown article format \`${String(format)}\`: use one of ${articleFormats.map((name) => `\`${name}\``).join(', ')}`
    )
  }
  return renderers[format](validateArticle(article), resolveOptions(options))
}
