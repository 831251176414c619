import {type PublishedArticle, publishedArticleSchema, validate} from '@copydesk/schema'

/**
 * Check an article against the published-article schema; throws one `CopydeskError`
 * (code `VALIDATION`) listing every problem.
 *
 * @param article Value that should be a published article.
 * @returns The article, parsed (keys in schema order).
 */
export function validateArticle(article: unknown): PublishedArticle {
  const id = typeof article === 'object' && article !== null && 'id' in article ? String(article.id) : '?'
  return validate(publishedArticleSchema, article, `published article \`${id}\``)
}
