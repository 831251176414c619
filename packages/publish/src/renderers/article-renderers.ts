import type {ArticleFormat, ArticleRenderer} from '../types.js'
import {renderJson} from './json.js'
import {renderMarkdown} from './markdown.js'

/** The per-article renderers by format (see `feedRenderers` for why they are apart). */
export const articleRenderers: {readonly [F in ArticleFormat]: ArticleRenderer} = Object.freeze({
  json: renderJson,
  markdown: renderMarkdown
})

/** Per-article formats, in the order they are listed in messages. */
export const articleFormats: readonly ArticleFormat[] = Object.freeze(['json', 'markdown'])
