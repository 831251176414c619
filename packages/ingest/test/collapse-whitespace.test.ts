import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {collapseWhitespace} from '../src/util/collapse-whitespace.js'

describe('collapseWhitespace', () => {
  it('gives what `replace(/\\s+/g, " ")` gives (property)', () => {
    const unit = fc.constantFrom('a', 'B', ' ', ' ', '\t', '\n', '\r', '\v', '\f', '\u00a0', '\u2028', '\u3000', '\uFEFF', '\u200b', 'é', '😀')
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({unit})), (text) => {
        expect(collapseWhitespace(text)).toBe(text.replace(/\s+/g, ' '))
      }),
      {numRuns: 2000}
    )
  })
})
