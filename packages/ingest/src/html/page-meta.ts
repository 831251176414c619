import type {RawMeta} from '@copydesk/schema'
import type {Element, Root} from 'hast'
import {select, selectAll} from 'hast-util-select'
import {toText} from 'hast-util-to-text'
import {cleanMeta, resolveUrl} from '../feeds/feed-item.js'
import {htmlToLine} from './html-to-paragraphs.js'
import type {JsonLdArticle} from './json-ld.js'

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
  const meta = (...names: string[]): string | undefined => {
    for (const name of names) {
      const element = select(`meta[property="${name}" i], meta[name="${name}" i], meta[itemprop="${name}" i]`, tree)
      const value = element?.properties.content
      if (typeof value === 'string' && value.trim() !== '') return value.trim()
    }
    return undefined
  }
  const metas = (name: string): string[] =>
    selectAll(`meta[property="${name}" i], meta[name="${name}" i]`, tree)
      .map((element) => String(element.properties.content ?? ''))
      .filter((value) => value.trim() !== '')
  const text = (selector: string): string | undefined => {
    const element = select(selector, content) ?? select(selector, tree)
    return element ? oneLine(toText(element)) : undefined
  }
  const time = select('time[datetime][itemprop="datePublished" i], time[datetime][pubdate], time[datetime]', content) ?? select('time[datetime]', tree)
  const canonical = select('link[rel~="canonical" i]', tree)?.properties.href
  const base = typeof canonical === 'string' ? canonical : meta('og:url')
  const byline = text('[rel~="author"], [itemprop="author" i] [itemprop="name" i], [itemprop="author" i], .byline, .author, .by-line')
  const authorMeta = [meta('author', 'dc.creator', 'sailthru.author', 'parsely-author')].filter((value): value is string => value !== undefined && !/^https?:/.test(value))
  const keywords = metas('article:tag')
  const headline = ld?.headline ?? meta('og:title', 'twitter:title', 'headline', 'dc.title') ?? text('h1')
  return cleanMeta({
    id: ld?.identifier,
    title: headline === undefined ? oneLine(toText(select('title', tree) ?? {type: 'root', children: []})) : htmlToLine(headline),
    summary: ld?.description ?? meta('description', 'og:description', 'twitter:description', 'dc.description'),
    date: ld?.datePublished ?? meta('article:published_time', 'datePublished', 'date', 'pubdate', 'publishdate', 'dc.date', 'dc.date.issued', 'dcterms.created') ?? (time ? String(time.properties.dateTime ?? '') : undefined),
    updated: ld?.dateModified ?? meta('article:modified_time', 'dateModified', 'og:updated_time', 'last-modified'),
    authors: ld?.author?.length ? ld.author : authorMeta.length > 0 ? authorMeta : byline ? [byline.replace(/^by\s+/i, '')] : undefined,
    tags: ld?.keywords?.length ? ld.keywords : keywords.length > 0 ? keywords : meta('keywords', 'news_keywords')?.split(/\s*,\s*/),
    url: resolveUrl(typeof canonical === 'string' ? canonical : (ld?.url ?? ld?.mainEntityOfPage ?? meta('og:url')), base),
    language: ld?.inLanguage ?? (typeof select('html', tree)?.properties.lang === 'string' ? String(select('html', tree)?.properties.lang) : meta('og:locale', 'language', 'dc.language')),
    publisher: ld?.publisher ?? meta('og:site_name', 'application-name')
  })
}

function oneLine(value: string): string | undefined {
  const line = value.replace(/\s+/g, ' ').trim()
  return line === '' ? undefined : line
}
