import {readFileSync} from 'node:fs'
import {expect, test} from 'vitest'
import {tag} from '../src/index.js'
import {emptyScore, f1, type GoldQuote, scoreQuotes} from './quote-score.js'

const docs = readFileSync(new URL('../gold/quotes.jsonl', import.meta.url), 'utf8')
  .trim()
  .split('\n')
  .map((line) => JSON.parse(line) as {id: string; text: string; quotes: GoldQuote[]})

test('direct quotes and speakers on the quote gold meet the targets', async () => {
  const direct = emptyScore()
  const indirect = emptyScore()
  for (const doc of docs) {
    const {tags} = await tag(doc.text)
    scoreQuotes('direct', doc.quotes, tags.quotes, direct)
    scoreQuotes('indirect', doc.quotes, tags.quotes, indirect)
  }
  expect(direct.gold).toBeGreaterThanOrEqual(60)
  expect(f1(direct)).toBeGreaterThanOrEqual(0.85)
  expect(direct.speakerRight / direct.truePositives).toBeGreaterThanOrEqual(0.8)
  expect(f1(indirect)).toBeGreaterThanOrEqual(0.7)
})
