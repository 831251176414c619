import {readFileSync} from 'node:fs'
import {unified} from 'unified'
import retextEnglish from 'retext-english'
import retextPos from 'retext-pos'
import {VFile} from 'vfile'
import {test} from 'vitest'
import {retextQuotes, tag} from '../src/index.js'
import {emptyScore, f1, scoreQuotes} from './quote-score.js'
const bare = unified().use(retextEnglish).use(retextPos).use(retextQuotes).freeze()
test('x', async () => {
  const kinds = ['direct', 'partial', 'indirect'] as const
  for (const mode of ['ner', 'bare']) {
    for (const part of ['dev', 'holdout']) {
      const scores = {direct: emptyScore(), partial: emptyScore(), indirect: emptyScore()}
      for (const line of readFileSync('gold/quotes.jsonl', 'utf8').trim().split('\n')) {
        const doc = JSON.parse(line)
        if (part === 'dev' ? Number(doc.id.slice(1)) > 25 : Number(doc.id.slice(1)) <= 25) continue
        let quotes
        if (mode === 'ner') quotes = (await tag(doc.text)).tags.quotes
        else { const f = new VFile(doc.text); await bare.run(bare.parse(f), f); quotes = f.data.quotes ?? [] }
        for (const k of kinds) scoreQuotes(k, doc.quotes, quotes, scores[k])
      }
      console.log(mode, part, kinds.map((k) => `${k} ${scores[k].truePositives}/${scores[k].predicted}/${scores[k].gold} F1 ${f1(scores[k]).toFixed(3)} spk ${(scores[k].speakerRight / scores[k].truePositives).toFixed(3)}`).join(' | '))
    }
  }
})
