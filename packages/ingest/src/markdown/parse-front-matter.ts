import {parse as parseToml, TomlError} from 'smol-toml'
import {isMap, parseDocument} from 'yaml'
import {parseSimpleYaml} from './simple-yaml.js'
import type {FrontMatter} from './split-front-matter.js'

/** A problem in front matter, at a 1-indexed line and column of the document. */
export interface FrontMatterProblem {
  reason: string
  ruleId: string
  line: number
  column: number
}

/** Parsed front matter: the record, where each top-level key is, and problems. */
export interface ParsedFrontMatter {
  record: Record<string, unknown> | undefined
  keyLines: Map<string, number>
  problems: FrontMatterProblem[]
}

/** Aliases are expanded at most this many times (guards against "billion laughs" YAML). */
const maxAliasCount = 100

/**
 * Parse YAML (1.2 core schema: no custom tags, no timestamps, unique keys, bounded aliases)
 * or TOML front matter into a plain record.
 *
 * @param frontMatter Split front matter.
 * @returns The record (undefined when unusable), key lines, and problems with positions.
 */
export function parseFrontMatter(frontMatter: FrontMatter): ParsedFrontMatter {
  const keyLines = new Map<string, number>()
  const problems: FrontMatterProblem[] = []
  const at = (line: number, column: number, reason: string, ruleId: string) => problems.push({reason, ruleId, line: frontMatter.line + line - 1, column})
  const name = frontMatter.kind === 'yaml' ? 'YAML' : 'TOML'
  if (!frontMatter.closed) {
    at(0, 1, `${name} front matter is never closed: add a \`${frontMatter.kind === 'yaml' ? '---' : '+++'}\` line after it`, 'front-matter-unclosed')
    return {record: undefined, keyLines, problems}
  }
  let record: unknown
  const simple = frontMatter.kind === 'yaml' ? parseSimpleYaml(frontMatter.value) : undefined
  if (simple) {
    record = simple.record
    for (const [key, line] of simple.keyLines) keyLines.set(key, frontMatter.line + line)
  } else if (frontMatter.kind === 'yaml') {
    const document = parseDocument(frontMatter.value, {schema: 'core', uniqueKeys: true, prettyErrors: false, strict: true})
    for (const problem of document.errors) {
      const [line, column] = [problem.linePos?.[0].line ?? 1, problem.linePos?.[0].col ?? 1]
      at(line, column, `Malformed YAML front matter: ${problem.message.split('\n')[0]}; fix the YAML (quote values with \`:\` or \`#\`)`, 'front-matter-yaml')
    }
    if (document.errors.length > 0) return {record: undefined, keyLines, problems}
    for (const problem of document.warnings) {
      const [line, column] = [problem.linePos?.[0].line ?? 1, problem.linePos?.[0].col ?? 1]
      at(line, column, `YAML front matter: ${problem.message.split('\n')[0]}; the value is read as plain text`, 'front-matter-yaml-warning')
    }
    try {
      record = document.toJS({maxAliasCount})
    } catch (cause) {
      at(1, 1, `Cannot expand YAML front matter: ${(cause as Error).message}; remove the aliases (\`*name\`)`, 'front-matter-yaml')
      return {record: undefined, keyLines, problems}
    }
    if (isMap(document.contents)) {
      for (const pair of document.contents.items) {
        const key = (pair.key as {value?: unknown; range?: [number, number, number]} | null) ?? undefined
        if (key?.range && typeof key.value === 'string') keyLines.set(key.value, frontMatter.line + lineOf(frontMatter.value, key.range[0]) - 1)
      }
    }
  } else {
    try {
      record = parseToml(frontMatter.value)
    } catch (cause) {
      const line = cause instanceof TomlError ? cause.line : 1
      const column = cause instanceof TomlError ? cause.column : 1
      at(line, column, `Malformed TOML front matter: ${(cause as Error).message.split('\n')[0]}; fix the TOML`, 'front-matter-toml')
      return {record: undefined, keyLines, problems}
    }
    frontMatter.value.split('\n').forEach((text, index) => {
      const key = /^\s*["']?([\w.-]+)["']?\s*=/.exec(text)?.[1]
      if (key && !keyLines.has(key)) keyLines.set(key, frontMatter.line + index)
    })
  }
  if (record === null || record === undefined) return {record: {}, keyLines, problems}
  if (typeof record !== 'object' || Array.isArray(record)) {
    at(1, 1, `${name} front matter is a ${Array.isArray(record) ? 'list' : typeof record}, not a mapping: write \`key: value\` lines`, 'front-matter-not-mapping')
    return {record: undefined, keyLines, problems}
  }
  return {record: record as Record<string, unknown>, keyLines, problems}
}

function lineOf(text: string, offset: number): number {
  let line = 1
  for (let index = text.indexOf('\n'); index !== -1 && index < offset; index = text.indexOf('\n', index + 1)) line++
  return line
}
