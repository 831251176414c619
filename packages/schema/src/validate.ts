import type {z} from 'zod'
import {CopydeskError} from './error.js'
import {safeParse} from './safe-parse.js'

/**
 * Validate `value` against `schema`; on failure throw one `CopydeskError` listing every issue
 * with its path.
 *
 * @param schema zod schema.
 * @param value Value to check.
 * @param what Name of the thing checked, for the message (e.g. `feed options`).
 * @returns The parsed value.
 */
export function validate<S extends z.ZodType>(schema: S, value: unknown, what: string): z.output<S> {
  const result = safeParse(schema, value)
  if (result.success) return result.data
  const lines = result.error.issues.map((issue) => {
    const path = issue.path.length > 0 ? issue.path.join('.') : '(root)'
    return `- \`${path}\`: ${issue.message}`
  })
  throw new CopydeskError('VALIDATION', `Invalid ${what}:\n${lines.join('\n')}`, {cause: result.error})
}
