import {z} from 'zod'
import {provenanceSchema} from './provenance.js'

/** Metadata a source states explicitly (front matter, JSON fields, feed item elements, HTML meta). */
export const rawMetaSchema = z
  .object({
    id: z.string().optional(),
    title: z.string().optional(),
    summary: z.string().optional(),
    date: z.string().optional().describe('Date as written by the source; normalize parses it'),
    updated: z.string().optional(),
    authors: z.array(z.string()).optional(),
    tags: z.array(z.string()).optional(),
    url: z.string().optional(),
    language: z.string().optional(),
    publisher: z.string().optional(),
    slug: z.string().optional()
  })
  .strict()

/**
 * A raw article: decoded, line endings normalized to `\n`, otherwise as the source had it.
 * `text` is plain text (HTML is reduced to text paragraphs separated by blank lines).
 */
export const rawArticleSchema = z
  .object({
    source: provenanceSchema,
    text: z.string(),
    meta: rawMetaSchema
  })
  .strict()

export type RawMeta = z.infer<typeof rawMetaSchema>
export type RawArticle = z.infer<typeof rawArticleSchema>
