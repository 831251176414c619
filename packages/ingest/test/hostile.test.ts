import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {read, readFeed, readHtml, readJson, readMarkdown, readText} from '../src/index.js'

const fatal = (messages: ReadonlyArray<{fatal?: boolean | null | undefined}>) => messages.some((message) => message.fatal === true)

describe('hostile input', () => {
  it('refuses deeply nested XML before parsing it', () => {
    const {file, articles} = readFeed(`<rss><channel><item><description>${'<a>'.repeat(100_000)}</description></item></channel></rss>`)
    expect(articles).toEqual([])
    expect(file.messages[0]).toMatchObject({ruleId: 'xml-too-deep', fatal: true, line: 1})
  })

  it('never expands entities or reads external ones (billion laughs, XXE)', () => {
    const xxe = '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><rss version="2.0"><channel><item><title>&xxe;</title><description>x</description></item></channel></rss>'
    const {file, articles} = readFeed(xxe)
    expect(articles).toEqual([])
    expect(file.messages.map((message) => message.ruleId)).toEqual(['xml-doctype-entities', 'xml-malformed'])
    expect(String(file.value)).toContain('&xxe;')
    expect(JSON.stringify(file.messages)).not.toContain('root:')
  })

  it('flattens deeply nested HTML and still reads its text', () => {
    const {file, articles} = readHtml(`<main>${'<div>'.repeat(300)}<p>Deep text.</p></main>`)
    expect(articles[0]?.text).toBe('Deep text.')
    expect(file.messages.map((message) => message.ruleId)).toEqual(['html-too-deep'])
  })

  it('reads the text of HTML too deep to parse at all', () => {
    const {file, articles} = readHtml(`<main>${'<div>'.repeat(100_000)}<p>Deep &amp; dark.</p><script>x()</script></main>`)
    expect(articles[0]?.text).toBe('Deep & dark.')
    expect(file.messages.map((message) => [message.ruleId, message.fatal])).toEqual([['html-unparsable', false]])
  })

  it('reads deeply nested Markdown as plain text instead of hanging', () => {
    const body = Array.from({length: 400}, (_, index) => `${' '.repeat(index * 2)}- item ${index}`).join('\n')
    const {file, articles} = readMarkdown(`---\ntitle: Deep\n---\n${body}`)
    expect(articles[0]?.text.startsWith('- item 0\n\n- item 1')).toBe(true)
    expect(file.messages[0]).toMatchObject({ruleId: 'markdown-too-deep', line: 28})
  })

  it('maps a record next to deeply nested JSON', () => {
    const {articles} = readJson(`{"title": "T", "body": "Text.", "extra": ${'['.repeat(50_000)}${']'.repeat(50_000)}}`)
    expect(articles[0]).toMatchObject({text: 'Text.', meta: {title: 'T'}})
  })

  it('replaces lone surrogates in string sources', () => {
    const {file, articles} = readText('Emoji cut in half: \uD83D.')
    expect(articles[0]?.text).toBe('Emoji cut in half: \uFFFD.')
    expect(file.messages[0]).toMatchObject({ruleId: 'encoding-invalid', line: 1, column: 20})
  })

  it('treats NUL bytes as binary whatever the extension', () => {
    for (const path of ['a.txt', 'a.md', 'a.html', 'a.json', 'a.xml']) {
      const {file, articles} = read(Uint8Array.from([0x7b, 0x00, 0x7d]), {path})
      expect(articles).toEqual([])
      expect(file.messages[0]?.ruleId).toBe('binary')
    }
  })
})

describe('any bytes give articles or positioned messages, never a throw (property)', () => {
  const readers = {readText, readMarkdown, readHtml, readJson, readFeed, read}
  const markupish = fc.array(fc.oneof(fc.string(), fc.string({unit: 'binary'}), fc.constantFrom('<rss version="2.0">', '<channel>', '<item>', '</item>', '<feed xmlns="http://www.w3.org/2005/Atom">', '<entry>', '<content type="html">', '<![CDATA[', ']]>', '&amp;', '&nbsp;', '&x;', '<p>', '<article>', '{"title":', '"body":', '[', ']', '}', '\n', '---\n', '<?xml version="1.0"?>', '<!DOCTYPE x [<!ENTITY a "b">]>')), {maxLength: 30})
  const inputs = fc.oneof(fc.uint8Array({maxLength: 512}), markupish.map((parts) => parts.join('')))
  for (const [name, reader] of Object.entries(readers)) {
    it(name, () => {
      fc.assert(
        fc.property(inputs, fc.constantFrom('a.txt', 'a.md', 'a.html', 'a.json', 'a.jsonl', 'a.xml', 'a'), (value, path) => {
          const {file, articles} = reader(value, {path})
          expect(articles.length > 0 || file.messages.length > 0).toBe(true)
          for (const article of articles) {
            expect(article.text.trim()).not.toBe('')
            expect(Buffer.from(article.text).toString()).toBe(article.text)
          }
          for (const message of file.messages) {
            expect(message.source).toBe('copydesk-ingest')
            expect(message.reason).not.toBe('')
          }
          if (articles.length === 0) expect(fatal(file.messages) || file.messages.length > 0).toBe(true)
        }),
        {numRuns: 200}
      )
    })
  }
})
