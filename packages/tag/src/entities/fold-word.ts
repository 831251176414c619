/**
 * Fold typographic variants to the ASCII forms the model was trained on:
 * curly apostrophes and quotes, and dashes.
 *
 * @param word
 *   A token.
 * @returns
 *   The token with `’` as `'`, `“”` as `"` and `–—` as `-`.
 */
export function foldWord(word: string): string {
  return word.replace(/[’‘`]/g, "'").replace(/[“”«»]/g, '"').replace(/[–—]/g, '-')
}
