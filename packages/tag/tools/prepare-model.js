// Write dist/ner.prepared.bin: the entity model (models/ner.json and
// models/ner.weights) with its feature table and gazetteer computed, so a
// process loads it as typed arrays instead of building maps and sets (see
// src/entities/prepared-model.ts). Run by `build`, after tsc; the output
// depends only on the two model files.
//   node tools/prepare-model.js
import {readFileSync, renameSync, writeFileSync} from 'node:fs'
import {parseModel} from '../dist/entities/model.js'
import {prepareModel} from '../dist/entities/prepared-model.js'

const json = readFileSync(new URL('../models/ner.json', import.meta.url))
const weights = readFileSync(new URL('../models/ner.weights', import.meta.url))
const bytes = prepareModel(parseModel(json.toString('utf8'), () => weights), {json, weights})
const out = new URL('../dist/ner.prepared.bin', import.meta.url)
const temporary = new URL(`../dist/ner.prepared.bin.${process.pid}.tmp`, import.meta.url)
writeFileSync(temporary, bytes)
renameSync(temporary, out)
