import type {Root} from 'hast'
import {z} from 'zod'
import {attributeIs, selectEvery} from './select.js'

const articleTypes = /^(?:Article|NewsArticle|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BlogPosting|LiveBlogPosting|Report|ScholarlyArticle|TechArticle|WebPage)$/

const text = z.string().optional().catch(undefined)
const person = z.union([z.string(), z.object({name: z.string()}).loose().transform((value) => value.name)])

/** The JSON-LD fields copydesk reads from a schema.org article, validated leniently. */
export const jsonLdArticleSchema = z
  .object({
    headline: text,
    name: text,
    description: text,
    datePublished: text,
    dateModified: text,
    author: z.union([person.transform((value) => [value]), z.array(person.catch(''))]).optional().catch(undefined),
    keywords: z.union([z.string().transform((value) => value.split(/\s*,\s*/)), z.array(z.string().catch(''))]).optional().catch(undefined),
    url: text,
    mainEntityOfPage: z.union([z.string(), z.object({'@id': z.string()}).loose().transform((value) => value['@id'])]).optional().catch(undefined),
    inLanguage: text,
    publisher: person.optional().catch(undefined),
    articleBody: text,
    identifier: text
  })
  .loose()

/** A schema.org article found in JSON-LD. */
export type JsonLdArticle = z.infer<typeof jsonLdArticleSchema>

/**
 * Find the first schema.org article (`NewsArticle`, `BlogPosting`, ...) in the page's
 * `<script type="application/ld+json">` blocks, looking inside arrays and `@graph`.
 * Scripts that are not valid JSON are ignored.
 *
 * @param tree Page.
 * @returns The article fields, or undefined.
 */
export function findJsonLdArticle(tree: Root): JsonLdArticle | undefined {
  let fallback: JsonLdArticle | undefined
  for (const {element: script} of selectEvery(tree, (found) => found.element.tagName === 'script' && attributeIs(found, 'type', 'application/ld+json'))) {
    let value: unknown
    try {
      value = JSON.parse(script.children.map((node) => (node.type === 'text' ? node.value : '')).join(''))
    } catch {
      continue
    }
    const queue: unknown[] = [value]
    for (let seen = 0; queue.length > 0 && seen < 200; seen++) {
      const node = queue.shift()
      if (Array.isArray(node)) queue.push(...node)
      else if (node && typeof node === 'object') {
        const record = node as Record<string, unknown>
        if (Array.isArray(record['@graph'])) queue.push(...record['@graph'])
        const types = ([] as unknown[]).concat(record['@type'] ?? [])
        if (types.some((type) => typeof type === 'string' && articleTypes.test(type))) {
          const parsed = jsonLdArticleSchema.parse(record)
          if (!types.includes('WebPage')) return parsed
          fallback ??= parsed
        }
      }
    }
  }
  return fallback
}
