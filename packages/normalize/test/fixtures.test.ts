import {existsSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {articleSchema, type RawArticle} from '@copydesk/schema'
import {describe, expect, it} from 'vitest'
import {cleanText, type NormalizeOptions, normalize} from '../src/index.js'
import {messages, rawText} from './helpers.js'

const root = new URL('fixtures/', import.meta.url)
const cases = readdirSync(root, {withFileTypes: true})
  .filter((entry) => entry.isDirectory() && entry.name !== 'seed')
  .map((entry) => entry.name)
  .sort()

describe('fixtures', () => {
  for (const name of cases) {
    it(name, () => {
      const folder = new URL(`${name}/`, root)
      const read = (file: string) => readFileSync(new URL(file, folder), 'utf8')
      const options: NormalizeOptions = existsSync(new URL('options.json', folder)) ? JSON.parse(read('options.json')) : {}
      const raw: RawArticle = existsSync(new URL('input.json', folder)) ? JSON.parse(read('input.json')) : rawText(read('input.txt'), `${name}/input.txt`)
      const {article, file} = normalize(raw, options)
      if (article) articleSchema.parse(article)
      // Every extracted item points at its own text in the raw input.
      for (const item of article?.extracted ?? []) {
        const slice = raw.text.slice(item.position.start.offset, item.position.end.offset)
        expect(cleanText(slice, options.quotes ? {quotes: options.quotes} : {}).value).toBe(item.text)
      }
      const actual = {article: article ?? null, messages: messages(file)}
      const expectedUrl = new URL('expected.json', folder)
      if (process.env.UPDATE || !existsSync(expectedUrl)) writeFileSync(expectedUrl, `${JSON.stringify(actual, null, 2)}\n`)
      expect(actual).toEqual(JSON.parse(read('expected.json')))
    })
  }
})
