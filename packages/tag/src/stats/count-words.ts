const word = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu

/**
 * Count the words of a text: runs of letters and digits, where an inner
 * apostrophe, hyphen or decimal point does not split a word (`Japan's`,
 * `38.5`, `post-disaster` are one word each).
 *
 * @param text
 *   Any text.
 * @returns
 *   Number of words.
 */
export function countWords(text: string): number {
  // `test` on a global pattern moves `lastIndex` on without building match arrays.
  let count = 0
  word.lastIndex = 0
  while (word.test(text)) count++
  word.lastIndex = 0
  return count
}
