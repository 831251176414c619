import {z} from 'zod'
import {publishedArticleSchema} from './published-article.js'

/**
 * The JSON Schema (draft 2020-12) of a published article, generated from the zod schema.
 * Shipped as `@copydesk/schema/article.schema.json`.
 *
 * @returns A JSON Schema object.
 */
export function articleJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(publishedArticleSchema, {target: 'draft-2020-12', io: 'output'}) as Record<string, unknown>
  return {
    ...schema,
    $id: 'https://copydesk.dev/schema/article.schema.json',
    title: 'copydesk published article'
  }
}
