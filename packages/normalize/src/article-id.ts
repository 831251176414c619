import {createHash} from 'node:crypto'

/** What identifies a story when the source gives no id. */
export interface ArticleIdInput {
  /** Id given by the source: used as is (trimmed) when present. */
  id?: string | undefined
  publisher?: string | undefined
  /** Edition date, or the day of the publication date (`YYYY-MM-DD`). */
  date?: string | undefined
  /** The body text. */
  text: string
}

/** How many words of the body go into the id. */
export const idWordCount = 24

/**
 * The opening words of a body, reduced so that typography does not matter: NFKC, lower
 * case, quotes and dashes ignored, only letters and digits kept.
 *
 * @param text Body text.
 * @param count How many words.
 * @returns The words joined by single spaces.
 */
export function openingWords(text: string, count = idWordCount): string {
  const words = text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/['\u2018\u2019]/g, '')
    .match(/[\p{L}\p{N}]+/gu)
  return (words ?? []).slice(0, count).join(' ')
}

/**
 * A stable article id. Rule: the source's own id when it gives one; otherwise `cd-` and
 * the first 16 hex digits of the SHA-256 of `publisher|date|opening words`, where
 * publisher is lower-cased, date is the edition date (or the publication day) and the
 * opening words are the first 24 words of the body (see `openingWords`). The title, slug
 * and URL are never part of it, so editing a headline or moving the site keeps the id.
 *
 * @param input Id, publisher, date and body.
 * @returns The id.
 */
export function articleId(input: ArticleIdInput): string {
  const given = input.id?.trim()
  if (given) return given
  const key = [(input.publisher ?? '').trim().toLowerCase(), input.date ?? '', openingWords(input.text)].join('|')
  return `cd-${createHash('sha256').update(key).digest('hex').slice(0, 16)}`
}
