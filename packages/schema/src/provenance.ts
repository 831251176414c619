import {z} from 'zod'

/** The input formats copydesk reads. */
export const sourceFormatSchema = z
  .enum(['text', 'markdown', 'html', 'json', 'rss', 'rdf', 'atom', 'jsonfeed'])
  .describe('Format the source was detected as')

/** Where a raw article came from: enough to find it again and tell whether it changed. */
export const provenanceSchema = z
  .object({
    path: z.string().describe('Source path as given (or `-` for standard input, `<string>` for a string)'),
    index: z.number().int().nonnegative().optional().describe('Item index when one file holds many articles (feeds, JSON arrays, JSON Lines)'),
    format: sourceFormatSchema,
    byteLength: z.number().int().nonnegative().describe('Length of the source bytes'),
    sha256: z.string().regex(/^[0-9a-f]{64}$/).describe('SHA-256 of the source bytes, lower-case hex'),
    encoding: z.string().optional().describe('Character encoding the bytes were decoded from')
  })
  .strict()

export type SourceFormat = z.infer<typeof sourceFormatSchema>
export type Provenance = z.infer<typeof provenanceSchema>
