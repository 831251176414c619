import type {Entity, Keyphrase} from '@copydesk/schema'
import {describe, expect, test} from 'vitest'
import {categorize, summarize} from '../src/index.js'

const sentence = (text: string, value: string, paragraph: number) => ({start: text.indexOf(value), end: text.indexOf(value) + value.length, paragraph})

describe('summarize', () => {
  const text = [
    'Floods forced 40,000 families from their homes in northern Bangladesh this week, officials said.',
    '"We need boats," a commissioner said.',
    'Relief agencies flew food and medicine to the flooded districts on Thursday.',
    'The weather was mild elsewhere.'
  ].join('\n\n')
  const spans = text.split('\n\n').map((s, i) => sentence(text, s, i))
  const floods: Keyphrase = {phrase: 'floods', stem: 'flood', score: 1, mentions: [{start: 0, end: 6}]}
  const relief: Keyphrase = {phrase: 'relief agencies', stem: 'relief agenc', score: 0.8, mentions: [{start: text.indexOf('Relief'), end: text.indexOf('Relief') + 15}]}

  test('keeps the lede and keyphrase-rich sentences in text order, not quotes or filler', () => {
    expect(summarize(text, spans, [floods, relief])).toBe(
      'Floods forced 40,000 families from their homes in northern Bangladesh this week, officials said. Relief agencies flew food and medicine to the flooded districts on Thursday.'
    )
  })

  test('respects maxSentences and maxWords', () => {
    expect(summarize(text, spans, [floods, relief], {maxSentences: 1})).toBe(text.split('\n\n')[0])
    expect(summarize(text, spans, [floods, relief], {maxWords: 20}).split('. ').length).toBe(1)
  })

  test('no sentences, no summary', () => {
    expect(summarize('', [], [])).toBe('')
  })
})

describe('categorize', () => {
  const entity = (name: string, type: Entity['type'], salience: number): Entity => ({id: name, type, name, aliases: [], mentions: [], salience})
  test('topics first, then places and organisations, then keyphrases that are not names', () => {
    const keyphrases: Keyphrase[] = [
      {phrase: 'Japan', stem: 'japan', score: 1, mentions: []},
      {phrase: 'economic cooperation', stem: 'econom cooper', score: 0.9, mentions: []},
      {phrase: 'trade', stem: 'trade', score: 0.5, mentions: []}
    ]
    const entities = [entity('Japan', 'LOC', 0.9), entity('China', 'LOC', 0.8), entity('Xinhua', 'ORG', 0.3), entity('Li Xiaolin', 'PER', 0.7)]
    expect(categorize(entities, keyphrases)).toEqual(['Business', 'Society', 'Japan', 'China', 'Xinhua', 'economic cooperation', 'trade'])
  })
  test('nothing in, nothing out', () => {
    expect(categorize([], [])).toEqual([])
  })
})
