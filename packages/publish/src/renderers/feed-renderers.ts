import type {FeedFormat, FeedRenderer} from '../types.js'
import {renderAtom} from './atom.js'
import {renderJsonFeed} from './json-feed.js'
import {renderRss} from './rss.js'

/**
 * The feed renderers by format. Kept apart from the article renderers so that code that
 * only renders feeds (the main thread of a build) never loads the Markdown and YAML writers.
 */
export const feedRenderers: {readonly [F in FeedFormat]: FeedRenderer} = Object.freeze({
  rss: renderRss,
  atom: renderAtom,
  jsonfeed: renderJsonFeed
})

/** Feed formats, in the order they are listed in messages. */
export const feedFormats: readonly FeedFormat[] = Object.freeze(['rss', 'atom', 'jsonfeed'])
