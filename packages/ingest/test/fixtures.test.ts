import {readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {read} from '../src/index.js'

const root = new URL('fixtures/', import.meta.url)
const cases = readdirSync(root, {withFileTypes: true})
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort()

describe('fixtures (UPDATE=1 regenerates expected.json)', () => {
  for (const name of cases) {
    it(name, () => {
      const folder = new URL(`${name}/`, root)
      const input = readdirSync(folder).find((file) => file.startsWith('input.'))
      expect(input, `fixture ${name} has an input.* file`).toBeDefined()
      const bytes = readFileSync(new URL(input as string, folder))
      const {file, articles} = read(bytes, {path: `${name}/${input}`})
      const actual = {articles, messages: file.messages.map((message) => `${message.line ?? 0}:${message.column ?? 0} ${message.fatal ? 'error' : message.fatal === false ? 'warning' : 'info'} ${message.ruleId}: ${message.reason}`)}
      const expectedUrl = new URL('expected.json', folder)
      if (process.env.UPDATE) writeFileSync(expectedUrl, `${JSON.stringify(actual, null, 2)}\n`)
      expect(actual).toEqual(JSON.parse(readFileSync(expectedUrl, 'utf8')))
    })
  }
})
