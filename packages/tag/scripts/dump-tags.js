#!/usr/bin/env node
// Write the tags of every text in JSON Lines files (or of the bench corpus
// sample) as JSON Lines, to compare the tagger's output before and after a
// change (after `pnpm build`).
//   node scripts/dump-tags.js OUT.jsonl [INPUT.jsonl ...] [--bench 300]
import {readFileSync, renameSync, writeFileSync} from 'node:fs'
import {parseArgs} from 'node:util'
import {articleAt} from '../../../bench/corpus.js'
import {tag} from '../dist/index.js'

const {values, positionals} = parseArgs({allowPositionals: true, options: {bench: {type: 'string', default: '0'}}})
const [out, ...sources] = positionals
if (!out) {
  process.stderr.write('Usage: node scripts/dump-tags.js OUT.jsonl [INPUT.jsonl ...] [--bench N]\n')
  process.exit(2)
}
const docs = []
for (const source of sources) {
  for (const [index, line] of readFileSync(source, 'utf8').split('\n').entries()) {
    if (line.trim() === '') continue
    const doc = JSON.parse(line)
    docs.push({id: `${source}#${doc.id ?? index}`, text: doc.text, date: doc.date})
  }
}
for (let i = 0; i < Number(values.bench); i++) {
  const {story} = articleAt(i, {seed: 42})
  docs.push({id: `bench#${i}`, text: story.paragraphs.join('\n\n'), date: story.date})
}
const lines = []
for (const doc of docs) {
  const {tags, file} = await tag(doc.text, doc.date ? {date: doc.date} : {})
  lines.push(JSON.stringify({id: doc.id, tags, messages: file.messages.map(String)}))
}
writeFileSync(`${out}.tmp`, `${lines.join('\n')}\n`)
renameSync(`${out}.tmp`, out)
