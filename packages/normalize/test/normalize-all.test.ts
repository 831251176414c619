import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {normalizeAll} from '../src/index.js'
import {messages, rawText} from './helpers.js'

const seed = readFileSync(new URL('fixtures/seed/input.txt', import.meta.url), 'utf8')
const story = (lead: string) => `Storm closes schools\n\n${lead} Officials said the storm would pass by Friday.\nBus services were suspended across the region until further notice.`

describe('normalizeAll', () => {
  it('keeps one of two exact duplicates and names both', () => {
    const {articles, files} = normalizeAll([rawText(seed, 'a.txt'), rawText(`${seed}\n`, 'b.txt')])
    expect(articles).toHaveLength(1)
    expect(articles[0]?.source.path).toBe('a.txt')
    expect(files).toHaveLength(2)
    const [dropped] = messages(files[1] as never).filter((message) => message.includes('duplicate'))
    expect(dropped).toMatch(/warning duplicate: Dropped `cd-[0-9a-f]{16}` \(`b\.txt`\): the same text as `cd-[0-9a-f]{16}` \(`a\.txt`\)/)
    expect(messages(files[0] as never).some((message) => message.includes('Kept') && message.includes('b.txt'))).toBe(true)
  })

  it('detects the same wire story from two feeds with a credit line more as a near duplicate', () => {
    const one = rawText(seed, 'feed-a.txt', {publisher: 'China Daily'})
    const other = rawText(seed.replace('page11)', 'page11)\n\nCopyright China Daily. All rights reserved.').replace('said on Monday', 'said Monday'), 'feed-b.txt', {publisher: 'China Daily USA'})
    const {articles, files} = normalizeAll([one, other])
    expect(articles.map((article) => article.source.path)).toEqual(['feed-a.txt'])
    expect(messages(files[1] as never).join('\n')).toMatch(/nearly the same text \(\d+% of word sequences\)/)
  })

  it('keeps different stories and makes their slugs unique', () => {
    const {articles, files} = normalizeAll([
      rawText(story('Heavy snow shut every school in the county on Tuesday.'), 'one.txt'),
      rawText(story('Flooding closed two schools near the river on Wednesday, and parents were told to keep children at home.'), 'two.txt')
    ])
    expect(articles.map((article) => article.slug)).toEqual(['storm-closes-schools', 'storm-closes-schools-2'])
    expect(messages(files[1] as never)).toContain(
      '1:1 warning slug-collision: The slug `storm-closes-schools` is taken by an earlier article in this run: used `storm-closes-schools-2`; give a `slug` to choose one'
    )
  })

  it('keeps the first of two different texts that share a given id', () => {
    const {articles, files} = normalizeAll([
      rawText(story('Heavy snow shut every school in the county on Tuesday.'), 'one.txt', {id: 'urn:x:1'}),
      rawText(story('Flooding closed two schools near the river on Wednesday, and parents were told to keep children at home.'), 'two.txt', {id: 'urn:x:1'})
    ])
    expect(articles.map((article) => article.source.path)).toEqual(['one.txt'])
    expect(messages(files[1] as never).join('\n')).toContain('the same id as `urn:x:1` (`one.txt`)')
  })

  it('returns a file for every input, an article only for usable ones', () => {
    const {articles, files} = normalizeAll([rawText('', 'empty.txt'), rawText(seed, 'seed.txt')])
    expect(files.map((file) => file.path)).toEqual(['empty.txt', 'seed.txt'])
    expect(articles.map((article) => article.source.path)).toEqual(['seed.txt'])
  })
})
