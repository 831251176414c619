import {readFileSync} from 'node:fs'
import {test} from 'vitest'
import {tag} from '../src/index.js'
test('x', async () => {
  const doc = readFileSync('gold/quotes.jsonl', 'utf8').trim().split('\n').map(l => JSON.parse(l)).find(d => d.id === 'q25')
  const {tags} = await tag(doc.text)
  console.log(JSON.stringify(tags.entities.map(e => [e.name, e.type, e.id, e.mentions.map(m => m.text)])))
})
