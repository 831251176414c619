import {fileURLToPath} from 'node:url'
import {rawArticleSchema} from '@copydesk/schema'
import {describe, expect, it} from 'vitest'
import {detectFormat, ingest} from '../src/index.js'

describe('detectFormat', () => {
  it('trusts .txt and .md, sniffs the rest', () => {
    expect(detectFormat('<rss>', 'story.txt')).toBe('text')
    expect(detectFormat('<p>x</p>', 'story.md')).toBe('markdown')
    expect(detectFormat('<?xml version="1.0"?>\n<!-- feed -->\n<rss version="2.0">', 'feed.xml')).toBe('rss')
    expect(detectFormat('<?xml version="1.0"?><rdf:RDF xmlns:rdf="x">', 'feed')).toBe('rdf')
    expect(detectFormat('<feed xmlns="http://www.w3.org/2005/Atom">', 'releases.atom')).toBe('atom')
    expect(detectFormat('<?xml version="1.0"?><catalog/>', 'data.xml')).toBeUndefined()
    expect(detectFormat('<!DOCTYPE html><html>', undefined)).toBe('html')
    expect(detectFormat('{"version": "https://jsonfeed.org/version/1.1", "items": []}', 'feed.json')).toBe('jsonfeed')
    expect(detectFormat('{"title": "x"}', 'a.json')).toBe('json')
    expect(detectFormat('{"a": 1}\n{"a": 2}', 'a.jsonl')).toBe('json')
    expect(detectFormat('---\ntitle: x\n---\nBody', 'story')).toBe('markdown')
    expect(detectFormat('BEIJING, March 5 (Xinhua) -- Text.', 'wire.eml')).toBe('text')
  })
})

describe('ingest: a folder with one file of each format, good and broken', () => {
  it('reads every good article and names every bad file with a reason', async () => {
    const cwd = fileURLToPath(new URL('.', import.meta.url))
    const {articles, files} = await ingest(['fixtures/*/input.*'], {cwd})
    for (const article of articles) expect(rawArticleSchema.parse(article)).toEqual(article)
    const formats = new Set(articles.map((article) => article.source.format))
    expect([...formats].sort()).toEqual(['atom', 'html', 'json', 'jsonfeed', 'markdown', 'rdf', 'rss', 'text'])
    const failed = files.filter((file) => file.messages.some((message) => message.fatal)).map((file) => file.path)
    expect(failed).toEqual([
      'fixtures/html-no-text/input.html',
      'fixtures/json-array-wordpress/input.json',
      'fixtures/json-malformed/input.json',
      'fixtures/jsonl-lines/input.jsonl',
      'fixtures/markdown-bad-yaml/input.md',
      'fixtures/xml-entity-bomb/input.xml',
      'fixtures/xml-malformed/input.rss'
    ])
    for (const file of files) for (const message of file.messages) expect(message.reason).toMatch(/[:;] /)
  })
})
