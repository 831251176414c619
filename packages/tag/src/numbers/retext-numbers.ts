import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import {findNumbers} from './find-numbers.js'

/**
 * Find numbers: percentages (`38.5 percent` -> 38.5, unit `percent`), money
 * (`$4 billion` -> 4000000000, unit `USD`), and counts (`more than 300` ->
 * 300, qualifier `more than`). Digits that are part of a date found by
 * `retextDates` (run it first) are left out.
 *
 * Sets `file.data.numbers`, sorted by offset.
 *
 * @returns
 *   Transform.
 */
export function retextNumbers(): (tree: Root, file: VFile) => undefined {
  return (_tree, file) => {
    file.data.numbers = findNumbers(String(file), file.data.dates ?? [])
    return undefined
  }
}
