import {z} from 'zod'

const absoluteHttpUrl = z
  .string({error: 'Expected `siteUrl`: the absolute http(s) URL the site is served from, e.g. `https://news.example.com/`'})
  .refine((value) => {
    try {
      const url = new URL(value)
      return url.protocol === 'http:' || url.protocol === 'https:'
    } catch {
      return false
    }
  }, 'Expected an absolute http(s) URL such as `https://news.example.com/`; relative URLs make broken feed links')

/** Options for every renderer and feed; validated before anything is written. */
export const feedOptionsSchema = z
  .object({
    siteUrl: absoluteHttpUrl.describe('Absolute URL of the site'),
    title: z.string().min(1).default('copydesk').describe('Feed and site title'),
    description: z.string().min(1).default('Articles published with copydesk'),
    language: z.string().default('en'),
    author: z.string().optional().describe('Feed-level author name, used when an article has none'),
    feedPath: z.string().default('feed.xml').describe('Path of the RSS feed relative to the site URL'),
    atomPath: z.string().default('atom.xml'),
    jsonFeedPath: z.string().default('feed.json'),
    articlesPath: z.string().default('articles').describe('Folder of the article pages relative to the site URL'),
    maxItems: z.number().int().positive().default(50).describe('Newest N items in each feed'),
    includeFuture: z.boolean().default(false).describe('Keep future-dated articles in feeds'),
    now: z.string().optional().describe('Reference time (ISO 8601) for leaving future items out; defaults to the current time')
  })
  .strict()

export type FeedOptionsInput = z.input<typeof feedOptionsSchema>
export type FeedOptions = z.output<typeof feedOptionsSchema>
