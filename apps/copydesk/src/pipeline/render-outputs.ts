import {createHash} from 'node:crypto'
import {renderArticle, renderFeed} from '@copydesk/publish'
import {type FeedOptionsInput, feedOptionsSchema, type PublishedArticle} from '@copydesk/schema'
import type {Format} from '../config/config-schema.js'
import {appMessage, type ReportedMessage} from '../report/reported-message.js'

/** One file of a build, relative to the output folder. */
export interface Output {
  path: string
  /** The bytes to write; undefined when the file on disk is already this render. */
  content: string | undefined
  /** Hash of what an article file is rendered from (feeds have none: they depend on every article). */
  key?: string
}

/** Options for `renderOutputs`. */
export interface RenderOptions {
  /** The pipeline version, part of each render key. */
  version: string
  /** Whether the file at `path` is already the render with this key (then it is not rendered again). */
  isCurrent?: (path: string, key: string) => boolean
}

const articleFormats = {json: 'json', markdown: 'md'} as const
const feedFormats = {rss: 'feedPath', atom: 'atomPath', jsonfeed: 'jsonFeedPath'} as const

/**
 * The article files a build will write, with their render keys.
 *
 * @param articles Published articles.
 * @param formats Formats to write.
 * @param feed Feed options.
 * @param version Pipeline version.
 * @returns Path and key per article and article format.
 */
export function articleTargets(
  articles: readonly PublishedArticle[],
  formats: readonly Format[],
  feed: FeedOptionsInput,
  version: string
): Array<{article: PublishedArticle; format: 'json' | 'markdown'; path: string; key: string}> {
  const folder = feedOptionsSchema.parse(feed).articlesPath.replace(/^\/+|\/+$/g, '')
  const options = JSON.stringify(feed)
  const targets = []
  for (const article of articles) {
    const body = JSON.stringify(article)
    for (const format of formats) {
      if (format !== 'json' && format !== 'markdown') continue
      const key = createHash('sha256').update(`${version}\n${format}\n${options}\n${body}`).digest('hex')
      targets.push({article, format, path: `${folder ? `${folder}/` : ''}${article.slug}.${articleFormats[format]}`, key})
    }
  }
  return targets
}

/**
 * Render every output of a build: each article in the article formats (unless the file on
 * disk is already that render), then each feed. A renderer that throws becomes an error
 * message and the other outputs are still made; two articles with one slug publish the first.
 *
 * @param articles Published articles, in a stable order.
 * @param formats Formats to write.
 * @param feed Feed options.
 * @param options Version and the current-file test.
 * @returns Outputs and messages (an article that failed to render is left out of the feeds).
 */
export function renderOutputs(
  articles: readonly PublishedArticle[],
  formats: readonly Format[],
  feed: FeedOptionsInput,
  options: RenderOptions
): {outputs: Output[]; messages: ReportedMessage[]} {
  const outputs: Output[] = []
  const messages: ReportedMessage[] = []
  const owners = new Map<string, PublishedArticle>()
  const failed = new Set<PublishedArticle>()
  for (const target of articleTargets(articles, formats, feed, options.version)) {
    const {article, format, path, key} = target
    const owner = owners.get(path)
    if (owner && owner !== article) {
      if (!failed.has(article)) {
        const reason = `Slug \`${article.slug}\` is also the slug of \`${owner.source.path}\`: one would overwrite the other, so this one is not published. Give one a \`slug\` of its own`
        messages.push(appMessage(article.source.path, 'error', reason, 'duplicate-slug'))
      }
      failed.add(article)
      continue
    }
    owners.set(path, article)
    if (options.isCurrent?.(path, key)) {
      outputs.push({path, content: undefined, key})
      continue
    }
    try {
      outputs.push({path, content: renderArticle(article, format, feed), key})
    } catch (error) {
      failed.add(article)
      const reason = `Cannot render \`${article.slug}\` as ${format}: ${(error as Error).message}`
      messages.push(appMessage(article.source.path, 'error', reason, 'render-article'))
    }
  }
  const published = articles.filter((article) => !failed.has(article))
  const paths = feedOptionsSchema.parse(feed)
  for (const format of formats) {
    if (format !== 'rss' && format !== 'atom' && format !== 'jsonfeed') continue
    const file = paths[feedFormats[format]]
    try {
      outputs.push({path: file, content: renderFeed(published, format, feed)})
    } catch (error) {
      messages.push(appMessage(file, 'error', `Cannot render the ${format} feed: ${(error as Error).message}`, 'render-feed'))
    }
  }
  // An article that failed in one format has no place in the other formats' files either.
  return {outputs: outputs.filter((output) => !output.key || !failed.has(owners.get(output.path) as PublishedArticle)), messages}
}
