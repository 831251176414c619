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
// Every alternative starts with a non-space character and `\S` takes any
// one, so a token starts at each non-space character after the previous
// token: `tokenize` skips the spaces, then matches the pattern right there
// (sticky), which finds what a global search would, without match arrays.
const tokenPattern =
  /(?:\p{L}\.){2,}|[\p{L}\p{N}]+(?:(?:[-&]|['’](?![sS]\b))[\p{L}\p{N}]+)*|['’][sS]\b|\S/uy
const spaces = /\s*/uy

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
  let position = 0
  while (position < text.length) {
    spaces.lastIndex = position
    spaces.test(text)
    const start = spaces.lastIndex
    if (start >= text.length) break
    tokenPattern.lastIndex = start
    if (!tokenPattern.test(text)) break
    position = tokenPattern.lastIndex
    const value = text.slice(start, position)
    if (tokens.length > 0 && hasLineBreak(text, last, start)) initial = true
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

/** Whether `text` has a line feed in `start..end` (`text.slice(start, end).includes('\n')` without the slice). */
function hasLineBreak(text: string, start: number, end: number): boolean {
  for (let index = start; index < end; index++) if (text.charCodeAt(index) === 10) return true
  return false
}
