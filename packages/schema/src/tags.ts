import {z} from 'zod'

/** A span of the article's `text`: JavaScript string indices, end exclusive. */
export const spanSchema = z
  .object({
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative()
  })
  .strict()

export const entityTypeSchema = z.enum(['PER', 'ORG', 'LOC'])

/** One mention of an entity in the text. */
export const mentionSchema = spanSchema.extend({text: z.string()}).strict()

/** One real-world thing the article names, with all its mentions. */
export const entitySchema = z
  .object({
    id: z.string().describe('Id of the entity within the article, e.g. `per-li-xiaolin`'),
    type: entityTypeSchema,
    name: z.string().describe('Canonical name'),
    aliases: z.array(z.string()),
    role: z.string().optional().describe('Role or title the text gives'),
    mentions: z.array(mentionSchema),
    salience: z.number().min(0).max(1)
  })
  .strict()

/** A ranked keyphrase. */
export const keyphraseSchema = z
  .object({
    phrase: z.string(),
    stem: z.string(),
    score: z.number().min(0).max(1),
    mentions: z.array(spanSchema)
  })
  .strict()

export const quoteKindSchema = z.enum(['direct', 'partial', 'indirect'])

/** A quotation (direct, partial) or reported speech (indirect), with its speaker when known. */
export const quoteSchema = spanSchema
  .extend({
    kind: quoteKindSchema,
    text: z.string().describe('The quoted words (direct, partial) or the reported clause (indirect)'),
    speaker: z.string().optional().describe('Canonical name of the speaker'),
    speakerId: z.string().optional().describe('Id of the speaker entity'),
    speakerStart: z.number().int().nonnegative().optional(),
    speakerEnd: z.number().int().nonnegative().optional(),
    cue: z.string().optional().describe('The attribution words, e.g. `Li said`'),
    confidence: z.number().min(0).max(1)
  })
  .strict()

/** A temporal expression, resolved where possible. */
export const dateTagSchema = spanSchema
  .extend({
    text: z.string(),
    value: z.string().optional().describe('ISO 8601 (possibly partial: `1973`, `2011-03`)'),
    confidence: z.number().min(0).max(1)
  })
  .strict()

/** A number, percentage, amount of money or count. */
export const numberTagSchema = spanSchema
  .extend({
    text: z.string(),
    value: z.number(),
    unit: z.string().optional(),
    qualifier: z.string().optional()
  })
  .strict()

/** Everything the tagger adds to an article. */
export const tagsSchema = z
  .object({
    entities: z.array(entitySchema),
    keyphrases: z.array(keyphraseSchema),
    quotes: z.array(quoteSchema),
    dates: z.array(dateTagSchema),
    numbers: z.array(numberTagSchema),
    summary: z.string().describe('Extractive summary: 1 to 3 sentences'),
    categories: z.array(z.string()).describe('Categories a feed should carry'),
    wordCount: z.number().int().nonnegative(),
    readingTime: z.number().int().nonnegative().describe('Minutes, rounded up')
  })
  .strict()

export type Span = z.infer<typeof spanSchema>
export type EntityType = z.infer<typeof entityTypeSchema>
export type Mention = z.infer<typeof mentionSchema>
export type Entity = z.infer<typeof entitySchema>
export type Keyphrase = z.infer<typeof keyphraseSchema>
export type QuoteKind = z.infer<typeof quoteKindSchema>
export type Quote = z.infer<typeof quoteSchema>
export type DateTag = z.infer<typeof dateTagSchema>
export type NumberTag = z.infer<typeof numberTagSchema>
export type Tags = z.infer<typeof tagsSchema>
