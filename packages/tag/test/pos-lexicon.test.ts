import {readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import {objectFirstTag, tableFirstTag} from '../src/keyphrases/part-of-speech.js'
import {indexKnownLexicon, isKnownLexicon} from '../src/keyphrases/known-lexicon.js'
import {scanLexicon} from '../src/keyphrases/pos-lexicon.js'

const require = createRequire(import.meta.url)
const encoder = new TextEncoder()

/** A JavaScript string literal as pos's file writes them (`\'` for `'`). */
function literal(value: string): string {
  return JSON.stringify(value).replace(/'/g, "\\'")
}

/** Source in pos's layout, from entries (duplicate keys allowed). */
function source(entries: Array<[string, string[]]>, trailingComma = false): string {
  const body = entries.map(([key, tags]) => `    ${literal(key)}: [\n${tags.map((t) => `        ${literal(t)}`).join(', \n')}\n    ]`)
  return `/*\n * lexicon\n */ \n\nmodule.exports = {\n${body.join(', \n')}${trailingComma ? ',' : ''}\n};\n`
}

/** What JavaScript makes of that source. */
function evaluate(text: string): Record<string, unknown> {
  const module = {exports: {}}
  new Function('module', text)(module)
  return module.exports as Record<string, unknown>
}

const inherited = Object.getOwnPropertyNames(Object.prototype)

describe('scanLexicon (pos/lexicon.js without evaluating it)', () => {
  test('gives pos’s first tag for every word of the real lexicon, its case variants and inherited names', () => {
    const file = require.resolve('pos/lexicon.js')
    const table = scanLexicon(readFileSync(file))
    const object = require('pos/lexicon.js') as Record<string, unknown>
    const keys = Object.keys(object)
    expect(table.size).toBe(keys.length)
    const probes = new Set<string>(['', 'Café', 'x\u0000', '\u0130'])
    for (const key of keys) {
      probes.add(key)
      probes.add(key.toUpperCase())
      probes.add(key.slice(0, 1).toUpperCase() + key.slice(1))
    }
    for (const name of inherited) {
      probes.add(name)
      probes.add(name.toUpperCase())
    }
    const different = [...probes].filter((word) => tableFirstTag(table, word) !== objectFirstTag(object, word))
    expect(different).toEqual([])
  })

  test('reads any lexicon in pos’s layout as JavaScript does (duplicates: the later wins)', () => {
    const word = fc.string({unit: fc.constantFrom('a', 'B', 'é', "'", '"', '\\', '/', '-', ' ', '.'), maxLength: 6})
    const key = fc.oneof(word, fc.constantFrom(...inherited.filter((n) => n !== '__proto__')))
    const asciiKey = key.filter((k) => /^[\x20-\x7e]*$/.test(k))
    const tags = fc.array(fc.constantFrom('NN', 'VBD', 'JJ', '"', "'", ''), {maxLength: 3})
    fc.assert(
      fc.property(fc.array(fc.tuple(asciiKey, tags), {maxLength: 20}), fc.boolean(), fc.array(word, {maxLength: 5}), (entries, comma, extra) => {
        const text = source(entries, comma && entries.length > 0)
        const object = evaluate(text)
        const table = scanLexicon(encoder.encode(text))
        expect(table.size).toBe(Object.keys(object).length)
        for (const probe of [...entries.map(([k]) => k), ...entries.map(([k]) => k.toUpperCase()), ...extra, ...inherited]) {
          expect(tableFirstTag(table, probe)).toBe(objectFirstTag(object, probe))
        }
      })
    )
  })

  test('rejects what it cannot read exactly (the caller then evaluates the file)', () => {
    const ok = source([['dog', ['NN']]])
    expect(scanLexicon(encoder.encode(ok)).get('dog')).toBe('NN')
    expect(() => scanLexicon(encoder.encode(source([['café', ['NN']]])))).toThrow(/non-ASCII/)
    expect(() => scanLexicon(encoder.encode(source([['__proto__', ['NN']]])))).toThrow(/__proto__/)
    expect(() => scanLexicon(encoder.encode(ok.replace('dog', 'd\\nog')))).toThrow(/escape/)
    expect(() => scanLexicon(encoder.encode(`${ok}x`))).toThrow(/trailing/)
    expect(() => scanLexicon(encoder.encode(ok.replace('module.exports', 'exports')))).toThrow(/expected/)
    expect(() => scanLexicon(encoder.encode(ok.replace(': [', ': {')))).toThrow(/expected/)
  })
})

describe('indexKnownLexicon (the installed pos/lexicon.js, validated here once)', () => {
  const bytes = readFileSync(require.resolve('pos/lexicon.js'))

  test('the installed lexicon is the known one (after a pos upgrade: check it scans, then update the digest)', () => {
    expect(isKnownLexicon(bytes)).toBe(true)
    expect(isKnownLexicon(bytes.subarray(1))).toBe(false)
  })

  test('gives the same answers as scanLexicon for every word, its case variants and other probes', () => {
    const scanned = scanLexicon(bytes)
    const known = indexKnownLexicon(bytes)
    expect(known.size).toBe(scanned.size)
    const object = require('pos/lexicon.js') as Record<string, unknown>
    const probes = new Set<string>(['', 'Café', 'x\u0000', '\u0130', "'", '"', '\\', ...inherited])
    for (const key of Object.keys(object)) {
      probes.add(key)
      probes.add(key.toUpperCase())
      probes.add(`${key}s`)
    }
    const different = [...probes].filter((word) => known.get(word) !== scanned.get(word))
    expect(different).toEqual([])
  })
})
