#!/usr/bin/env node
// Write the held-out GMB documents (cleaned as for training) as gold JSON Lines:
//   node scripts/gmb-dev.js [gmb.jsonl] > gmb-dev.jsonl
import {readFileSync} from 'node:fs'
import {cleanGmb, isHeldOut} from './gmb.js'

const source = process.argv[2] ?? '/work/shared/eval/ner/gmb.jsonl'
const docs = readFileSync(source, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line))
for (const doc of cleanGmb(docs)) if (isHeldOut(doc.id)) process.stdout.write(JSON.stringify(doc) + '\n')
