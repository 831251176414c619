import {describe, expect, it} from 'vitest'
import {read, readFeed, readJson} from '../src/index.js'

const rss = (items: number) => `<rss version="2.0"><channel><title>T</title>${'<item><title>I</title><description>Text.</description></item>'.repeat(items)}</channel></rss>`

describe('feeds and records', () => {
  it('reads at most `maxItems` items and says so', () => {
    const {file, articles} = readFeed(rss(5), {maxItems: 3})
    expect(articles.map((article) => article.source.index)).toEqual([0, 1, 2])
    expect(file.messages.map((message) => message.ruleId)).toEqual(['too-many-items'])
    const json = readJson(JSON.stringify([{body: 'a'}, {body: 'b'}]), {maxItems: 1})
    expect(json.articles).toHaveLength(1)
    expect(json.file.messages[0]?.reason).toMatch(/^The JSON holds 2 records, more than the limit of 1/)
  })

  it('names an unknown feed root with its place', () => {
    const {file} = readFeed('<?xml version="1.0"?>\n<catalog><book/></catalog>')
    expect(file.messages[0]).toMatchObject({ruleId: 'feed-unknown', line: 2, fatal: true})
  })

  it('reports XML that is not a feed as an unknown format', () => {
    const {file, articles} = read('<?xml version="1.0"?><catalog/>', {path: 'books.xml'})
    expect(articles).toEqual([])
    expect(file.messages[0]?.ruleId).toBe('unknown-format')
  })

  it('warns when a file with an unknown extension was read from its content', () => {
    const {file, articles} = read('PARIS (AFP) - Text.', {path: 'story.eml'})
    expect(articles[0]?.source.format).toBe('text')
    expect(file.messages.map((message) => message.ruleId)).toEqual(['unknown-extension'])
  })

  it('prefers content:encoded and keeps the description as the summary', () => {
    const feed = '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>T</title><item><title>A &amp; B</title><description>Short.</description><content:encoded><![CDATA[<p>Long one.</p><p>Long two.</p>]]></content:encoded></item></channel></rss>'
    const {articles} = readFeed(feed)
    expect(articles[0]).toMatchObject({text: 'Long one.\n\nLong two.', meta: {title: 'A & B', summary: 'Short.'}})
  })
})
