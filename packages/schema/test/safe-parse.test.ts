import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {z} from 'zod'
import {compileSchema, invalid} from '../src/compile-schema.js'
import {
  articleSchema,
  feedOptionsSchema,
  positionSchema,
  provenanceSchema,
  publishedArticleSchema,
  rawArticleSchema,
  safeParse,
  tagsSchema
} from '../src/index.js'
import {publishedArticle} from './fixtures/published-article.js'

/** zod-internal definition, as compile-schema reads it. */
type Def = {
  type: string
  checks?: Array<{_zod: {def: {check: string; pattern?: RegExp; minimum?: number; value?: unknown; inclusive?: boolean}}}>
  shape?: Record<string, z.ZodType>
  element?: z.ZodType
  innerType?: z.ZodType
  catchall?: z.ZodType
}
const defOf = (schema: z.ZodType): Def => (schema as unknown as {_zod: {def: Def}})._zod.def
const valuesOf = (schema: z.ZodType): unknown[] => [...(schema as unknown as {_zod: {values: Set<unknown>}})._zod.values]

/** Anything a field should not hold. */
const junk = fc.oneof(
  fc.constantFrom(null, undefined, 0, -0, 1, Number.NaN, Number.POSITIVE_INFINITY, '', 'x', true, false, [], {}, [1], new Date(0)),
  fc.anything({maxDepth: 1})
)

const strings = fc.oneof(
  fc.string({maxLength: 6}),
  fc.string({unit: 'binary', maxLength: 4}),
  fc.constantFrom('\ud83d\ude00', '\ud800', '\udc00a', 'a\ud83d\ude00', '\ud83d\ude00\ud83d\ude00', 'ab')
)

const edgeNumbers = fc.oneof(
  fc.integer({min: -3, max: 3}),
  fc.double(),
  fc.constantFrom(0.5, -0.5, 1, 0, -0, 2 ** 53, 2 ** 53 - 1, -(2 ** 53), Number.MAX_VALUE, Number.MIN_VALUE, Number.NaN)
)

/** Numbers that mostly meet the schema's checks (`int`, bounds), and edge numbers. */
function numbersFor(def: Def): fc.Arbitrary<unknown> {
  const checks = (def.checks ?? []).map((check) => check._zod.def)
  const int = checks.some((c) => c.check === 'number_format')
  const low = checks.find((c) => c.check === 'greater_than')
  const high = checks.find((c) => c.check === 'less_than')
  const min = typeof low?.value === 'number' ? low.value + (low.inclusive ? 0 : int ? 1 : 0.001) : -5
  const max = typeof high?.value === 'number' ? high.value - (high.inclusive ? 0 : int ? 1 : 0.001) : min + 10
  const valid = int ? fc.integer({min, max}) : fc.oneof(fc.double({min, max, noNaN: true}), fc.constantFrom(min, max))
  return fc.oneof({arbitrary: valid, weight: 20}, {arbitrary: edgeNumbers, weight: 1})
}

/**
 * Values for a schema: mostly valid, with junk, missing keys, extra keys, inherited keys and
 * edge values mixed in at every level, so that about half the documents are valid.
 */
