/** `signatureOf` hashes the words of an ASCII body in one pass: the same signature as the word-list version, kept here as the reference. */
import {createHash} from 'node:crypto'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {fmix, signatureLength, signatureOf} from '../src/fingerprint.js'

const seed = 0x5eed_c0de

function referenceSignature(text: string): {words: string; shingles: number; minhash: number[]} {
  const list = (
    text
      .normalize('NFKC')
      .toLowerCase()
      .replace(/['\u2018\u2019]/g, '')
      .match(/[\p{L}\p{N}]+/gu) ?? []
  ).slice()
  const wordHashes = list.map((word) => {
    let hash = 0x811c_9dc5
    for (let index = 0; index < word.length; index++) hash = Math.imul(hash ^ word.charCodeAt(index), 0x0100_0193)
    return hash >>> 0
  })
  const mins = new Uint32Array(signatureLength)
  const filled = new Uint8Array(signatureLength)
  const distinct = new Set<number>()
  for (let start = 0; start + 5 <= list.length; start++) {
    let hash = seed
    for (let offset = 0; offset < 5; offset++) {
      let block = Math.imul(wordHashes[start + offset] as number, 0xcc9e_2d51)
      block = Math.imul((block << 15) | (block >>> 17), 0x1b87_3593)
      hash ^= block
      hash = (hash << 13) | (hash >>> 19)
      hash = (Math.imul(hash, 5) + 0xe654_6b64) | 0
    }
    const value = fmix(hash ^ 20)
    distinct.add(value)
    const bin = value >>> 25
    if (filled[bin] === 0 || (value & 0x1ff_ffff) < (mins[bin] as number)) {
      mins[bin] = value & 0x1ff_ffff
      filled[bin] = 1
    }
  }
  const minhash: number[] = []
  if (distinct.size > 0) {
    for (let slot = 0; slot < signatureLength; slot++) {
      let from = slot
      for (let attempt = 1; filled[from] === 0; attempt++) {
        from = attempt <= 4096 ? fmix(Math.imul(slot + 1, 0x9e37_79b1) ^ Math.imul(attempt, 0x85eb_ca6b) ^ seed) >>> 25 : (slot + attempt) % signatureLength
      }
      minhash.push((mins[from] as number) & 0xffff)
    }
  }
  return {words: createHash('sha256').update(list.join(' ')).digest('hex').slice(0, 32), shingles: distinct.size, minhash}
}

const asciiPieces = fc.constantFrom('the', 'Council', "O'Neil", "it's", "'", "''", 'a', 'I', '2012', '3.5', 'x-y', 'ABC', 'Zz', '@[`{', ' ', '  ', '\n', '\t', ',', '.', '"', '--', '\u0000', '\u007f')
const otherPieces = fc.constantFrom('ÉTÉ', 'é', 'e\u0301', '\uFB01', '\u2460', 'ΟΔΟΣ', '\u2019', '\u00A0', 'İ', 'ß', '\ud83d\ude00', '\ud800', 'Ａ', '\u0080')
const body = fc.oneof(
  // ASCII bodies: short and long, words repeated (equal shingles), every ASCII character possible.
  fc.array(fc.oneof({arbitrary: asciiPieces, weight: 8}, {arbitrary: fc.string({unit: fc.integer({min: 0, max: 0x7f}).map((code) => String.fromCharCode(code)), maxLength: 6}), weight: 1}), {maxLength: 400, size: 'max'}).map((parts) => parts.join('')),
  fc.array(fc.constantFrom('w1', 'w2', 'w3', ' '), {maxLength: 80, size: 'max'}).map((parts) => parts.join(' ')),
  // Bodies with a character above U+007F anywhere.
  fc.array(fc.oneof({arbitrary: asciiPieces, weight: 20}, {arbitrary: otherPieces, weight: 1}), {maxLength: 300, size: 'max'}).map((parts) => parts.join(''))
)

describe('signatureOf', () => {
  it('gives the signature of the word list (property)', () => {
    fc.assert(
      fc.property(body, (text) => {
        const signature = signatureOf(text)
        expect({words: signature.words, shingles: signature.shingles, minhash: [...signature.minhash]}).toEqual(referenceSignature(text))
      }),
      {numRuns: 3000}
    )
  })

  it('gives the same signature after a longer text filled its scratch space', () => {
    const short = "Mayor O'Neil said the budget passes on Monday, the council said."
    const before = signatureOf(short)
    signatureOf(`${'Long words here and there '.repeat(400)}end`)
    const after = signatureOf(short)
    expect(after).toEqual(before)
    expect(after.shingles).toBe(7)
    expect({words: after.words, shingles: after.shingles, minhash: [...after.minhash]}).toEqual(referenceSignature(short))
  })
})
