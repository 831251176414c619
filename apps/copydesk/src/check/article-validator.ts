import {readFile} from 'node:fs/promises'
import {fileURLToPath} from 'node:url'
import {Ajv2020, type ErrorObject} from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'

/** Validates a published article against the JSON Schema shipped in `@copydesk/schema`. */
export type ArticleValidator = (value: unknown) => string[]

/**
 * Compile the shipped `@copydesk/schema/article.schema.json` with ajv (draft 2020-12, all errors, formats).
 *
 * @returns A function giving one line per violation (empty when valid).
 */
export async function createArticleValidator(): Promise<ArticleValidator> {
  const file = fileURLToPath(import.meta.resolve('@copydesk/schema/article.schema.json'))
  const schema = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>
  const ajv = new Ajv2020({allErrors: true, strict: false})
  addFormats.default(ajv)
  const validate = ajv.compile(schema)
  return (value) => {
    if (validate(value)) return []
    return (validate.errors ?? []).map(describe)
  }
}

function describe(error: ErrorObject): string {
  const where = error.instancePath === '' ? '(root)' : error.instancePath
  const extra = error.keyword === 'additionalProperties' ? ` \`${String(error.params.additionalProperty)}\`` : ''
  return `\`${where}\` ${error.message ?? 'is invalid'}${extra}`
}
