import {pointAt} from './point-at.js'

/** A JSON syntax error with its place. */
export interface JsonProblem {
  reason: string
  line: number
  column: number
}

/**
 * `JSON.parse` that never throws: a syntax error comes back with its line and column.
 *
 * @param text JSON text.
 * @returns The value, or the problem.
 */
export function parseJson(text: string): {ok: true; value: unknown} | {ok: false; problem: JsonProblem} {
  try {
    return {ok: true, value: JSON.parse(text)}
  } catch (cause) {
    const message = (cause as Error).message
    const position = /position (\d+)/.exec(message)?.[1]
    const point = position === undefined ? (/line (\d+) column (\d+)/.exec(message) ?? undefined) : undefined
    const offset = position === undefined ? (/end of JSON input/.test(message) ? text.length : undefined) : Number(position)
    const {line, column} = offset === undefined ? {line: Number(point?.[1] ?? 1), column: Number(point?.[2] ?? 1)} : pointAt(text, offset)
    return {ok: false, problem: {reason: message.replace(/\s*(?:in JSON )?at position \d+.*$/, '').replace(/^JSON\.parse: /, ''), line, column}}
  }
}
