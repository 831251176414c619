#!/usr/bin/env node
// Keyphrase baselines for `pnpm eval --pred`: write predictions for a gold
// JSON Lines file with one of two simple methods.
//
//   node scripts/keyphrase-baselines.js frequent gold/keyphrases.jsonl > /tmp/frequent.jsonl
//   node scripts/keyphrase-baselines.js retext-keywords gold/keyphrases.jsonl > /tmp/keywords.jsonl
//   pnpm eval packages/tag/gold/keyphrases.jsonl --pred /tmp/frequent.jsonl
//
// `frequent`: the ten most frequent content words (lower-cased words that
// are not in the package's stop-word list; ties by first occurrence).
// `retext-keywords`: retext-keywords alone (on retext-english + retext-pos),
// its ten best keyphrases by score. Needs `pnpm build` (for the stop words).
import {readFileSync} from 'node:fs'
import retextEnglish from 'retext-english'
import retextKeywords from 'retext-keywords'
import retextPos from 'retext-pos'
import {toString as nlcstToString} from 'nlcst-to-string'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {stopWords} from '../dist/keyphrases/stop-words.js'

const [method, path] = process.argv.slice(2)
if (!path || (method !== 'frequent' && method !== 'retext-keywords')) {
  process.stderr.write('Usage: node scripts/keyphrase-baselines.js frequent|retext-keywords <gold.jsonl>\n')
  process.exit(2)
}
const docs = readFileSync(path, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line))
const processor = unified().use(retextEnglish).use(retextPos).use(retextKeywords, {maximum: 10})
for (const doc of docs) {
  let keyphrases
  if (method === 'frequent') {
    const counts = new Map()
    for (const match of doc.text.toLowerCase().matchAll(/\p{L}[\p{L}'’-]*/gu)) {
      const word = match[0].replace(/['’]s$/u, '')
      if (word.length < 2 || stopWords.has(word)) continue
      counts.set(word, (counts.get(word) ?? 0) + 1)
    }
    keyphrases = [...counts].sort((a, b) => b[1] - a[1]).slice(0, 10).map(([w]) => w)
  } else {
    const file = new VFile(doc.text)
    await processor.run(processor.parse(file), file)
    keyphrases = (file.data.keyphrases ?? [])
      .slice()
      .sort((a, b) => b.score - a.score)
      .slice(0, 10)
      .map((k) => nlcstToString(k.matches[0].nodes))
  }
  process.stdout.write(`${JSON.stringify({id: doc.id, entities: [], keyphrases})}\n`)
}
