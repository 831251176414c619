import {readFileSync} from 'node:fs'
import {test} from 'vitest'
import {tag} from '../src/index.js'
test('x', async () => {
  const lines = readFileSync('/work/shared/eval/ner/gmb.jsonl', 'utf8').trim().split('\n')
  let n = 0
  for (const l of lines) {
    const {text} = JSON.parse(l)
    if (!/\n"|^"/.test(text)) continue
    const {tags} = await tag(text)
    for (const q of tags.quotes.filter(q => q.kind === 'direct')) {
      n++
      console.log('Q', JSON.stringify(text.slice(Math.max(0, q.start - 1), q.end + 60)).slice(0, 160), '=>', q.speaker, '|', q.cue)
    }
  }
  console.log('total direct', n)
}, 600000)
