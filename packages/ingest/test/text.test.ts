import {createHash} from 'node:crypto'
import {readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {rawArticleSchema} from '@copydesk/schema'
import {describe, expect, it} from 'vitest'
import {ingest, readText} from '../src/index.js'

const seedUrl = new URL('fixtures/text-seed/input.txt', import.meta.url)
const seedBytes = readFileSync(seedUrl)
const seedText = seedBytes.toString('utf8')

describe('readText', () => {
  it('keeps the seed wire copy as it is, trailer lines included', () => {
    const {file, articles} = readText(seedBytes, {path: 'seed.txt'})
    expect(file.messages).toEqual([])
    expect(articles).toHaveLength(1)
    const [article] = articles
    expect(rawArticleSchema.parse(article)).toEqual(article)
    expect(article?.text).toBe(seedText)
    expect(article?.text.endsWith('chengguangjin@chinadaily.com.cn\n(China Daily 03/20/2012 page11)')).toBe(true)
    expect(article?.meta).toEqual({})
    expect(article?.source).toEqual({
      path: 'seed.txt',
      format: 'text',
      byteLength: seedBytes.length,
      sha256: createHash('sha256').update(seedBytes).digest('hex'),
      encoding: 'utf-8'
    })
  })

  it('reads a string, hashing its UTF-8 bytes, with `<string>` as the path', () => {
    const {articles} = readText('Headline\n\nBody.')
    expect(articles[0]?.source.path).toBe('<string>')
    expect(articles[0]?.source.byteLength).toBe(15)
    expect(articles[0]?.source.sha256).toBe(createHash('sha256').update('Headline\n\nBody.').digest('hex'))
  })

  it('normalizes CRLF and lone CR line endings', () => {
    const {articles} = readText(Buffer.from('One\r\nTwo\rThree\n'))
    expect(articles[0]?.text).toBe('One\nTwo\nThree\n')
  })

  it('reports an empty source as an error instead of an article', () => {
    const {file, articles} = readText(new Uint8Array(), {path: 'empty.txt'})
    expect(articles).toEqual([])
    expect(file.messages.map((message) => [message.ruleId, message.fatal])).toEqual([['empty', true]])
    expect(file.messages[0]?.reason).toMatch(/Empty text source \(0 bytes\)/)
  })
})

describe('ingest (text)', () => {
  it('reads the seed from a path, with provenance', async () => {
    const cwd = fileURLToPath(new URL('fixtures/', import.meta.url))
    const {articles, files} = await ingest(['text-seed/input.txt'], {cwd})
    expect(files.map((file) => [file.path, file.messages.length])).toEqual([['text-seed/input.txt', 0]])
    expect(articles).toHaveLength(1)
    expect(articles[0]?.text).toBe(seedText)
    expect(articles[0]?.source).toMatchObject({path: 'text-seed/input.txt', format: 'text', byteLength: seedBytes.length})
  })

  it('reads a string source', async () => {
    const {articles} = await ingest([{value: 'WASHINGTON (AP) — Lawmakers met.'}])
    expect(articles[0]?.text).toBe('WASHINGTON (AP) — Lawmakers met.')
    expect(articles[0]?.source.format).toBe('text')
  })

  it('names a path that does not exist and goes on', async () => {
    const cwd = fileURLToPath(new URL('fixtures/', import.meta.url))
    const {articles, files} = await ingest(['missing.txt', 'text-seed/input.txt'], {cwd})
    expect(articles).toHaveLength(1)
    expect(files[0]?.path).toBe('missing.txt')
    expect(files[0]?.messages[0]).toMatchObject({ruleId: 'not-found', fatal: true, source: 'copydesk-ingest'})
    expect(files[0]?.messages[0]?.reason).toBe('No file or folder `missing.txt`: check the path')
  })
})
