import {it} from 'vitest'
import {readHtml, readJson, readFeed, readMarkdown} from '../src/index.js'
it('deep', () => {
  for (const n of [1000, 10000, 100000]) {
    for (const [name, fn, text] of [
      ['html', readHtml, '<div>'.repeat(n) + '<p>x</p>'],
      ['json', readJson, '['.repeat(n) + ']'.repeat(n)],
      ['jsonobj', readJson, '{"body":"x","a":' + '['.repeat(n) + ']'.repeat(n) + '}'],
      ['xml', readFeed, '<rss><channel><item><description>' + '<a>'.repeat(n) + '</description></item></channel></rss>'],
      ['md', readMarkdown, '> '.repeat(n) + 'x'],
      ['mdlist', readMarkdown, Array.from({length: Math.min(n, 3000)}, (_, i) => ' '.repeat(i * 2) + '- x').join('\n')]
    ] as const) {
      const t = Date.now()
      try { const r = fn(text as string); console.log(name, n, r.articles.length, r.file.messages.map(m => m.reason.slice(0, 60)), Date.now() - t) } catch (e) { console.log(name, n, 'THROW', String(e).slice(0, 100), Date.now() - t) }
    }
  }
})
