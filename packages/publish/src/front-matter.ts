import type {FeedOptions, PublishedArticle} from '@copydesk/schema'
import {stringify} from 'yaml'
import {articleAuthors} from './article-authors.js'
import {articleCategories} from './article-categories.js'
import {articleSummary} from './article-summary.js'
import {articleTitle} from './article-title.js'
import {articleUrl} from './article-url.js'
import {cleanLine} from './clean-text.js'

/** Values of the front matter, in the order they are written. */
export type FrontMatter = Record<string, string | number | string[]>

/**
 * The front matter of an article's Markdown: title, date, updated, author, email, id,
 * slug, url, source (the publisher), editionDate, page, language, tags (the feed
 * categories) and summary. Empty values are left out.
 *
 * @param article Published article.
 * @param options Resolved options (for the article URL and the fallback author).
 * @returns Ordered key-value pairs.
 */
export function frontMatter(article: PublishedArticle, options: FeedOptions): FrontMatter {
  const authors = articleAuthors(article, options.author)
  const email = authors.find((author) => author.email)?.email
  const entries: [string, string | number | string[] | undefined][] = [
    ['title', articleTitle(article)],
    ['date', article.date ?? article.editionDate],
    ['updated', article.updated],
    ['author', authors.map((author) => author.name).join(', ')],
    ['email', email],
    ['id', cleanLine(article.id)],
    ['slug', article.slug],
    ['url', articleUrl(article, options)],
    ['source', cleanLine(article.publisher ?? '')],
    ['editionDate', article.editionDate],
    ['page', article.page],
    ['language', cleanLine(article.language)],
    ['tags', articleCategories(article)],
    ['summary', articleSummary(article)]
  ]
  const result: FrontMatter = {}
  for (const [key, value] of entries) {
    if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) continue
    result[key] = value
  }
  return result
}

/**
 * Serialize front matter as YAML that YAML 1.2 (npm `yaml`) and YAML 1.1 (PyYAML, Jekyll)
 * read the same: every string double-quoted (so `NO`, `0755`, `1:30`, dates stay
 * strings), no line folding, plain keys. The bytes are those of npm `yaml`'s `stringify`;
 * the usual values (the keys `frontMatter` writes, integers, strings JSON writes without
 * `\u` or `\n` escapes) are written directly, anything else by `yaml`.
 *
 * @param values Front matter values.
 * @returns YAML without the `---` fences.
 */
export function frontMatterYaml(values: FrontMatter): string {
  const lines: string[] = []
  for (const key in values) {
    const value = values[key]
    if (!plainKeys.has(key) || value === undefined) return yamlOf(values)
    if (typeof value === 'number') {
      if (!Number.isSafeInteger(value) || Object.is(value, -0)) return yamlOf(values)
      lines.push(`${key}: ${value}`)
    } else if (typeof value === 'string') {
      const quoted = quote(value)
      if (quoted === undefined) return yamlOf(values)
      lines.push(`${key}: ${quoted}`)
    } else {
      if (value.length === 0) return yamlOf(values)
      lines.push(`${key}:`)
      for (const item of value) {
        const quoted = quote(item)
        if (quoted === undefined) return yamlOf(values)
        lines.push(`  - ${quoted}`)
      }
    }
  }
  return lines.join('\n')
}

/** The keys `frontMatter` writes; `yaml` writes them as they are (it would quote `true` or `null`). */
const plainKeys = new Set(['title', 'date', 'updated', 'author', 'email', 'id', 'slug', 'url', 'source', 'editionDate', 'page', 'language', 'tags', 'summary'])

/**
 * A double-quoted YAML scalar, the bytes `yaml` writes with `lineWidth: 0`: the JSON string
 * as long as it holds no `\u` or `\n` escape (those `yaml` rewrites: `\x..`, `\N`, folded
 * lines...). `undefined` when it does, for `yaml` itself to write.
 */
function quote(value: string): string | undefined {
  const json = JSON.stringify(value)
  return json.includes('\\u') || json.includes('\\n') ? undefined : json
}

function yamlOf(values: FrontMatter): string {
  return stringify(values, {defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN', lineWidth: 0, minContentWidth: 0}).trimEnd()
}
