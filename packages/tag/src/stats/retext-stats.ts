import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import {countWords} from './count-words.js'

/** Options for `retextStats`. */
export interface StatsOptions {
  /**
   * Reading speed in words per minute.
   *
   * @default 230
   */
  wordsPerMinute?: number
}

/**
 * Count words and estimate reading time.
 *
 * Sets `file.data.wordCount` and `file.data.readingTime` (minutes, rounded
 * up; `0` only for a text without words).
 *
 * @param options
 *   Configuration (optional).
 * @returns
 *   Transform.
 */
export function retextStats(options: StatsOptions = {}): (tree: Root, file: VFile) => undefined {
  const wpm = options.wordsPerMinute !== undefined && options.wordsPerMinute > 0 ? options.wordsPerMinute : 230
  return (_tree, file) => {
    const words = countWords(String(file))
    file.data.wordCount = words
    file.data.readingTime = Math.ceil(words / wpm)
    return undefined
  }
}
