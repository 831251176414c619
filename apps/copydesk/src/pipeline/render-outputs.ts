import {createHash} from 'node:crypto'
import {renderArticleFormats, renderFeeds as renderFeedFormats} from '@copydesk/publish'
import {type FeedOptionsInput, feedOptionsSchema, type PublishedArticle} from '@copydesk/schema'
import type {Format} from '../config/config-schema.js'
import {appMessage, type ReportedMessage} from '../report/reported-message.js'

/** One file of a build, relative to the output folder. */
export interface Output {
  path: string
  /** The file's text, or its UTF-8 bytes (as a worker sends them: moved, not copied, to the main thread). */
  content: string | Uint8Array
  /** Hash of what an article file is rendered from (feeds have none: they depend on every article). */
  key?: string
  /** SHA-256 of the bytes, when the renderer computed it. */
  sha256?: string
}

/** An article file a build makes: where, in which format, from what. */
export interface ArticleTarget {
  format: 'json' | 'markdown'
  path: string
  /** Render key: with the path, changes whenever the bytes could (pipeline version, feed options, article). */
  key: string
}

const articleExtensions = {json: 'json', markdown: 'md'} as const
const feedPaths = {rss: 'feedPath', atom: 'atomPath', jsonfeed: 'jsonFeedPath'} as const

/**
 * Plans article files: paths and render keys from small records, no article needed.
 */
export class ArticlePlanner {
  readonly #folder: string
  readonly #prefix: string
  readonly #formats: Array<'json' | 'markdown'>

  /**
   * @param formats Formats of the build.
   * @param feed Feed options.
   * @param version Pipeline version.
   */
  constructor(formats: readonly Format[], feed: FeedOptionsInput, version: string) {
    const folder = feedOptionsSchema.parse(feed).articlesPath.replace(/^\/+|\/+$/g, '')
    this.#folder = folder ? `${folder}/` : ''
    // The path holds the slug and format; the rest of what the bytes depend on is here.
    this.#prefix = createHash('sha256').update(`${version}\n${JSON.stringify(feed)}\n`).digest('hex').slice(0, 32)
    this.#formats = formats.filter((format): format is 'json' | 'markdown' => format === 'json' || format === 'markdown')
  }

  /** Whether the build writes any article file. */
  get any(): boolean {
    return this.#formats.length > 0
  }

  /**
   * The files of one article.
   *
   * @param articleKey Key of the article's content (see `SourceCache`).
   * @param slug Its slug in this run.
   * @returns One target per article format.
   */
  targets(articleKey: string, slug: string): ArticleTarget[] {
    // One key string for all of an article's files: the build keeps it for each until the end.
    const key = `${this.#prefix}.${articleKey}`
    return this.#formats.map((format) => ({format, path: `${this.#folder}${slug}.${articleExtensions[format]}`, key}))
  }
}

/**
 * Render some files of one article. A format that fails becomes an error message; then the
 * article is not published at all (none of its files, no feed item).
 *
 * @param article The published article.
 * @param targets Files to render.
 * @param feed Feed options.
 * @returns Outputs, or undefined and messages when any format failed.
 */
export function renderArticleOutputs(
  article: PublishedArticle,
  targets: readonly ArticleTarget[],
  feed: FeedOptionsInput
): {outputs: Output[] | undefined; messages: ReportedMessage[]} {
  const results = renderArticleFormats(
    article,
    targets.map((target) => target.format),
    feed
  )
  const outputs: Output[] = []
  const messages: ReportedMessage[] = []
  results.forEach((result, index) => {
    const target = targets[index] as ArticleTarget
    if ('error' in result) {
      const reason = `Cannot render \`${article.slug}\` as ${result.format}: ${result.error.message}`
      messages.push(appMessage(article.source.path, 'error', reason, 'render-article'))
    } else {
      outputs.push({path: target.path, content: result.content, key: target.key})
    }
  })
  return {outputs: messages.length > 0 ? undefined : outputs, messages}
}

/**
 * Render the feeds from their selected items.
 *
 * @param items The feed's articles (see `selectFeedItems`).
 * @param formats Formats of the build.
 * @param feed Feed options.
 * @returns Outputs and messages.
 */
export function renderFeeds(items: readonly PublishedArticle[], formats: readonly Format[], feed: FeedOptionsInput): {outputs: Output[]; messages: ReportedMessage[]} {
  const outputs: Output[] = []
  const messages: ReportedMessage[] = []
  const paths = feedOptionsSchema.parse(feed)
  const wanted = formats.filter((format): format is 'rss' | 'atom' | 'jsonfeed' => format === 'rss' || format === 'atom' || format === 'jsonfeed')
  if (wanted.length === 0) return {outputs, messages}
  for (const result of renderFeedFormats(items, wanted, feed)) {
    const file = paths[feedPaths[result.format]]
    if ('error' in result) messages.push(appMessage(file, 'error', `Cannot render the ${result.format} feed: ${result.error.message}`, 'render-feed'))
    else outputs.push({path: file, content: result.content})
  }
  return {outputs, messages}
}
