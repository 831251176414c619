import {readFileSync} from 'node:fs'
import {articleSchema} from '@copydesk/schema'
import {describe, expect, it} from 'vitest'
import {normalize} from '../src/index.js'
import {rawText} from './helpers.js'

const folder = new URL('fixtures/seed/', import.meta.url)
const text = readFileSync(new URL('input.txt', folder), 'utf8')
const expected = JSON.parse(readFileSync(new URL('seed.expected.json', folder), 'utf8')).article

describe('the seed article', () => {
  const {article, file} = normalize(rawText(text, '000_b7608c04dfb86d9d.txt'))

  it('gives the fields of seed.expected.json', () => {
    expect(article).toBeDefined()
    if (!article) return
    expect(articleSchema.parse(article)).toEqual(article)
    expect(article.title).toBe(expected.title)
    expect(article.titleDerived).toBe(true)
    expect(article.publisher).toBe(expected.publisher)
    expect(article.editionDate).toBe(expected.editionDate)
    expect(article.date).toBe(expected.editionDate)
    expect(article.page).toBe(expected.page)
    expect(article.timeZone).toBe(expected.timeZone)
    expect(article.authors).toEqual([{email: expected.authorEmail}])
    expect(article.language).toBe(expected.language)
    expect(article.paragraphs).toHaveLength(expected.paragraphCount)
    expect(article.text).toBe(article.paragraphs.join('\n\n'))
    for (const gone of expected.bodyMustNotContain) expect(article.text).not.toContain(gone)
  })

  it('keeps the text as written (straight apostrophes, every paragraph a line of the source)', () => {
    expect(article?.paragraphs).toEqual(text.split('\n').slice(0, 15))
    expect(article?.text).toContain("Chinese People's Association for Friendship with Foreign Countries")
  })

  it('records the removed lines with their positions in the raw text', () => {
    expect(article?.extracted.map(({kind, text}) => [kind, text])).toEqual([
      ['email', 'chengguangjin@chinadaily.com.cn'],
      ['source-line', '(China Daily 03/20/2012 page11)']
    ])
    for (const item of article?.extracted ?? []) {
      const {start, end} = item.position
      expect(text.slice(start.offset, end.offset)).toBe(item.text)
      expect(text.split('\n')[start.line - 1]?.slice(start.column - 1, end.column - 1)).toBe(item.text)
    }
  })

  it('has a stable id and a readable slug', () => {
    expect(article?.id).toMatch(/^cd-[0-9a-f]{16}$/)
    expect(article?.slug).toMatch(/^regional-cooperation-between-china-and-japan/)
    const retitled = normalize(rawText(text, 'elsewhere/seed.txt', {title: 'Another headline', url: 'https://example.com/x'}))
    expect(retitled.article?.id).toBe(article?.id)
    expect(retitled.article?.slug).toBe('another-headline')
  })

  it('reports each change as a positioned message, in text order', () => {
    expect(file.messages.map((message) => [message.ruleId, message.line, message.source])).toEqual([
      ['headline', 1, 'copydesk-normalize'],
      ['email', 16, 'copydesk-normalize'],
      ['source-line', 17, 'copydesk-normalize'],
      ['date', 17, 'copydesk-normalize']
    ])
  })
})
