/**
 * Eleventy config for the peer build: every Markdown article becomes a page, and the RSS
 * plugin renders one feed of the newest items, like `copydesk build` does.
 * The item limit comes from `BENCH_FEED_ITEMS` (default 50, copydesk's default).
 * @param {any} eleventyConfig
 */
import {feedPlugin} from '@11ty/eleventy-plugin-rss'

export default function (eleventyConfig) {
  // The corpora live in a gitignored folder, which Eleventy skips by default.
  eleventyConfig.setUseGitIgnore(false)
  eleventyConfig.addCollection('articles', (api) => api.getFilteredByGlob('**/*.md'))
  eleventyConfig.addPlugin(feedPlugin, {
    type: 'rss',
    outputPath: '/feed.xml',
    collection: {name: 'articles', limit: Number(process.env.BENCH_FEED_ITEMS ?? 50)},
    metadata: {
      language: 'en',
      title: 'copydesk bench',
      subtitle: 'Articles published with copydesk',
      base: 'https://bench.example/',
      author: {name: 'copydesk bench'}
    }
  })
}
