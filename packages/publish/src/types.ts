import type {FeedOptions, PublishedArticle} from '@copydesk/schema'

/** Feed formats `renderFeed` writes. */
export type FeedFormat = 'rss' | 'atom' | 'jsonfeed'

/** Per-article formats `renderArticle` writes. */
export type ArticleFormat = 'json' | 'markdown'

/** Render one (validated) article with resolved options. Pure: same input, same output. */
export type ArticleRenderer = (article: PublishedArticle, options: FeedOptions) => string

/** Render a feed from its already selected items (newest first) with resolved options. Pure. */
export type FeedRenderer = (items: readonly PublishedArticle[], options: FeedOptions) => string
