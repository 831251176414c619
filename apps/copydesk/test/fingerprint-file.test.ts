import {mkdtemp, readFile, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {type Signature, signatureLength, signatureOf} from '@copydesk/normalize'
import fc from 'fast-check'
import {afterAll, describe, expect, it} from 'vitest'
import {decodeFingerprints, encodeFingerprints, FingerprintFileWriter, fingerprintRecordSize} from '../src/pipeline/fingerprint-file.js'

const context = 'c'.repeat(64)
const hex = (length: number) => fc.string({unit: fc.constantFrom(...'0123456789abcdef'), minLength: length, maxLength: length})
const signature: fc.Arbitrary<Signature> = fc.oneof(
  fc.record({words: hex(32), shingles: fc.integer({min: 1, max: 0xffff_ffff}), minhash: fc.array(fc.integer({min: 0, max: 0xffff}), {minLength: signatureLength, maxLength: signatureLength}).map((values) => Uint16Array.from(values))}),
  hex(32).map((words) => ({words, shingles: 0, minhash: new Uint16Array(0)}))
)
const plain = (found: Map<string, Signature> | undefined) => (found ? [...found].map(([key, value]) => [key, {...value, minhash: [...value.minhash]}]) : found)

const dirs: string[] = []
afterAll(async () => {
  for (const dir of dirs) await rm(dir, {recursive: true, force: true})
})

describe('fingerprints.bin', () => {
  it('reads back what it wrote, for any keys and signatures (property)', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.tuple(hex(64), signature), {selector: ([key]) => key, maxLength: 20}), (entries) => {
        const bytes = encodeFingerprints(context, entries)
        expect(bytes.length).toBe(76 + entries.length * fingerprintRecordSize)
        // From any offset of a larger buffer, as a file read may give.
        const shifted = new Uint8Array(bytes.length + 1)
        shifted.set(bytes, 1)
        expect(plain(decodeFingerprints(shifted.subarray(1), context))).toEqual(plain(new Map(entries)))
      })
    )
  })

  it('leaves out what it cannot store, and refuses another context, a cut file or other bytes', () => {
    const real = signatureOf('The city council met on Monday to discuss the budget for the coming year, officials said.')
    const key = 'a'.repeat(64)
    const bytes = encodeFingerprints(context, [
      [key, real],
      ['not-a-key', real],
      // 64 characters, not all hex digits: cut short when decoded, so left out.
      [`${'c'.repeat(63)}z`, real],
      ['g'.repeat(64), real],
      ['b'.repeat(64), {...real, minhash: real.minhash.subarray(1)}],
      ['d'.repeat(64), {...real, words: 'XYZ'}]
    ])
    expect(plain(decodeFingerprints(bytes, context))).toEqual(plain(new Map([[key, real]])))
    expect(decodeFingerprints(bytes, 'd'.repeat(64))).toBeUndefined()
    expect(decodeFingerprints(bytes.subarray(0, bytes.length - 1), context)).toBeUndefined()
    expect(decodeFingerprints(new Uint8Array(0), context)).toBeUndefined()
    expect(decodeFingerprints(Buffer.from(`{"context":"${context}"}`.padEnd(76 + fingerprintRecordSize)), context)).toBeUndefined()
  })

  it('writes streaming in chunks, replacing the file only on commit', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'copydesk-prints-'))
    dirs.push(dir)
    const file = path.join(dir, 'fingerprints.bin')
    const entries: Array<[string, Signature]> = []
    for (let index = 0; index < 5000; index++) entries.push([index.toString(16).padStart(64, '0'), signatureOf(`Story number ${index} tells how the river rose again in the town on a rainy day ${index % 7}`)])
    const writer = await FingerprintFileWriter.open(file, context)
    for (const [key, value] of entries) await writer.add(key, value)
    await expect(readFile(file)).rejects.toThrow()
    await writer.commit()
    const bytes = await readFile(file)
    expect(bytes.equals(encodeFingerprints(context, entries))).toBe(true)
    const dropped = await FingerprintFileWriter.open(file, context)
    await dropped.add(entries[0]?.[0] as string, entries[0]?.[1] as Signature)
    await dropped.abort()
    expect((await readFile(file)).equals(bytes)).toBe(true)
  })
})
