#!/usr/bin/env node
// Write the held-out GMB documents (cleaned as for training) as gold JSON Lines:
//   node scripts/gmb-dev.js [gmb.jsonl] > gmb-dev.jsonl
import {readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {cleanGmb, isHeldOut} from './gmb.js'
import {organizations, places} from './ner-lists.js'

const require = createRequire(import.meta.url)
const {countries} = require('countries-list')

const source = process.argv[2] ?? '/work/shared/eval/ner/gmb.jsonl'
const docs = readFileSync(source, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line))
for (const doc of cleanGmb(docs, new Set([...places, ...Object.values(countries).map((c) => c.name)]), new Set(organizations))) if (isHeldOut(doc.id)) process.stdout.write(`${JSON.stringify(doc)}\n`)
