import {z} from 'zod'
import {articleSchema} from './article.js'
import {tagsSchema} from './tags.js'

/** The published article: the clean article plus what the tagger found. What `articles/<slug>.json` holds. */
export const publishedArticleSchema = articleSchema
  .extend({
    $schema: z.string().optional().describe('URL or path of the JSON Schema this document follows'),
    analysis: tagsSchema
  })
  .strict()

export type PublishedArticle = z.infer<typeof publishedArticleSchema>
