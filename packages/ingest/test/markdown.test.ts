import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {readMarkdown} from '../src/index.js'

describe('readMarkdown', () => {
  it('refuses a YAML alias bomb with a positioned error', () => {
    const bomb = ['---', 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]', 'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]', 'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]', 'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]', 'e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]', 'f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]', '---', '', 'Body.'].join('\n')
    const {file, articles} = readMarkdown(bomb, {path: 'bomb.md'})
    expect(articles).toEqual([])
    expect(file.messages[0]).toMatchObject({ruleId: 'front-matter-yaml', fatal: true, line: 2})
    expect(file.messages[0]?.reason).toMatch(/alias/i)
  })

  it('reads custom YAML tags as plain values with a warning, never running them', () => {
    const {file, articles} = readMarkdown('---\ntitle: !!js/function "function () {}"\n---\n\nBody.')
    expect(articles[0]?.meta.title).toBe('function () {}')
    expect(file.messages.map((message) => [message.ruleId, message.line])).toEqual([['front-matter-yaml-warning', 2]])
  })

  it('reports a field of the wrong type at its key and keeps the rest', () => {
    const {file, articles} = readMarkdown('---\ntitle: Fine\ntags:\n  nested: {a: 1}\n---\n\nBody.')
    expect(articles[0]?.meta).toEqual({title: 'Fine'})
    expect(file.messages[0]).toMatchObject({ruleId: 'front-matter-field', line: 3, fatal: false})
    expect(file.messages[0]?.reason).toBe('Cannot use `tags` as the tags: expected a string or a list of strings, got an object; fix the value or remove the key')
  })

  it('reads a hard line break (two trailing spaces or a backslash) as a space between words', () => {
    const {articles} = readMarkdown('# Title\n\nThe mayor spoke  \nto reporters and *then*\\\nleft.\n')
    expect(articles[0]?.text).toBe('The mayor spoke to reporters and then left.')
  })

  it('reports unclosed front matter and front matter that is not a mapping', () => {
    expect(readMarkdown('---\ntitle: x\n\nBody').file.messages[0]).toMatchObject({ruleId: 'front-matter-unclosed', fatal: true})
    expect(readMarkdown('---\n- a\n- b\n---\nBody').file.messages[0]).toMatchObject({ruleId: 'front-matter-not-mapping', fatal: true})
    expect(readMarkdown('+++\ntitle = \n+++\nBody').file.messages[0]).toMatchObject({ruleId: 'front-matter-toml', fatal: true, line: 2})
  })

  it('keeps claimed slugs and ids as written (publish decides where files go)', () => {
    const {articles} = readMarkdown('---\nslug: ../../etc/passwd\nid: /etc/shadow\n---\n\nBody.')
    expect(articles[0]?.meta).toEqual({slug: '../../etc/passwd', id: '/etc/shadow'})
  })

  it('strips control characters that YAML escapes bring into fields, with a warning at the key', () => {
    const {file, articles} = readMarkdown('---\ntitle: Title\nid: "pwned\\0.json"\nslug: "\\u0000"\ntags: ["a\\x01", "\\x02"]\n---\n\nBody.')
    expect(articles[0]?.meta).toEqual({title: 'Title', id: 'pwned.json', tags: ['a']})
    expect(file.messages.filter((message) => message.ruleId === 'front-matter-field').map((message) => message.line).sort()).toEqual([3, 4, 5])
  })

  it('reports front matter with no body', () => {
    const {file, articles} = readMarkdown('---\ntitle: Only a title\n---\n')
    expect(articles).toEqual([])
    expect(file.messages[0]).toMatchObject({ruleId: 'empty-body', line: 4})
  })

  it('turns any text into an article with one-line paragraphs or a fatal message (property)', () => {
    const markdownish = fc.array(fc.oneof(fc.string(), fc.constantFrom('---', '+++', '```\n', '    code\n', '# ', '> ', '- ', '\n', '\n\n', '`', '*', 'title: x', '&a', '*a', '<div>', '|a|b|')), {maxLength: 40})
    fc.assert(
      fc.property(markdownish, (parts) => {
        const {file, articles} = readMarkdown(parts.join(''))
        expect(articles.length === 1 || file.messages.some((message) => message.fatal)).toBe(true)
        for (const article of articles) {
          for (const paragraph of article.text.split('\n\n')) {
            expect(paragraph.trim()).not.toBe('')
            expect(paragraph).not.toMatch(/\n/)
          }
        }
        for (const message of file.messages) expect(message.line ?? 1).toBeGreaterThan(0)
      }),
      {numRuns: 300}
    )
  })
})
