import type {z} from 'zod'
import {type CompiledSchema, compileSchema, invalid} from './compile-schema.js'

const compiled = new WeakMap<z.ZodType, CompiledSchema | null>()

/**
 * `schema.safeParse(value)`, faster for the schemas copydesk's stages pass articles through:
 * the schema is compiled once (`compileSchema`) and a value the compiled function accepts is
 * returned as zod would return it. A value it rejects, and every value of a schema it cannot
 * compile, goes to zod, so a failure (issues and messages) is always zod's own.
 *
 * @param schema A zod schema.
 * @param value The value to check.
 * @returns What `schema.safeParse(value)` returns: `{success: true, data}` or `{success: false, error}`.
 */
export function safeParse<S extends z.ZodType>(schema: S, value: unknown): z.ZodSafeParseResult<z.output<S>> {
  let check = compiled.get(schema)
  if (check === undefined) {
    check = compileSchema(schema) ?? null
    compiled.set(schema, check)
  }
  if (check !== null) {
    const data = check(value)
    if (data !== invalid) return {success: true, data: data as z.output<S>}
  }
  return schema.safeParse(value) as z.ZodSafeParseResult<z.output<S>>
}
