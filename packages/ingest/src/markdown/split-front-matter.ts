/** Front matter found at the start of a Markdown document. */
export interface FrontMatter {
  kind: 'yaml' | 'toml'
  /** Text between the fences. */
  value: string
  /** 1-indexed line of the first line of `value` in the document. */
  line: number
  /** Whether a closing fence was found. */
  closed: boolean
}

/**
 * Split YAML (`---` ... `---` or `...`) or TOML (`+++` ... `+++`) front matter from the body.
 *
 * @param text Document with `\n` line endings.
 * @returns The front matter (if any), the body, and the body's first line number.
 */
export function splitFrontMatter(text: string): {frontMatter: FrontMatter | undefined; body: string; bodyLine: number} {
  const open = /^(---|\+\+\+)[ \t]*\n/.exec(text)
  if (!open) return {frontMatter: undefined, body: text, bodyLine: 1}
  const kind = open[1] === '---' ? 'yaml' : 'toml'
  const close = kind === 'yaml' ? /^(?:---|\.\.\.)[ \t]*$/m : /^\+\+\+[ \t]*$/m
  const rest = text.slice(open[0].length)
  const match = close.exec(rest)
  if (!match) return {frontMatter: {kind, value: rest, line: 2, closed: false}, body: '', bodyLine: 1}
  const value = rest.slice(0, match.index)
  const afterFence = rest.slice(match.index + match[0].length).replace(/^\n/, '')
  const bodyLine = 2 + countLines(value) + 1
  return {frontMatter: {kind, value, line: 2, closed: true}, body: afterFence, bodyLine}
}

function countLines(value: string): number {
  let count = 0
  for (let index = value.indexOf('\n'); index !== -1; index = value.indexOf('\n', index + 1)) count++
  return count
}
