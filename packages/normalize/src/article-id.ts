import {createHash} from 'node:crypto'

/** What identifies a story when the source gives no id. */
export interface ArticleIdInput {
  /** Id given by the source: used when present, cleaned as every output writes it (see `cleanId`). */
  id?: string | undefined
  publisher?: string | undefined
  /** Edition date, or the day of the publication date (`YYYY-MM-DD`). */
  date?: string | undefined
  /** The body text. */
  text: string
}

/** How many words of the body go into the id. */
export const idWordCount = 24

/** Where `openingWords` first tries to cut the text (in characters). */
const openingLength = 400
// biome-ignore lint/suspicious/noControlCharactersInRegex: any ASCII character, controls included
const ascii = /^[\u0000-\u007F]*$/

/**
 * The opening words of a body, reduced so that typography does not matter: NFKC, lower
 * case, quotes and dashes ignored, only letters and digits kept.
 *
 * @param text Body text.
 * @param count How many words.
 * @returns The words joined by single spaces.
 */
export function openingWords(text: string, count = idWordCount): string {
  return openingWordList(text, count).join(' ')
}

/**
 * The words `openingWords` joins (each non-empty, without spaces).
 *
 * @param text Body text.
 * @param count How many words.
 * @returns The words.
 */
export function openingWordList(text: string, count = idWordCount): string[] {
  // In ASCII, NFKC changes nothing, lower case is per character and the words are [a-z0-9]+.
  // Most bodies open in ASCII: then the opening (cut after a space, so no word straddles the
  // cut) gives the same first words as the whole text, as long as it holds more than `count`.
  const cut = Number.isFinite(count) && count >= 0 ? text.indexOf(' ', openingLength) : -1
  if (cut > 0) {
    const words = asciiWords(text.slice(0, cut + 1))
    if (words && words.length > count) return words.slice(0, count)
  }
  const words = asciiWords(text) ?? text.normalize('NFKC').toLowerCase().replace(/['\u2018\u2019]/g, '').match(/[\p{L}\p{N}]+/gu)
  return (words ?? []).slice(0, count)
}

/** The words of an ASCII text as `openingWords` takes them; undefined when the text is not ASCII. */
function asciiWords(text: string): string[] | undefined {
  if (!ascii.test(text)) return undefined
  return text.toLowerCase().replace(/'/g, '').match(/[a-z0-9]+/g) ?? []
}

/**
 * A stable article id. Rule: the source's own id when it gives one (cleaned: see `cleanId`); otherwise `cd-` and
 * the first 16 hex digits of the SHA-256 of `publisher|date|opening words`, where
 * publisher is lower-cased, date is the edition date (or the publication day) and the
 * opening words are the first 24 words of the body (see `openingWords`). The title, slug
 * and URL are never part of it, so editing a headline or moving the site keeps the id.
 *
 * @param input Id, publisher, date and body.
 * @returns The id.
 */
export function articleId(input: ArticleIdInput): string {
  const given = input.id === undefined ? undefined : cleanId(input.id)
  if (given) return given
  const key = [(input.publisher ?? '').trim().toLowerCase(), input.date ?? '', openingWords(input.text)].join('|')
  return `cd-${createHash('sha256').update(key).digest('hex').slice(0, 16)}`
}

/** Characters XML 1.0 forbids or discourages (C0 but tab and line breaks, DEL, C1, lone surrogates, noncharacters). */
const unwanted = /[^\t\n\r\u0020-\u007E\u00A0-\uD7FF\uE000-\uFDCF\uFDF0-\uFFFD\u{10000}-\u{10FFFF}]/gu

/**
 * Clean a source's id so that every output carries it byte for byte: the feeds cannot hold
 * control characters and write it on one line, so those are removed, runs of ASCII
 * whitespace become one space, and the ends are trimmed. Otherwise the article JSON and the
 * feeds would name one article by two ids.
 *
 * @param id Id as the source gave it.
 * @returns The id as published (empty when nothing is left).
 */
export function cleanId(id: string): string {
  return id.replace(unwanted, '').replace(/[\t\n\v\f\r ]+/g, ' ').trim()
}
