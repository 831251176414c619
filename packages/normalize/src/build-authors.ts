import type {Author} from '@copydesk/schema'

/**
 * Combine author names and e-mail addresses into authors. An address goes with the name
 * whose letters it spells (`chengguangjin@...` with `Cheng Guangjin`, `jdoe@...` with
 * `Jane Doe`); others become authors with an e-mail only. Duplicates are dropped.
 *
 * @param given Authors the source's metadata gave (kept as given, first).
 * @param names Names from bylines.
 * @param emails Addresses from e-mail lines.
 * @returns The authors, names first.
 */
export function buildAuthors(given: readonly Author[], names: readonly string[], emails: readonly string[]): Author[] {
  const authors: Author[] = given.map((author) => ({...author}))
  const seen = new Set<string>(authors.flatMap((author) => (author.name ? [author.name.toLowerCase()] : [])))
  for (const name of names) {
    const key = name.toLowerCase()
    if (name.trim() === '' || seen.has(key)) continue
    seen.add(key)
    authors.push({name: name.trim()})
  }
  for (const email of [...new Set(emails)]) {
    const owner = authors.find((author) => author.name && author.email === undefined && spells(email, author.name))
    if (owner) owner.email = email
    else if (!authors.some((author) => author.email === email)) authors.push({email})
  }
  return authors
}

function spells(email: string, name: string): boolean {
  const local = (email.split('@')[0] ?? '').toLowerCase().replace(/[^a-z]/g, '')
  const words = name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[\u0300-\u036f]/g, '')
    .split(/\s+/)
    .map((word) => word.replace(/[^a-z]/g, ''))
    .filter(Boolean)
  if (local === '' || words.length === 0) return false
  const full = words.join('')
  const reversed = [...words].reverse().join('')
  const last = words[words.length - 1] ?? ''
  const initialLast = (words[0]?.[0] ?? '') + last
  return [full, reversed, initialLast, last + (words[0]?.[0] ?? '')].includes(local) || (last.length > 3 && local === last)
}

/**
 * Split an author string a source gave (`Jane Doe <jane@example.com>`, `jane@example.com (Jane Doe)`).
 *
 * @param value The author as given.
 * @returns Its name and e-mail.
 */
export function parseAuthor(value: string): Author | undefined {
  const text = value.trim().slice(0, 300)
  const email = text.includes('@') ? /[^\s<>()@]+@[^\s<>()@]+\.[a-z]{2,}/i.exec(text)?.[0] : undefined
  const name = text
    .replace(email ?? '', '')
    .replace(/[<>()]/g, '')
    .replace(/^by\s+/i, '')
    .replace(/\s+/g, ' ')
    .trim()
  const author: Author = {}
  if (name) author.name = name
  if (email) author.email = email.toLowerCase()
  return author.name || author.email ? author : undefined
}
