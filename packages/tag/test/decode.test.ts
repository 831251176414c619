import {describe, expect, test} from 'vitest'
import {decode} from '../src/entities/decode.js'
import {compileModel} from '../src/entities/model.js'
import {refine} from '../src/entities/refine.js'
import {tokenize} from '../src/entities/tokenize.js'
import {wordRows} from '../src/entities/word-rows.js'
import {findEntities, loadModel} from '../src/index.js'

// Labels: O, B-PER, I-PER, B-ORG, I-ORG, B-LOC, I-LOC.
const labels = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC']

function tinyModel(features: Record<string, number[]>) {
  return compileModel({
    version: 1,
    labels,
    scale: 1,
    features: Object.keys(features),
    weights: Object.values(features).flat(),
    gazetteer: {LOC: [], ORG: [], GIVEN: [], DEMONYM: [], COMMON: []}
  })
}

describe('decode (Viterbi)', () => {
  test('finds the best whole sequence where the best label per token would break BIO', () => {
    // Token 0 alone prefers O (1 vs 0.9); token 1 strongly prefers I-PER, which needs B-PER before it.
    const model = tinyModel({a: [1, 0.9, 0, 0, 0, 0, 0], b: [0, 0, 5, 0, 0, 0, 0]})
    const words = ['Ann', 'Lee'].map((word) => wordRows(model, word))
    const rows = [[model.index.get('a') as number], [model.index.get('b') as number]]
    expect(decode(model, rows, words)).toEqual(['B-PER', 'I-PER'])
  })

  test('uses the labels two tokens back and keeps tokens without rows outside names', () => {
    // `pl2=B-LOC|I-LOC` makes a third LOC word continue the name; token 3 has no rows.
    const model = tinyModel({
      c: [0.5, 0, 0, 0, 0, 1, 0.4],
      'pl2=B-LOC|I-LOC': [0, 0, 0, 0, 0, 0, 2],
      'pl=B-LOC': [0, 0, 0, 0, 0, 0, 1]
    })
    const words = ['New', 'South', 'Wales', 'is'].map((word) => wordRows(model, word))
    const c = model.index.get('c') as number
    expect(decode(model, [[c], [c], [c], undefined], words)).toEqual(['B-LOC', 'I-LOC', 'I-LOC', 'O'])
    expect(decode(model, [], [])).toEqual([])
  })
})

describe('line breaks', () => {
  test('decode starts no name inside at a break', () => {
    // Token 1 prefers I-PER after B-PER, but a line break comes before it.
    const model = tinyModel({a: [0, 1, 0, 0, 0, 0, 0], b: [0, 0.5, 3, 0, 0, 0, 0]})
    const words = ['Lisa', 'Thanks'].map((word) => wordRows(model, word))
    const rows = [[model.index.get('a') as number], [model.index.get('b') as number]]
    expect(decode(model, rows, words)).toEqual(['B-PER', 'I-PER'])
    expect(decode(model, rows, words, [false, true])).toEqual(['B-PER', 'B-PER'])
  })

  test('two names on adjacent lines stay two mentions', () => {
    const text = 'Regards,\nLisa\nMark Jones'
    const tokens = tokenize(text)
    const labels = tokens.map((t) => (t.text === 'Lisa' || t.text === 'Mark' ? 'B-PER' : t.text === 'Jones' ? 'I-PER' : 'O'))
    const mentions = refine(text, tokens, labels, loadModel().gazetteer)
    expect(mentions.map((m) => m.text)).toEqual(['Lisa', 'Mark Jones'])
    expect(findEntities(text).every((m) => !m.text.includes('\n'))).toBe(true)
  })
})

describe('courtesy titles', () => {
  test('a span the model opened with `Mr` is a person, without the title', () => {
    const text = 'Mr Winterkorn resigned.'
    const tokens = tokenize(text)
    const labels = tokens.map((t) => (t.text === 'Mr' ? 'B-ORG' : t.text === 'Winterkorn' ? 'I-ORG' : 'O'))
    expect(refine(text, tokens, labels, loadModel().gazetteer)).toEqual([{start: 3, end: 13, type: 'PER', text: 'Winterkorn'}])
  })
})

describe('capitalised clauses', () => {
  test('a span holding a capitalised clause word (`You`, `IT`) is dropped; names are kept', () => {
    const text = 'Thanks For A Great Job You Did.\nWE AT HOME LOVE IT.\nWe met Dale Gribow at Hobby Lobby.'
    const tokens = tokenize(text)
    const labels = tokens.map(() => 'O')
    for (const [first, last] of [['Thanks', 'Did'], ['WE', 'IT'], ['Dale', 'Gribow'], ['Hobby', 'Lobby']]) {
      const from = tokens.findIndex((t) => t.text === first)
      const to = tokens.findIndex((t, k) => k >= from && t.text === last)
      for (let k = from; k <= to; k++) labels[k] = k === from ? 'B-ORG' : 'I-ORG'
    }
    expect(refine(text, tokens, labels, loadModel().gazetteer).map((m) => m.text)).toEqual(['Dale Gribow', 'Hobby Lobby'])
  })
})

describe('era markers', () => {
  test('`BC`, `BCE` and `AD` next to a year or century are no names; `B.C.` elsewhere stays', () => {
    const text = 'Troops came in 512 BC and in the 8th century BCE. Vesuvius erupted in AD 79. He moved to Vancouver, B.C. last year.'
    const tokens = tokenize(text)
    const labels = tokens.map((t) => (['BC', 'BCE', 'AD', 'B.C.'].includes(t.text) ? 'B-ORG' : 'O'))
    expect(refine(text, tokens, labels, loadModel().gazetteer).map((m) => m.text)).toEqual(['B.C.'])
  })
})

describe('a common word before `of` at a sentence start', () => {
  test('is cut off the name (`Shares of Samsung Electronics`), a name head is kept (`Bank of England`)', () => {
    const text = 'Shares of Samsung Electronics rose.\nBank of England officials met.'
    const tokens = tokenize(text)
    const labels = tokens.map((t) =>
      t.text === 'Shares' || t.text === 'Bank' ? 'B-ORG' : ['of', 'Samsung', 'Electronics', 'England'].includes(t.text) ? 'I-ORG' : 'O'
    )
    expect(refine(text, tokens, labels, loadModel().gazetteer).map((m) => m.text)).toEqual(['Samsung Electronics', 'Bank of England'])
  })
})
