import {describe, expect, test} from 'vitest'
import {normalizePhrase, prf, sameSpeaker, scoreEntities, scoreKeyphrases, scoreQuotes} from '../scripts/score.js'

describe('prf', () => {
  test('computes precision, recall and F1', () => {
    expect(prf(2, 4, 2)).toEqual({tp: 2, predicted: 4, gold: 2, precision: 0.5, recall: 1, f1: 2 / 3})
  })
  test('is zero, not NaN, without predictions or gold', () => {
    expect(prf(0, 0, 0)).toEqual({tp: 0, predicted: 0, gold: 0, precision: 0, recall: 0, f1: 0})
  })
})

describe('scoreEntities', () => {
  const gold = [
    {
      id: 'a',
      entities: [
        {start: 0, end: 10, type: 'PER'},
        {start: 20, end: 25, type: 'LOC'},
        {start: 30, end: 37, type: 'MISC'}
      ]
    }
  ]
  test('needs the exact span and type', () => {
    const predictions = new Map([
      [
        'a',
        {
          entities: [
            {start: 0, end: 10, type: 'PER'},
            {start: 20, end: 24, type: 'LOC'},
            {start: 40, end: 45, type: 'ORG'}
          ]
        }
      ]
    ])
    const score = scoreEntities(gold, predictions)
    expect(score.PER).toMatchObject({tp: 1, predicted: 1, gold: 1, f1: 1})
    expect(score.LOC).toMatchObject({tp: 0, predicted: 1, gold: 1})
    expect(score.ORG).toMatchObject({tp: 0, predicted: 1, gold: 0})
    expect(score.ALL).toMatchObject({tp: 1, predicted: 3, gold: 2})
  })
  test('ignores gold MISC and predictions overlapping it', () => {
    const score = scoreEntities(gold, new Map([['a', {entities: [{start: 30, end: 37, type: 'LOC'}]}]]))
    expect(score.ALL).toMatchObject({tp: 0, predicted: 0, gold: 2})
  })
  test('counts a missing prediction line as no entities', () => {
    expect(scoreEntities(gold, new Map()).ALL).toMatchObject({tp: 0, predicted: 0, gold: 2, recall: 0})
  })
})

describe('keyphrases', () => {
  test('normalizes possessives, case and plurals', () => {
    expect(normalizePhrase("Japan's")).toBe(normalizePhrase('japan'))
    expect(normalizePhrase('Sister Cities')).toBe(normalizePhrase('sister city'))
  })
  test('F@10 uses the top ten predictions only', () => {
    const gold = [{id: 'a', keyphrases: ['regional cooperation', 'sister cities']}]
    const ranked = ['regional cooperation', ...Array.from({length: 9}, (_, k) => `filler ${k}`), 'sister cities']
    const score = scoreKeyphrases(gold, new Map([['a', {keyphrases: ranked}]]), 10)
    expect(score.documents).toBe(1)
    expect(score.precision).toBeCloseTo(0.1)
    expect(score.recall).toBeCloseTo(0.5)
    expect(score.f).toBeCloseTo((2 * 0.1 * 0.5) / 0.6)
  })
  test('skips documents without gold keyphrases', () => {
    expect(scoreKeyphrases([{id: 'a'}], new Map(), 10).documents).toBe(0)
  })
})

describe('quotes', () => {
  const gold = [
    {
      id: 'a',
      quotes: [
        {start: 10, end: 50, kind: 'direct', speaker: 'Li Xiaolin'},
        {start: 60, end: 90, kind: 'direct', speaker: 'Chen Haosu'},
        {start: 100, end: 140, kind: 'indirect', speaker: 'Li Xiaolin'}
      ]
    }
  ]
  test('matches overlapping spans of the same kind once, and checks speakers', () => {
    const predictions = new Map([
      [
        'a',
        {
          quotes: [
            {start: 12, end: 49, kind: 'direct', speaker: 'Li Xiaolin'},
            {start: 30, end: 55, kind: 'direct', speaker: 'Li Xiaolin'},
            {start: 61, end: 90, kind: 'direct', speaker: 'Li'},
            {start: 100, end: 140, kind: 'partial'}
          ]
        }
      ]
    ])
    const score = scoreQuotes(gold, predictions)
    expect(score.direct).toMatchObject({tp: 2, predicted: 3, gold: 2, speakerRight: 1, speakerTotal: 2, speakerAccuracy: 0.5})
    expect(score.indirect).toMatchObject({tp: 0, predicted: 0, gold: 1})
    expect(score.partial).toMatchObject({tp: 0, predicted: 1, gold: 0})
    expect(score.ALL).toMatchObject({tp: 2, predicted: 4, gold: 3})
  })
  test('speaker names compare ignoring case and spacing', () => {
    expect(sameSpeaker(' Li Xiaolin', 'li xiaolin')).toBe(true)
    expect(sameSpeaker('Li', 'Li Xiaolin')).toBe(false)
    expect(sameSpeaker(undefined, 'Li')).toBe(false)
  })
})
