import type {ArticleRenderer} from '../types.js'
import {wellFormed} from '../well-formed.js'

/** Where the JSON Schema of a published article lives (its `$id`). */
export const articleSchemaUrl = 'https://copydesk.dev/schema/article.schema.json'

/**
 * Render an article as JSON: every field and tag, keys in the schema's order (`$schema`
 * first), two-space indent, a final newline. Lone surrogates become U+FFFD (same length,
 * so tag offsets stay right); other characters are kept, JSON-escaped where needed.
 *
 * @param article Published article, validated (`validateArticle` returns its keys in schema order).
 * @returns The JSON document, valid against `@copydesk/schema/article.schema.json`.
 */
export const renderJson: ArticleRenderer = (article) => {
  const {$schema: _ignored, ...ordered} = article
  const document = {$schema: articleSchemaUrl, ...ordered}
  // JSON.stringify writes a lone surrogate as `\udXXX`; only then is the (slow) replacer
  // needed. Without one, the replacer would change nothing, so the bytes are the same.
  const fast = JSON.stringify(document, null, 2)
  if (!fast.includes('\\ud') && !fast.includes('\\uD')) return `${fast}\n`
  return `${JSON.stringify(document, (_key, value: unknown) => (typeof value === 'string' ? wellFormed(value) : value), 2)}\n`
}
