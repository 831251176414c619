import {z} from 'zod'

/** Output formats `copydesk build` can write. */
export const formatSchema = z.enum(['json', 'markdown', 'rss', 'atom', 'jsonfeed'])

/** Every format, in the order they are written. */
export const allFormats = formatSchema.options

const timeZone = z.string().refine((value) => {
  try {
    new Intl.DateTimeFormat('en', {timeZone: value})
    return true
  } catch {
    return false
  }
}, 'Expected an IANA time zone such as `Asia/Shanghai` or `UTC`')

/** The settings in `copydesk.config.{ts,js,json}`. Every field is optional. */
export const configSchema = z
  .object({
    inputs: z.array(z.string().min(1)).min(1).optional().describe('Sources to build when none are given on the command line'),
    out: z.string().min(1).optional().describe('Output folder'),
    site: z
      .object({
        url: z.string().optional().describe('Absolute URL the site is served from'),
        title: z.string().min(1).optional(),
        description: z.string().min(1).optional(),
        language: z.string().min(1).optional(),
        author: z.string().min(1).optional()
      })
      .strict()
      .optional(),
    feed: z
      .object({
        maxItems: z.number().int().positive().optional().describe('Newest N items in each feed (default 50)'),
        includeFuture: z.boolean().optional().describe('Keep future-dated articles in feeds')
      })
      .strict()
      .optional(),
    formats: z.array(formatSchema).min(1).optional().describe('Formats to write'),
    timeZone: timeZone.optional().describe('Default time zone of the sources'),
    timeZones: z.record(z.string(), timeZone).optional().describe('Time zone per source (passed to normalize)'),
    quotes: z.enum(['typographic', 'straight', 'preserve']).optional().describe('Quote and dash policy'),
    concurrency: z.number().int().positive().optional().describe('Tagging worker threads'),
    maxBytes: z.number().int().positive().optional().describe('Largest source file read, in bytes; larger ones are reported and skipped (default 10485760, 10 MB)'),
    maxItemsPerSource: z
      .number()
      .int()
      .positive()
      .optional()
      .describe('Most articles read from one source (feed items, JSON records); the rest are reported (default 10000)'),
    cacheDir: z.string().min(1).optional().describe('Folder of the per-article cache'),
    serve: z
      .object({
        port: z.number().int().min(0).max(65535).optional(),
        host: z.string().min(1).optional(),
        maxUrlLength: z.number().int().min(16).optional().describe('Longest request target; longer get 414 (default 2048)'),
        maxHeaderSize: z.number().int().min(1024).optional().describe('Largest request head in bytes; larger get 431 (default 16384)'),
        headersTimeout: z.number().int().positive().optional().describe('Milliseconds to send the request head; slower get 408 (default 10000)'),
        requestTimeout: z.number().int().positive().optional().describe('Milliseconds to send the whole request (default 30000)')
      })
      .strict()
      .refine((serve) => (serve.headersTimeout ?? 10_000) <= (serve.requestTimeout ?? 30_000), {
        message: '`headersTimeout` must not be longer than `requestTimeout`',
        path: ['headersTimeout']
      })
      .optional()
  })
  .strict()

/** What a config file may contain. */
export type CopydeskConfig = z.input<typeof configSchema>
/** A config file's contents after validation. */
export type ValidConfig = z.output<typeof configSchema>
/** One output format. */
export type Format = z.infer<typeof formatSchema>
