import type {Point, Position} from '@copydesk/schema'

/** One line of the raw text, with where it starts. */
export interface Line {
  /** The line without its `\n`. */
  text: string
  /** 1-indexed line number. */
  line: number
  /** 0-indexed offset of the first character in the raw text. */
  offset: number
}

/**
 * Split raw text into lines, keeping each line's number and offset.
 *
 * @param text Raw text with `\n` line endings (a stray `\r` is treated as a line ending too).
 * @returns The lines, in order; an empty text gives one empty line.
 */
export function splitLines(text: string): Line[] {
  const lines: Line[] = []
  const pattern = /\r\n|\r|\n/g
  let start = 0
  let number = 1
  let match = pattern.exec(text)
  while (match) {
    lines.push({text: text.slice(start, match.index), line: number, offset: start})
    start = match.index + match[0].length
    number++
    match = pattern.exec(text)
  }
  lines.push({text: text.slice(start), line: number, offset: start})
  return lines
}

/**
 * The point of a column inside a line.
 *
 * @param line The line.
 * @param index 0-indexed character index in `line.text`.
 * @returns A point with line, column and offset.
 */
export function pointIn(line: Line, index: number): Point {
  return {line: line.line, column: index + 1, offset: line.offset + index}
}

/**
 * The position of a range inside one line.
 *
 * @param line The line.
 * @param start 0-indexed start in `line.text`.
 * @param end 0-indexed end in `line.text`, exclusive; defaults to the line's end.
 * @returns A position.
 */
export function positionIn(line: Line, start = 0, end = line.text.length): Position {
  return {start: pointIn(line, start), end: pointIn(line, end)}
}

/**
 * The position of a range spanning several lines.
 *
 * @param first The first line.
 * @param last The last line.
 * @returns A position from the start of `first` to the end of `last`.
 */
export function positionOfLines(first: Line, last: Line): Position {
  return {start: pointIn(first, 0), end: pointIn(last, last.text.length)}
}
