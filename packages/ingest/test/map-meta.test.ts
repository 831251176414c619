/** `mapMeta` skips zod for plain strings and string lists: the same result as the field's zod schema. */
import fc from 'fast-check'
import type {RawMeta} from '@copydesk/schema'
import {describe, expect, it} from 'vitest'
import {fields, mapMeta, plainResult} from '../src/util/map-meta.js'

const names = Object.keys(fields) as Array<keyof RawMeta>
const piece = fc.constantFrom('Jane Doe', 'by Jane', 'BY  Jo', 'By\tX', 'bypass', ' a, b ;c ', ',', ';', ' ', '\n', '\u00A0', '\u2028', '\uFEFF', 'x\u0000y', 'é', '  tag  ', '')
const text = fc.oneof(fc.array(piece, {maxLength: 6}).map((parts) => parts.join('')), fc.string({maxLength: 12}))
const holey = fc.array(text, {minLength: 1, maxLength: 4}).map((items) => {
  const array = [...items]
  array.length += 2
  return array
})
const value = fc.oneof(
  {arbitrary: text, weight: 6},
  {arbitrary: fc.array(text, {maxLength: 5}), weight: 4},
  {arbitrary: fc.array(fc.oneof(text, fc.integer(), fc.constant(null), fc.record({name: text})), {maxLength: 4}), weight: 2},
  {arbitrary: holey, weight: 1},
  {arbitrary: fc.oneof(fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.date(), fc.record({name: text}), fc.record({href: text})), weight: 2}
)

describe('mapMeta', () => {
  it('gives what the zod schema gives whenever it skips zod (property)', () => {
    let plain = 0
    fc.assert(
      fc.property(fc.constantFrom(...names), value, (field, input) => {
        const fast = plainResult(field, input)
        if (fast === undefined) return
        plain++
        const result = fields[field].safeParse(input)
        expect(result.success).toBe(true)
        expect(fast.data).toEqual(result.data)
      }),
      {numRuns: 3000}
    )
    expect(plain).toBeGreaterThan(1000)
  })

  it('leaves numbers, dates, objects and lists of other values to zod', () => {
    expect(plainResult('title', 12)).toBeUndefined()
    expect(plainResult('date', new Date(0))).toBeUndefined()
    expect(plainResult('publisher', {name: 'AP'})).toBeUndefined()
    expect(plainResult('title', ['a'])).toBeUndefined()
    expect(plainResult('tags', ['a', 1])).toBeUndefined()
    const withHole = ['a', 'b']
    delete withHole[0]
    expect(plainResult('authors', withHole)).toBeUndefined()
    expect(mapMeta({author: 'By Jane Doe', keywords: 'a, b;c', title: ' T ', date: 7}).meta).toEqual({title: 'T', date: '7', authors: ['Jane Doe'], tags: ['a', 'b', 'c']})
  })
})
