import type {z} from 'zod'

/** What a compiled schema returns for a value the schema rejects. */
export const invalid: unique symbol = Symbol('invalid')

/** A compiled schema: the value zod's `safeParse` would return as `data`, or `invalid`. */
export type CompiledSchema = (value: unknown) => unknown

// The parts of zod's internal definitions read here (zod 4 `_zod.def`), loosely typed.
interface Def {
  type: string
  coerce?: boolean
  checks?: Array<{_zod: {def: CheckDef}}>
  shape?: Record<string, z.ZodType>
  catchall?: z.ZodType
  element?: z.ZodType
  innerType?: z.ZodType
}

interface CheckDef {
  check: string
  format?: string
  pattern?: unknown
  minimum?: unknown
  value?: unknown
  inclusive?: boolean
}

interface Internals {
  def: Def
  traits: Set<string>
  values?: unknown
}

const internals = (schema: z.ZodType): Internals => (schema as unknown as {_zod: Internals})._zod

class Unsupported extends Error {}

/**
 * Compile a zod schema into one plain function that answers as `schema.safeParse` does,
 * without zod's per-field bookkeeping (a payload object and an issue list for every value).
 * Only what the copydesk schemas use is compiled: strict or stripping objects, arrays,
 * optional, strings (`min`, `regex`), numbers (`int`, bounds), booleans and enums. Anything
 * else (refinements, defaults, transforms, coercion, other checks or types) gives `undefined`,
 * and the caller uses zod. The function returns what zod returns: a new object with the
 * shape's keys in shape order (an absent optional key left out, a present one kept even when
 * `undefined`), new arrays, the same strings, numbers and booleans; `invalid` when zod would
 * report an issue. Each object schema becomes its own function, so property reads stay
 * monomorphic.
 *
 * @param schema A zod schema.
 * @returns The compiled schema, or `undefined` when it uses anything not handled here.
 */
export function compileSchema(schema: z.ZodType): CompiledSchema | undefined {
  const compiler = new Compiler()
  let entry: string
  try {
    entry = compiler.function(schema)
  } catch (error) {
    if (error instanceof Unsupported) return undefined
    throw error
  }
  const source = `${compiler.functions.join('\n')}\nreturn ${entry}`
  try {
    return new Function('I', 'c', 'codePoints', source)(invalid, compiler.constants, codePoints) as CompiledSchema
  } catch {
    // No code generation here (a locked-down runtime): zod does the work.
    return undefined
  }
}

/** zod's `codePointLength`: a surrogate pair counts once. */
function codePoints(value: string): number {
  const units = value.length
  let count = units
  for (let index = 0; index < units - 1; index++) {
    if ((value.charCodeAt(index) & 0xfc00) === 0xd800 && (value.charCodeAt(index + 1) & 0xfc00) === 0xdc00) {
      count--
      index++
    }
  }
  return count
}

class Compiler {
  readonly functions: string[] = []
  readonly constants: unknown[] = []
  readonly #names = new Map<z.ZodType, string>()

  constant(value: unknown): string {
    return `c[${this.constants.push(value) - 1}]`
  }

  /** The name of a generated function `(value) => parsed | I` for an object or array schema. */
  function(schema: z.ZodType): string {
    const known = this.#names.get(schema)
    if (known) return known
    const name = `f${this.#names.size}`
    this.#names.set(schema, name)
    const {def} = internals(schema)
    this.#plain(schema)
    if (def.type === 'object') this.functions.push(this.#object(name, def))
    else if (def.type === 'array') this.functions.push(this.#array(name, def))
    else this.functions.push(`function ${name}(v) {\n${this.check(schema, 'v')}\nreturn v\n}`)
    return name
  }

  /** Statements that check `variable` (and replace it with the parsed copy), `return I` on failure. */
  check(schema: z.ZodType, variable: string): string {
    const {def} = internals(schema)
    this.#plain(schema)
    switch (def.type) {
      case 'string':
        return `if (${this.#string(def, variable)}) return I`
      case 'number':
        return `if (${this.#number(def, variable)}) return I`
      case 'boolean':
        this.#noChecks(def)
        return `if (typeof ${variable} !== 'boolean') return I`
      case 'enum': {
        this.#noChecks(def)
        // zod's own test: membership of the enum's values.
        const values = internals(schema).values
        if (!(values instanceof Set)) throw new Unsupported('enum')
        return `if (!${this.constant(values)}.has(${variable})) return I`
      }
      case 'optional':
        return `if (${variable} !== undefined) {\n${this.check(this.#optionalInner(def), variable)}\n}`
      case 'object':
      case 'array':
        return `${variable} = ${this.function(schema)}(${variable})\nif (${variable} === I) return I`
      default:
        throw new Unsupported(def.type)
    }
  }

  /** Not coerced, and not itself a check (`z.email()`, `z.int()` run their own check too). */
  #plain(schema: z.ZodType): void {
    const {def, traits} = internals(schema)
    if (def.coerce || traits.has('$ZodCheck')) throw new Unsupported(def.type)
  }

  #noChecks(def: Def): void {
    if (def.checks && def.checks.length > 0) throw new Unsupported(`${def.type} checks`)
  }

