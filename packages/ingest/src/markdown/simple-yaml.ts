/** `key: value` at the start of a line; the key is a plain word. */
const entry = /^([A-Za-z_][\w-]{0,127}): +(.+)$/

/** A double-quoted string whose escapes mean the same in JSON and YAML (no `\u`, no raw control characters, no byte order mark). */
const quoted = '"(?:[^"\\\\\\u0000-\\u001f\\uFEFF]|\\\\["\\\\/bfnrt])*"'
const quotedValue = new RegExp(`^${quoted}$`)
const quotedList = new RegExp(`^\\[ *(?:${quoted} *(?:, *${quoted} *)*)?\\]$`)

/** A plain scalar that is certainly a string: starts with a letter or digit, holds no comment, no `: `, no tab. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: refusing them is the point
const plainValue = /^[A-Za-z0-9](?:[^#:\t\u0000-\u001f\uFEFF]|:(?! ))*$/

/** A superset of what the YAML 1.2 core schema resolves to null, a boolean or a number. */
const coreScalar = /^(?:~|[Nn]ull|NULL|[Tt]rue|TRUE|[Ff]alse|FALSE|[-+]?\.?[0-9][0-9.]*(?:[eE][-+]?[0-9]+)?|0[ox][0-9A-Fa-f]+|[-+]?\.(?:inf|Inf|INF|nan|NaN|NAN))$/

/** What `parseSimpleYaml` returns. */
export interface SimpleYaml {
  record: Record<string, unknown>
  /** 0-indexed line of each key. */
  keyLines: Map<string, number>
}

/**
 * Read the YAML most front matter is made of: one `key: value` line per key, each value a
 * double-quoted string, a list of them (`["a", "b"]`) or a plain string (`2024-05-01`,
 * `Jane Doe`). The result is what `yaml`'s `parseDocument(...).toJS()` with the core
 * schema gives for such text, found without its general parser. Anything else (comments,
 * nesting, numbers, booleans, other escapes, repeated keys...) is left to that parser.
 *
 * @param text Front matter between its fences.
 * @returns The record and key lines, or `undefined` when the text is not this simple.
 */
export function parseSimpleYaml(text: string): SimpleYaml | undefined {
  const record: Record<string, unknown> = {}
  const keyLines = new Map<string, number>()
  const lines = text.split('\n')
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] as string
    if (line === '') continue
    const match = entry.exec(line)
    if (!match) return undefined
    const key = match[1] as string
    const value = match[2] as string
    if (keyLines.has(key) || key === '__proto__' || coreScalar.test(key)) return undefined
    const last = value.charCodeAt(value.length - 1)
    if (last === 32 || last === 9) return undefined
    let parsed: unknown
    if (quotedValue.test(value) || quotedList.test(value)) parsed = JSON.parse(value)
    else if (plainValue.test(value) && !coreScalar.test(value) && last !== 58 /* : */) parsed = value
    else return undefined
    record[key] = parsed
    keyLines.set(key, index)
  }
  return keyLines.size === 0 ? undefined : {record, keyLines}
}
