import {renderArticle, renderFeed} from '@copydesk/publish'
import {type FeedOptionsInput, feedOptionsSchema, type PublishedArticle} from '@copydesk/schema'
import type {Format} from '../config/config-schema.js'
import {appMessage, type ReportedMessage} from '../report/reported-message.js'

/** One file to write, relative to the output folder. */
export interface Output {
  path: string
  content: string
}

const articleFormats = {json: 'json', markdown: 'md'} as const
const feedFormats = {rss: 'feedPath', atom: 'atomPath', jsonfeed: 'jsonFeedPath'} as const

/**
 * Render every output of a build: each article in the article formats, then each feed.
 * A renderer that throws becomes an error message; the other outputs are still made.
 *
 * @param articles Published articles, in a stable order.
 * @param formats Formats to write.
 * @param feed Feed options (validated here for the paths).
 * @returns Outputs and messages (an article that failed to render is left out of the feeds).
 */
export function renderOutputs(
  articles: readonly PublishedArticle[],
  formats: readonly Format[],
  feed: FeedOptionsInput
): {outputs: Output[]; messages: ReportedMessage[]} {
  const options = feedOptionsSchema.parse(feed)
  const folder = options.articlesPath.replace(/^\/+|\/+$/g, '')
  const outputs: Output[] = []
  const messages: ReportedMessage[] = []
  const rendered: PublishedArticle[] = []
  const owners = new Map<string, PublishedArticle>()
  for (const article of articles) {
    let ok = true
    const first = owners.get(article.slug)
    if (first) {
      messages.push(
        appMessage(
          article.source.path,
          'error',
          `Slug \`${article.slug}\` is also the slug of \`${first.source.path}\`: one would overwrite the other, so this one is not published. Give one a \`slug\` of its own`,
          'duplicate-slug'
        )
      )
      continue
    }
    owners.set(article.slug, article)
    for (const format of formats) {
      if (format !== 'json' && format !== 'markdown') continue
      try {
        const content = renderArticle(article, format, feed)
        outputs.push({path: `${folder ? `${folder}/` : ''}${article.slug}.${articleFormats[format]}`, content})
      } catch (error) {
        ok = false
        messages.push(
          appMessage(article.source.path, 'error', `Cannot render \`${article.slug}\` as ${format}: ${(error as Error).message}`, 'render-article')
        )
      }
    }
    if (ok) rendered.push(article)
  }
  for (const format of formats) {
    if (format !== 'rss' && format !== 'atom' && format !== 'jsonfeed') continue
    const file = options[feedFormats[format]]
    try {
      outputs.push({path: file, content: renderFeed(rendered, format, feed)})
    } catch (error) {
      messages.push(appMessage(file, 'error', `Cannot render the ${format} feed: ${(error as Error).message}`, 'render-feed'))
    }
  }
  return {outputs, messages}
}
