import {z} from 'zod'
import {positionSchema} from './position.js'
import {provenanceSchema} from './provenance.js'

/** ISO 8601 date (`2012-03-20`) or date-time with an explicit offset (`2012-03-20T00:00:00+08:00`). */
export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/, 'Expected an ISO 8601 date or a date-time with an offset')

/** A person credited with the article. */
export const authorSchema = z
  .object({
    name: z.string().min(1).optional(),
    email: z.string().optional()
  })
  .strict()

/** Metadata found written in the text itself and removed from the body, with where it was. */
export const extractedSchema = z
  .object({
    kind: z.enum(['dateline', 'byline', 'email', 'source-line', 'copyright', 'boilerplate', 'headline', 'dek']),
    text: z.string(),
    position: positionSchema
  })
  .strict()

/** The clean article every later stage can trust. */
export const articleSchema = z
  .object({
    id: z.string().min(1).describe('Stable id: never changes with the title, slug or site URL'),
    slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'Expected a lower-case ASCII slug'),
    title: z.string().min(1),
    titleDerived: z.boolean().describe('True when the source had no headline and one was derived'),
    dek: z.string().optional(),
    summary: z.string().optional().describe('Summary given by the source'),
    date: isoDateSchema.optional().describe('Publication date'),
    updated: isoDateSchema.optional(),
    timeZone: z.string().optional().describe('IANA time zone of the source'),
    language: z.string().describe('ISO 639-1 code, or `und` when unknown'),
    authors: z.array(authorSchema),
    publisher: z.string().optional(),
    editionDate: isoDateSchema.optional().describe('Print edition date from a source line'),
    page: z.number().int().positive().optional().describe('Print page from a source line'),
    dateline: z
      .object({place: z.string(), date: z.string().optional(), agency: z.string().optional()})
      .strict()
      .optional(),
    url: z.string().optional(),
    tags: z.array(z.string()).describe('Tags given by the source'),
    paragraphs: z.array(z.string()),
    text: z.string().describe('Body text: the paragraphs joined by a blank line; tag offsets point into it'),
    extracted: z.array(extractedSchema),
    source: provenanceSchema
  })
  .strict()

export type IsoDate = z.infer<typeof isoDateSchema>
export type Author = z.infer<typeof authorSchema>
export type Extracted = z.infer<typeof extractedSchema>
export type Article = z.infer<typeof articleSchema>
