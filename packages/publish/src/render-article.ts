import {CopydeskError, type FeedOptionsInput, type PublishedArticle} from '@copydesk/schema'
import {articleFormats, articleRenderers} from './renderers/article-renderers.js'
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
  checkFormat(format)
  return articleRenderers[format](validateArticle(article), resolveOptions(options))
}

/** One format's result of `renderArticleFormats`. */
export type FormatResult = {format: ArticleFormat; content: string} | {format: ArticleFormat; error: Error}

/**
 * Render one article in several formats, validating options and article once. A format
 * that fails (or an invalid article, which fails every format) gives its error instead of
 * throwing, so the other formats are still rendered.
 *
 * @param article Published article.
 * @param formats Formats, in the order wanted.
 * @param options Feed options (already resolved, or input for `resolveOptions`).
 * @returns One result per format, in order; the same input always gives the same bytes.
 * @throws {CopydeskError} `CONFIG` for an unknown format, `VALIDATION` for invalid options.
 */
export function renderArticleFormats(article: PublishedArticle, formats: readonly ArticleFormat[], options: FeedOptionsInput): FormatResult[] {
  for (const format of formats) checkFormat(format)
  const resolved = resolveOptions(options)
  let valid: PublishedArticle
  try {
    valid = validateArticle(article)
  } catch (error) {
    return formats.map((format) => ({format, error: error as Error}))
  }
  return formats.map((format) => {
    try {
      return {format, content: articleRenderers[format](valid, resolved)}
    } catch (error) {
      return {format, error: error as Error}
    }
  })
}

function checkFormat(format: ArticleFormat): void {
  if (!(articleFormats as readonly string[]).includes(format)) {
    throw new CopydeskError(
      'CONFIG',
      `Unknown article format \`${String(format)}\`: use one of ${articleFormats.map((name) => `\`${name}\``).join(', ')}`
    )
  }
}
