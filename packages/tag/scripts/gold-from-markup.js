#!/usr/bin/env node
// Turn inline-marked gold ("[[PER Li Xiaolin]] said ...", one document per
// line, `id<TAB>marked text`) into gold JSON Lines {id, text, entities}.
//   node scripts/gold-from-markup.js gold/entities.marked.tsv > gold/entities.jsonl
import {readFileSync} from 'node:fs'

const source = process.argv[2]
if (!source) {
  process.stderr.write('Usage: node scripts/gold-from-markup.js FILE.tsv > gold.jsonl\n')
  process.exit(2)
}
for (const line of readFileSync(source, 'utf8').split('\n')) {
  if (!line.trim() || line.startsWith('#')) continue
  const tab = line.indexOf('\t')
  const id = line.slice(0, tab)
  const marked = line.slice(tab + 1).replaceAll('\\n', '\n')
  let text = ''
  const entities = []
  let last = 0
  for (const match of marked.matchAll(/\[\[(PER|ORG|LOC) ([^\]]+)\]\]/g)) {
    text += marked.slice(last, match.index)
    const start = text.length
    text += match[2]
    entities.push({text: match[2], type: match[1], start, end: text.length})
    last = match.index + match[0].length
  }
  text += marked.slice(last)
  process.stdout.write(`${JSON.stringify({id, text, entities})}\n`)
}
