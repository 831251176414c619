import type {ArticleFormat, ArticleRenderer, FeedFormat, FeedRenderer} from '../types.js'
import {renderAtom} from './atom.js'
import {renderJson} from './json.js'
import {renderJsonFeed} from './json-feed.js'
import {renderMarkdown} from './markdown.js'
import {renderRss} from './rss.js'

/** The renderer table: per-article formats take one article, feed formats the selected items. */
export type Renderers = {readonly [F in ArticleFormat]: ArticleRenderer} & {readonly [F in FeedFormat]: FeedRenderer}

/**
 * Every renderer by format. Each is a pure function of validated input and resolved
 * options; `renderArticle` and `renderFeed` validate, select and dispatch through it.
 */
export const renderers: Renderers = Object.freeze({
  json: renderJson,
  markdown: renderMarkdown,
  rss: renderRss,
  atom: renderAtom,
  jsonfeed: renderJsonFeed
})

/** Per-article formats, in the order they are listed in messages. */
export const articleFormats: readonly ArticleFormat[] = Object.freeze(['json', 'markdown'])

/** Feed formats, in the order they are listed in messages. */
export const feedFormats: readonly FeedFormat[] = Object.freeze(['rss', 'atom', 'jsonfeed'])
