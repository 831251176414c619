import {readFileSync} from 'node:fs'
import {format} from 'node:util'
import {expect, it} from 'vitest'
import * as api from '../src/index.js'

it('the README example prints what the README says', () => {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')
  const code = /## Use\n\n```js\n([\s\S]*?)```/.exec(readme)?.[1] ?? ''
  const shown = /Yields:\n\n```txt\n([\s\S]*?)```/.exec(readme)?.[1] ?? ''
  const lines: string[] = []
  const body = code.replace(/^import \{(.+)\} from '@copydesk\/normalize'$/m, 'const {$1} = api')
  new Function('api', 'console', body)(api, {log: (...values: unknown[]) => lines.push(format(...values))})
  expect(code).toContain("from '@copydesk/normalize'")
  expect(`${lines.join('\n')}\n`).toBe(shown)
})
