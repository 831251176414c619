import {readFileSync} from 'node:fs'
import {test} from 'vitest'
import {tag} from '../src/index.js'
import {emptyScore, scoreQuotes} from './quote-score.js'
test('x', async () => {
  for (const line of readFileSync('gold/quotes.jsonl', 'utf8').trim().split('\n')) {
    const doc = JSON.parse(line)
    if (Number(doc.id.slice(1)) <= 25) continue
    const {tags} = await tag(doc.text)
    for (const k of ['direct', 'partial', 'indirect'] as const) {
      const s = emptyScore()
      scoreQuotes(k, doc.quotes, tags.quotes, s)
      for (const m of s.misses) console.log('MISS', doc.id, k, m.why, JSON.stringify(m.gold?.text?.slice(0, 40)), m.gold?.speaker, '| pred:', JSON.stringify(m.predicted?.text?.slice(0, 40)), m.predicted?.speaker, '|', m.predicted?.cue)
    }
  }
})
