import {readFileSync} from 'node:fs'
import {test} from 'vitest'
import {tag} from '../src/index.js'
import {emptyScore, f1, scoreQuotes} from './quote-score.js'
test('x', async () => {
  const kinds = ['direct', 'partial', 'indirect'] as const
  const scores = {direct: emptyScore(), partial: emptyScore(), indirect: emptyScore()}
  for (const line of readFileSync('gold/quotes.jsonl', 'utf8').trim().split('\n')) {
    const doc = JSON.parse(line)
    const {tags} = await tag(doc.text)
    for (const k of kinds) scoreQuotes(k, doc.quotes, tags.quotes, scores[k])
    for (const k of kinds) for (const m of scores[k].misses.splice(0)) console.log(doc.id, k, m.why, JSON.stringify(m.gold?.text?.slice(0, 50)), m.gold?.speaker, '| pred:', JSON.stringify(m.predicted?.text?.slice(0, 50)), m.predicted?.speaker, m.predicted?.cue)
  }
  for (const k of kinds) console.log(k, scores[k].truePositives, scores[k].predicted, scores[k].gold, 'F1', f1(scores[k]).toFixed(3), 'speaker', (scores[k].speakerRight / scores[k].truePositives).toFixed(3))
})