function valuesFor(schema: z.ZodType): fc.Arbitrary<unknown> {
  const def = defOf(schema)
  const withJunk = (valid: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> => fc.oneof({arbitrary: valid, weight: 150}, {arbitrary: junk, weight: 1})
  switch (def.type) {
    case 'string': {
      const pattern = def.checks?.map((check) => check._zod.def.pattern).find((p) => p instanceof RegExp)
      return withJunk(pattern ? fc.oneof({arbitrary: fc.stringMatching(pattern), weight: 20}, {arbitrary: strings, weight: 1}) : strings)
    }
    case 'number':
      return withJunk(numbersFor(def))
    case 'boolean':
      return withJunk(fc.boolean())
    case 'enum':
      return withJunk(fc.oneof({arbitrary: fc.constantFrom(...valuesOf(schema)), weight: 20}, {arbitrary: strings, weight: 1}))
    case 'optional':
      return fc.oneof(fc.constant(undefined), valuesFor(def.innerType as z.ZodType))
    case 'array':
      return withJunk(fc.array(valuesFor(def.element as z.ZodType), {maxLength: 2}))
    case 'object': {
      const shape = def.shape ?? {}
      const keys = Object.keys(shape)
      const record = fc.record(Object.fromEntries(keys.map((key) => [key, valuesFor(shape[key] as z.ZodType)])))
      const object = fc
        .tuple(
          record,
          fc.oneof({arbitrary: fc.constant([]), weight: 120}, {arbitrary: fc.subarray(keys, {maxLength: 1}), weight: 1}),
          fc.oneof({arbitrary: fc.constant(undefined), weight: 120}, {arbitrary: fc.constantFrom('extra', ...keys.slice(0, 3)), weight: 1}),
          fc.oneof({arbitrary: fc.constant('plain'), weight: 120}, {arbitrary: fc.constantFrom('inherit', 'null-proto', 'undefined-optional'), weight: 1})
        )
        .map(([value, dropped, extra, kind]) => {
          const own: Record<string, unknown> = {...value}
          for (const key of dropped) delete own[key]
          if (kind === 'undefined-optional') for (const key of keys) if (defOf(shape[key] as z.ZodType).type === 'optional' && !(key in own)) own[key] = undefined
          if (kind === 'null-proto') return Object.assign(Object.create(null), own)
          if (kind === 'inherit' && extra !== undefined) {
            // An inherited key: read by zod (`input[key]`, `key in input`) and seen by its strict check (`for...in`).
            const proto = {[extra]: own[extra] ?? 'inherited'}
            delete own[extra]
            return Object.assign(Object.create(proto), own)
          }
          if (extra !== undefined && !keys.includes(extra)) own[extra] = 'surprise'
          return own
        })
      return withJunk(object)
    }
    default:
      throw new Error(`no generator for ${def.type}`)
  }
}

/** Same structure, same values (Object.is), same keys in the same order, same prototypes. */
function sameParse(actual: unknown, expected: unknown): boolean {
  if (Object.is(actual, expected)) return true
  if (typeof actual !== 'object' || typeof expected !== 'object' || actual === null || expected === null) return false
  if (Object.getPrototypeOf(actual) !== Object.getPrototypeOf(expected)) return false
  if (Array.isArray(actual) !== Array.isArray(expected)) return false
  const a = Reflect.ownKeys(actual)
  const b = Reflect.ownKeys(expected)
  if (a.length !== b.length || a.some((key, index) => key !== b[index])) return false
  return a.every((key) => sameParse((actual as Record<PropertyKey, unknown>)[key], (expected as Record<PropertyKey, unknown>)[key]))
}

/** Whether any object or array of `output` is one of `input`'s. */
function sharesObject(output: unknown, input: unknown): boolean {
  const seen = new Set<unknown>()
  const collect = (value: unknown): void => {
    if (typeof value !== 'object' || value === null || seen.has(value)) return
    seen.add(value)
    for (const key of Reflect.ownKeys(value)) collect((value as Record<PropertyKey, unknown>)[key])
  }
  collect(input)
  const shares = (value: unknown): boolean =>
    typeof value === 'object' && value !== null && (seen.has(value) || Reflect.ownKeys(value).some((key) => shares((value as Record<PropertyKey, unknown>)[key])))
  return shares(output)
}

/** An Array subclass: zod still returns a plain array. */
class SubArray<T> extends Array<T> {}

const schemas = {rawArticleSchema, articleSchema, publishedArticleSchema, tagsSchema, provenanceSchema, positionSchema}

describe('compileSchema / safeParse', () => {
  for (const [name, schema] of Object.entries(schemas)) {
    it(`accepts and rejects exactly what zod does, with zod's output: ${name}`, () => {
      const compiled = compileSchema(schema)
      expect(compiled).toBeTypeOf('function')
      let accepted = 0
      fc.assert(
        fc.property(valuesFor(schema), (value) => {
          const expected = schema.safeParse(value)
          const direct = (compiled as (value: unknown) => unknown)(value)
          expect(direct !== invalid).toBe(expected.success)
          if (expected.success) {
            accepted++
            expect(sameParse(direct, expected.data)).toBe(true)
            // Copies, as zod returns: the caller may change them without touching the input.
            expect(sharesObject(direct, value)).toBe(false)
          }
          const result = safeParse(schema, value)
          expect(result.success).toBe(expected.success)
          if (result.success && expected.success) expect(sameParse(result.data, expected.data)).toBe(true)
          if (!result.success && !expected.success) expect(result.error.issues).toEqual(expected.error.issues)
        }),
        {numRuns: 300}
      )
      // The generator must reach both sides, or the property says little.
      expect(accepted).toBeGreaterThan(20)
    })
  }

  it('accepts the complete published article fixture as zod does', () => {
    const result = safeParse(publishedArticleSchema, publishedArticle)
    expect(result.success).toBe(true)
    expect(sameParse(result.data, publishedArticleSchema.parse(publishedArticle))).toBe(true)
  })

  it('agrees with zod on each supported construct at its edges', () => {
    const cases: Array<[z.ZodType, unknown[]]> = [
      [z.string().min(2), ['ab', 'a', '\ud83d\ude00', '\ud83d\ude00a', '\ud800\ud800', '\udc00\ud800', '', 'abc', 12]],
      [z.string().min(0), ['', 'a']],
      [z.string().regex(/^a+$/g), ['a', 'aa', 'b', '', 'ab']],
      [z.string().regex(/a/y), ['a', 'ba', 'ab']],
      [z.number().int().nonnegative(), [0, -0, 1, -1, 0.5, 2 ** 53, 2 ** 53 - 1, Number.NaN, Number.POSITIVE_INFINITY, '1']],
      [z.number().int().positive(), [0, 1, -0]],
      [z.number().min(0).max(1), [0, 1, 1.0000001, -0, -1e-300, Number.NaN]],
      [z.number().gt(0).lt(1), [0, 1, 0.5]],
      [z.enum(['a', 'b']), ['a', 'c', undefined, null]],
      [z.boolean(), [true, false, 0, 'true']],
      [z.array(z.string()), [[], ['a'], [1], [undefined], new Array(2), 'a', {length: 0}, SubArray.from(['a', 'b'])]],
      [z.array(z.string().optional()), [[undefined], new Array(2), ['a', undefined]]],
      [z.object({a: z.string().optional()}).strict(), [{}, {a: undefined}, {a: 'x'}, {a: 1}, {b: 1}, Object.create({a: 'x'}), Object.create({b: 1}), []]],
      [z.object({a: z.string()}), [{a: 'x', b: 1}, {}, {a: undefined}, Object.create({a: 'x'}), new Date(0), Object.create(null)]],
      [z.object({a: z.array(z.object({b: z.number()}).strict())}).strict(), [{a: [{b: 1}]}, {a: [{b: 1, c: 2}]}, {a: [{}]}]]
    ]
    for (const [schema, values] of cases) {
      const compiled = compileSchema(schema)
      expect(compiled).toBeTypeOf('function')
      for (const value of values) {
        const expected = schema.safeParse(value)
        const direct = (compiled as (value: unknown) => unknown)(value)
        expect({value, accepted: direct !== invalid}).toEqual({value, accepted: expected.success})
        if (expected.success) expect(sameParse(direct, expected.data)).toBe(true)
      }
    }
  })

  it('leaves to zod what it does not compile', () => {
    for (const schema of [
      feedOptionsSchema,
      z.email(),
      z.int(),
      z.string().trim(),
      z.string().max(3),
      z.string().refine((value) => value !== 'x'),
      z.string().transform((value) => value.length),
      z.coerce.number(),
      z.number().multipleOf(2),
      z.string().default('x'),
      z.object({a: z.string().optional().default('x')}),
      z.object({}).passthrough(),
      z.object({}).catchall(z.string()),
      z.object({a: z.string()}).refine(() => true),
      z.array(z.string()).min(1),
      z.union([z.string(), z.number()]),
      z.string().nullable(),
      z.literal('a')
    ]) {
      expect(compileSchema(schema)).toBeUndefined()
    }
    // And the result is zod's own, defaults and refinements included.
    expect(safeParse(feedOptionsSchema, {siteUrl: 'https://a.example/'})).toEqual(feedOptionsSchema.safeParse({siteUrl: 'https://a.example/'}))
    expect(safeParse(feedOptionsSchema, {siteUrl: '/x'}).success).toBe(false)
  })
})