  #optionalInner(def: Def): z.ZodType {
    this.#noChecks(def)
    const inner = def.innerType as z.ZodType
    // A default inside substitutes a value for `undefined`: not handled.
    if (['default', 'prefault', 'optional', 'exact_optional'].includes(internals(inner).def.type)) throw new Unsupported('optional')
    return inner
  }

  /** A condition true when `v` fails the string schema. */
  #string(def: Def, v: string): string {
    const fails = [`typeof ${v} !== 'string'`]
    for (const check of def.checks ?? []) {
      const c = check._zod.def
      if (c.check === 'min_length' && Number.isSafeInteger(c.minimum) && (c.minimum as number) >= 0) {
        // zod counts code points only when the UTF-16 length leaves the answer in doubt.
        const m = c.minimum as number
        fails.push(`(${v}.length < ${m} || (${v}.length < ${2 * m} && codePoints(${v}) < ${m}))`)
      } else if (c.check === 'string_format' && c.format === 'regex' && c.pattern instanceof RegExp) {
        const pattern = this.constant(c.pattern)
        fails.push(`(${pattern}.lastIndex = 0, !${pattern}.test(${v}))`)
      } else throw new Unsupported(`string check ${c.check}`)
    }
    return fails.join(' || ')
  }

  /** A condition true when `v` fails the number schema. */
  #number(def: Def, v: string): string {
    const fails = [`typeof ${v} !== 'number'`, `!Number.isFinite(${v})`]
    for (const check of def.checks ?? []) {
      const c = check._zod.def
      // `int()`: an integer within the safe range.
      if (c.check === 'number_format' && c.format === 'safeint') fails.push(`!Number.isSafeInteger(${v})`)
      else if ((c.check === 'greater_than' || c.check === 'less_than') && typeof c.value === 'number' && !Number.isNaN(c.value)) {
        const bound = this.constant(c.value)
        const operator = c.check === 'greater_than' ? (c.inclusive ? '>=' : '>') : c.inclusive ? '<=' : '<'
        fails.push(`!(${v} ${operator} ${bound})`)
      } else throw new Unsupported(`number check ${c.check}`)
    }
    return fails.join(' || ')
  }

  #array(name: string, def: Def): string {
    this.#noChecks(def)
    // A plain new array, as zod makes (not `slice`, which keeps an Array subclass).
    return [
      `function ${name}(v) {`,
      `if (!Array.isArray(v)) return I`,
      `const n = v.length`,
      `const a = new Array(n)`,
      `for (let i = 0; i < n; i++) {`,
      `let x = v[i]`,
      this.check(def.element as z.ZodType, 'x'),
      `a[i] = x`,
      `}`,
      `return a`,
      `}`
    ].join('\n')
  }

  #object(name: string, def: Def): string {
    this.#noChecks(def)
    const shape = def.shape ?? {}
    if (Object.getOwnPropertySymbols(shape).length > 0) throw new Unsupported('symbol keys')
    let strict: boolean
    if (def.catchall === undefined) strict = false
    else if (internals(def.catchall).def.type === 'never') strict = true
    else throw new Unsupported('catchall')
    const lines = [`function ${name}(v) {`, `if (typeof v !== 'object' || v === null || Array.isArray(v)) return I`, `const o = {}`, `let x`]
    const keys = Object.keys(shape)
    for (const key of keys) {
      if (key === '__proto__') throw new Unsupported('__proto__')
      const field = shape[key] as z.ZodType
      const k = JSON.stringify(key)
      lines.push(`x = v[${k}]`)
      if (internals(field).def.type === 'optional') {
        // zod: an absent optional key (`in`: inherited keys count) stays absent; a present one is kept, even `undefined`.
        // (A defined value is taken as present: only a Proxy whose `has` denies what its `get` returns tells the two apart.)
        const inner = this.#optionalInner(internals(field).def)
        this.#plain(field)
        lines.push(`if (x !== undefined) {`, this.check(inner, 'x'), `o[${k}] = x`, `} else if (${k} in v) o[${k}] = undefined`)
      } else lines.push(this.check(field, 'x'), `o[${k}] = x`)
    }
    // zod's strict objects refuse any other enumerable key, inherited ones included (`for...in`).
    if (strict) lines.push(`for (const k in v) if (!${this.constant(new Set(keys))}.has(k)) return I`)
    lines.push('return o', '}')
    return lines.join('\n')
  }
}
