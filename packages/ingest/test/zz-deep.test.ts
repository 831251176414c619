import {appendFileSync} from 'node:fs'
import {it} from 'vitest'
import {readFeed, readHtml, readJson, readMarkdown} from '../src/index.js'

const log = (value: unknown) => appendFileSync('/tmp/deep.out', `${JSON.stringify(value)}\n`)
it('deep', () => {
  for (const n of (process.env.DEPTHS ?? '1000').split(',').map(Number)) {
    const cases: Array<[string, typeof readHtml, string]> = [
      ['html', readHtml, `${'<div>'.repeat(n)}<p>x</p>`],
      ['json', readJson, `${'['.repeat(n)}${']'.repeat(n)}`],
      ['jsonobj', readJson, `{"body":"x","a":${'['.repeat(n)}${']'.repeat(n)}}`],
      ['xml', readFeed, `<rss><channel><item><description>${'<a>'.repeat(n)}</description></item></channel></rss>`],
      ['md', readMarkdown, `${'> '.repeat(n)}x`],
      ['mdlist', readMarkdown, Array.from({length: Math.min(n, 3000)}, (_, i) => `${' '.repeat(i * 2)}- x`).join('\n')]
    ]
    for (const [name, fn, text] of cases) {
      if (process.env.ONLY && process.env.ONLY !== name) continue
      const t = Date.now()
      log(['start', name, n])
      try {
        const r = fn(text)
        log([name, n, r.articles.length, r.file.messages.map((m) => m.reason.slice(0, 60)), Date.now() - t])
      } catch (e) {
        log([name, n, 'THROW', String(e).slice(0, 100), Date.now() - t])
      }
    }
  }
})
