#!/usr/bin/env node
// Build gold/keyphrases.jsonl from gold/keyphrases.source.json: each entry
// names a GMB document (Voice of America news, public domain), the first
// words of the story's first sentence and its number of sentences, and the
// keyphrases picked by hand (see gold/README.md).
//
//   node scripts/keyphrase-gold.js [gmb.jsonl] > gold/keyphrases.jsonl
import {readFileSync} from 'node:fs'

const source = process.argv[2] ?? '/work/shared/eval/ner/gmb.jsonl'
const docs = new Map(
  readFileSync(source, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line))
    .map((d) => [d.id, d])
)
const spec = JSON.parse(readFileSync(new URL('../gold/keyphrases.source.json', import.meta.url), 'utf8'))
const seen = new Map()
for (const entry of spec) {
  const doc = docs.get(entry.doc)
  if (!doc) throw new Error(`No document \`${entry.doc}\` in \`${source}\``)
  const sentences = doc.text.split('\n')
  const first = sentences.findIndex((s) => s.startsWith(entry.from))
  if (first < 0) throw new Error(`No sentence of \`${entry.doc}\` starts with \`${entry.from}\``)
  if (first + entry.sentences > sentences.length) throw new Error(`\`${entry.doc}\` has ${sentences.length - first} sentences from \`${entry.from}\`, not ${entry.sentences}`)
  const text = sentences.slice(first, first + entry.sentences).join('\n')
  for (const phrase of entry.keyphrases) if (!text.includes(phrase) && !text.toLowerCase().includes(phrase.toLowerCase().replace(/\s+/g, ' '))) process.stderr.write(`note: \`${phrase}\` is not written as such in ${entry.doc}\n`)
  const n = (seen.get(entry.doc) ?? 0) + 1
  seen.set(entry.doc, n)
  process.stdout.write(`${JSON.stringify({id: `${entry.doc}-${n}`, text, keyphrases: entry.keyphrases})}\n`)
}
