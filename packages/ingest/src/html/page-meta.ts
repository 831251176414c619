import type {RawMeta} from '@copydesk/schema'
import type {Element, Root} from 'hast'
import {toText} from 'hast-util-to-text'
import {cleanMeta, resolveUrl} from '../feeds/feed-item.js'
import {htmlToLine} from './html-to-paragraphs.js'
import type {JsonLdArticle} from './json-ld.js'
import {attributeHasWord, attributeIs, attributeValue, type Found, hasClass, walkElements} from './select.js'
import {collapseWhitespace} from '../util/collapse-whitespace.js'

/**
 * Read an HTML page's metadata: JSON-LD first, then Open Graph / `article:*` / Dublin Core
 * / `name` meta tags, then the markup (`<h1>`, `<time datetime>`, `rel=author`, bylines,
 * `<title>`, `<html lang>`, `<link rel=canonical>`).
 *
 * @param tree Page.
 * @param content Main content element, where the headline, byline and time are looked for first.
 * @param ld Schema.org article from JSON-LD, if any.
 * @returns Metadata.
 */
export function pageMeta(tree: Root, content: Element | Root, ld: JsonLdArticle | undefined): RawMeta {
  const inContent = scan(content, false)
  const inPage = scan(tree, true)
  // `meta[property="name" i], meta[name="name" i], meta[itemprop="name" i]`, first in document order.
  const meta = (...names: string[]): string | undefined => {
    for (const name of names) {
      const element = inPage.metas.find((found) => attributeIs(found, 'property', name) || attributeIs(found, 'name', name) || attributeIs(found, 'itemprop', name))?.element
      const value = element?.properties.content
      if (typeof value === 'string' && value.trim() !== '') return value.trim()
    }
    return undefined
  }
  const metas = (name: string): string[] =>
    inPage.metas
      .filter((found) => attributeIs(found, 'property', name) || attributeIs(found, 'name', name))
      .map((found) => String(found.element.properties.content ?? ''))
      .filter((value) => value.trim() !== '')
  const text = (element: Element | undefined): string | undefined => (element ? oneLine(toText(element)) : undefined)
  const time = inContent.time ?? inPage.time
  const canonical = inPage.canonical?.properties.href
  const base = typeof canonical === 'string' ? canonical : meta('og:url')
  const byline = text(inContent.byline ?? inPage.byline)
  const authorMeta = [meta('author', 'dc.creator', 'sailthru.author', 'parsely-author')].filter((value): value is string => value !== undefined && !/^https?:/.test(value))
  const keywords = metas('article:tag')
  const headline = ld?.headline ?? meta('og:title', 'twitter:title', 'headline', 'dc.title') ?? text(inContent.h1 ?? inPage.h1)
  const title = inPage.title
  const lang = inPage.html?.properties.lang
  return cleanMeta({
    id: ld?.identifier,
    title: headline === undefined ? oneLine(toText(title ?? {type: 'root', children: []})) : htmlToLine(headline),
    summary: ld?.description ?? meta('description', 'og:description', 'twitter:description', 'dc.description'),
    date: ld?.datePublished ?? meta('article:published_time', 'datePublished', 'date', 'pubdate', 'publishdate', 'dc.date', 'dc.date.issued', 'dcterms.created') ?? (time ? String(time.properties.dateTime ?? '') : undefined),
    updated: ld?.dateModified ?? meta('article:modified_time', 'dateModified', 'og:updated_time', 'last-modified'),
    authors: ld?.author?.length ? ld.author : authorMeta.length > 0 ? authorMeta : byline ? [byline.replace(/^by\s+/i, '')] : undefined,
    tags: ld?.keywords?.length ? ld.keywords : keywords.length > 0 ? keywords : meta('keywords', 'news_keywords')?.split(/\s*,\s*/),
    url: resolveUrl(typeof canonical === 'string' ? canonical : (ld?.url ?? ld?.mainEntityOfPage ?? meta('og:url')), base),
    language: ld?.inLanguage ?? (typeof lang === 'string' ? String(lang) : meta('og:locale', 'language', 'dc.language')),
    publisher: ld?.publisher ?? meta('og:site_name', 'application-name')
  })
}

/** The first element of a scope for each selector `pageMeta` uses (and every `<meta>` of the page). */
interface Scanned {
  /** `[rel~="author"], [itemprop="author" i] [itemprop="name" i], [itemprop="author" i], .byline, .author, .by-line` */
  byline?: Element
  /** `time[datetime][itemprop="datePublished" i], time[datetime][pubdate], time[datetime]`: the first `time[datetime]`. */
  time?: Element
  /** `h1` */
  h1?: Element
  /** `link[rel~="canonical" i]` */
  canonical?: Element
  /** `title` */
  title?: Element
  /** `html` */
  html?: Element
  /** Every `meta`. */
  metas: Found[]
}

/** One walk over `scope` instead of one per selector. */
function scan(scope: Root | Element, page: boolean): Scanned {
  const scanned: Scanned = {metas: []}
  walkElements(
    scope,
    (found, insideAuthor) => {
      const {element} = found
      if (!scanned.byline && isByline(found, insideAuthor)) scanned.byline = element
      if (element.tagName === 'time' && !scanned.time && attributeValue(element, 'datetime', found.svg) !== undefined) scanned.time = element
      else if (element.tagName === 'h1') scanned.h1 ??= element
      else if (page) {
        if (element.tagName === 'meta') scanned.metas.push(found)
        else if (element.tagName === 'link' && !scanned.canonical && attributeHasWord(found, 'rel', 'canonical', true)) scanned.canonical = element
        else if (element.tagName === 'title') scanned.title ??= element
        else if (element.tagName === 'html') scanned.html ??= element
      }
      return undefined
    },
    (found) => attributeIs(found, 'itemprop', 'author')
  )
  return scanned
}

/** `[rel~="author"], [itemprop="author" i] [itemprop="name" i], [itemprop="author" i], .byline, .author, .by-line` */
function isByline(found: Found, insideAuthor: boolean): boolean {
  return (
    attributeHasWord(found, 'rel', 'author', false) ||
    (insideAuthor && attributeIs(found, 'itemprop', 'name')) ||
    attributeIs(found, 'itemprop', 'author') ||
    hasClass(found.element, 'byline') ||
    hasClass(found.element, 'author') ||
    hasClass(found.element, 'by-line')
  )
}

function oneLine(value: string): string | undefined {
  const line = collapseWhitespace(value).trim()
  return line === '' ? undefined : line
}
