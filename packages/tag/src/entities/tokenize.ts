/** One token of a text, with its offsets (JavaScript string indices). */
export interface Token {
  /** The token as written. */
  text: string
  /** Start offset in the text. */
  start: number
  /** End offset in the text (exclusive). */
  end: number
  /** Whether the token starts a sentence (after `.`, `!`, `?`, a line break or at the start). */
  initial: boolean
}

// Initialisms (`U.S.`), words with inner hyphens, ampersands or apostrophes
// (`al-Qaida`, `AT&T`, `O'Brien`; a possessive `'s` is split off), numbers,
// the possessive and any other single character.
const tokenPattern =
  /(?:\p{L}\.){2,}|[\p{L}\p{N}]+(?:(?:[-&]|['’](?![sS]\b))[\p{L}\p{N}]+)*|['’][sS]\b|\S/gu

const abbreviations = new Set(
  'mr mrs ms dr jr sr st mt ft gen lt col sgt maj capt adm gov sen rep rev prof inc corp co ltd bros vs no jan feb mar apr aug sep sept oct nov dec'.split(' ')
)

/**
 * Split a text into tokens for the entity tagger: words, initialisms,
 * possessives and punctuation, each with its offsets and whether it starts a
 * sentence. Titles and initials keep their period (`Mr.`, `W.`).
 *
 * @param text
 *   Any text.
 * @returns
 *   Tokens in order.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = []
  let initial = true
  let last = 0
  for (const match of text.matchAll(tokenPattern)) {
    const start = match.index
    const value = match[0]
    if (tokens.length > 0 && text.slice(last, start).includes('\n')) initial = true
    const previous = tokens.at(-1)
    // Glue the period of an abbreviation or a one-letter initial to its word.
    if (value === '.' && previous && previous.end === start && glues(previous.text)) {
      previous.text += '.'
      previous.end += 1
      last = previous.end
      continue
    }
    if (value.length === 0) continue
    tokens.push({text: value, start, end: start + value.length, initial})
    last = start + value.length
    if (value === '.' || value === '!' || value === '?') initial = true
    else if (!/^["“”'‘’([«»-]$/u.test(value)) initial = false
  }
  return tokens
}

function glues(word: string): boolean {
  if (/^\p{Lu}$/u.test(word)) return true
  return abbreviations.has(word.toLowerCase())
}
