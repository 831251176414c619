import {readdirSync, readFileSync, statSync} from 'node:fs'
import type {FeedOptionsInput, PublishedArticle} from '@copydesk/schema'

/** Folder of the fixture articles (`fixtures/<case>/article.json`). */
export const fixturesRoot = new URL('../fixtures/', import.meta.url)

/** Options every fixture test renders with; `now` pinned so output never depends on the clock. */
export const options = {
  siteUrl: 'https://news.example.com/',
  title: 'copydesk test desk',
  description: 'Fixture articles rendered by @copydesk/publish',
  now: '2026-11-28T00:00:00Z'
} satisfies FeedOptionsInput

/** Names of every fixture folder that holds an `article.json`. */
export const fixtureNames: string[] = readdirSync(fixturesRoot)
  .filter((name) => statSync(new URL(`${name}/`, fixturesRoot)).isDirectory())
  .filter((name) => {
    try {
      return statSync(new URL(`${name}/article.json`, fixturesRoot)).isFile()
    } catch {
      return false
    }
  })
  .sort()

/**
 * Read a fixture article.
 *
 * @param name Fixture folder.
 * @returns The article.
 */
export function loadFixture(name: string): PublishedArticle {
  return JSON.parse(readFileSync(new URL(`${name}/article.json`, fixturesRoot), 'utf8')) as PublishedArticle
}

/**
 * A 1 MB article: the seed's paragraphs repeated until the body passes 1 MiB.
 *
 * @returns The article (no tags: offsets would be meaningless).
 */
export function bigArticle(): PublishedArticle {
  const seed = loadFixture('seed')
  const paragraphs: string[] = []
  let length = 0
  for (let index = 0; length < 1024 * 1024; index++) {
    const paragraph = seed.paragraphs[index % seed.paragraphs.length] ?? ''
    paragraphs.push(paragraph)
    length += paragraph.length + 2
  }
  const text = paragraphs.join('\n\n')
  return {
    ...seed,
    id: 'big-body',
    slug: 'big-body',
    title: 'A one-megabyte body',
    date: '2013-01-01T12:00:00+08:00',
    paragraphs,
    text,
    analysis: {...seed.analysis, entities: [], keyphrases: [], quotes: [], dates: [], numbers: [], wordCount: text.split(/\s+/).length}
  }
}

/** Every fixture article plus the 1 MB one. */
export function allArticles(): PublishedArticle[] {
  return [...fixtureNames.map((name) => loadFixture(name)), bigArticle()]
}
