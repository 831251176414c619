import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {isMap, parseDocument} from 'yaml'
import {parseSimpleYaml} from '../src/markdown/simple-yaml.js'

/** What the `yaml` package gives, read as `parseFrontMatter` reads it. */
function full(text: string) {
  const document = parseDocument(text, {schema: 'core', uniqueKeys: true, prettyErrors: false, strict: true})
  const keyLines = new Map<string, number>()
  if (isMap(document.contents)) {
    for (const pair of document.contents.items) {
      const key = pair.key as {value?: unknown; range?: [number, number, number]}
      if (key.range && typeof key.value === 'string') keyLines.set(key.value, text.slice(0, key.range[0]).split('\n').length - 1)
    }
  }
  return {ok: document.errors.length === 0 && document.warnings.length === 0, record: document.toJS(), keyLines}
}

describe('parseSimpleYaml', () => {
  it('reads one-line keys with quoted strings, lists of them and plain strings', () => {
    const text = 'title: "A \\"quoted\\" title"\ndate: 2024-05-01T10:00:00Z\n\nauthors: ["Ann Lee", "Bo"]\ntags: []\nsite: https://example.com/a'
    const {record, keyLines} = full(text)
    expect(parseSimpleYaml(text)).toEqual({record, keyLines})
    expect(parseSimpleYaml(text)?.record).toEqual({title: 'A "quoted" title', date: '2024-05-01T10:00:00Z', authors: ['Ann Lee', 'Bo'], tags: [], site: 'https://example.com/a'})
  })

  it('leaves numbers, booleans, nulls, comments, nesting, other escapes and repeated keys to the full parser', () => {
    for (const text of ['n: 12', 'b: true', 'x: ~', 'x: 1.5e3', 'x: 0x1F', 'a: b # c', 'a:\n  b: c', 'a: "\\u0041"', 'a: x\na: y', "a: 'single'", 'a: [b, c]', 'true: x', 'a: b: c', '', '# only a comment']) {
      expect(parseSimpleYaml(text)).toBeUndefined()
    }
  })

  it('gives what the yaml package gives, or leaves the text to it (property)', () => {
    const key = fc.oneof({arbitrary: fc.constantFrom('title', 'date', 'tags', 'a', 'x-y', '_k', 'A1'), weight: 6}, fc.constantFrom('true', 'null', 'NULL', 'False', '__proto__', 'key name', '1a', 'a:'), fc.string({unit: fc.constantFrom('a', 'Z', '_', '-', '1', ' ', ':'), maxLength: 6}))
    const usual = fc.constantFrom('a', 'B', '0', '9', ' ', '-', '.', ',', 'é', '\u00a0', 'T', 'Z', "'", '[', ']', '{', '}', '!', '&', '*', '|', '>', '%', '@', '`', '?', '~', 'e', 'E', '+', 'x', 'o', 'inf', 'nan', 'true', 'null', ':', '/')
    const tricky = fc.constantFrom('  ', ': ', '#', ' #', '"', '\\', '\\"', '\\n', '\\/', '\\u00e9', '\\x41', '\t', '\uFEFF', '\u0001')
    const text = fc.string({unit: fc.oneof({arbitrary: usual, weight: 12}, tricky), maxLength: 12})
    const value = fc.oneof(text, text.map((v) => `"${v}"`), fc.array(text.map((v) => `"${v}"`), {maxLength: 3}).map((vs) => `[${vs.join(', ')}]`), fc.constantFrom('2024-05-01', '12', '1.5', '-3', '.5', '+.inf', '0o17', '1e5', 'yes', 'Jane Doe', 'a: b', 'a:'))
    const line = fc.oneof({arbitrary: fc.tuple(key, fc.oneof({arbitrary: fc.constant(': '), weight: 6}, fc.constantFrom(':  ', ':', ' : ', ':\t')), value).map((parts) => parts.join('')), weight: 8}, fc.constantFrom('', ' ', '# c', '  nested: 1', '- item'))
    fc.assert(
      fc.property(fc.array(line, {maxLength: 6}), (lines) => {
        const source = lines.join('\n')
        const simple = parseSimpleYaml(source)
        if (simple === undefined) return
        const expected = full(source)
        expect(expected.ok).toBe(true)
        expect(simple.record).toStrictEqual(expected.record)
        expect([...simple.keyLines]).toEqual([...expected.keyLines])
      }),
      {numRuns: 5000}
    )
  })
})
