/** A 1-indexed line/column point with its 0-indexed offset. */
export interface Point {
  line: number
  column: number
  offset: number
}

/**
 * Compute the line and column of `offset` in `text` (lines split on `\n`).
 *
 * @param text Text the offset is in.
 * @param offset 0-indexed UTF-16 offset.
 * @returns The point.
 */
export function pointAt(text: string, offset: number): Point {
  const clamped = Math.max(0, Math.min(offset, text.length))
  let line = 1
  let lineStart = 0
  let index = text.indexOf('\n')
  while (index !== -1 && index < clamped) {
    line++
    lineStart = index + 1
    index = text.indexOf('\n', lineStart)
  }
  return {line, column: clamped - lineStart + 1, offset: clamped}
}
