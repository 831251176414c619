import type {ArticleFormat, ArticleRenderer, FeedFormat, FeedRenderer} from '../types.js'
import {articleFormats, articleRenderers} from './article-renderers.js'
import {feedFormats, feedRenderers} from './feed-renderers.js'

export {articleFormats, feedFormats}

/** The renderer table: per-article formats take one article, feed formats the selected items. */
export type Renderers = {readonly [F in ArticleFormat]: ArticleRenderer} & {readonly [F in FeedFormat]: FeedRenderer}

/**
 * Every renderer by format. Each is a pure function of validated input and resolved
 * options; `renderArticle` and `renderFeed` validate, select and dispatch through it.
 */
export const renderers: Renderers = Object.freeze({...articleRenderers, ...feedRenderers})
