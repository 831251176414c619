/** Slugs are cut at a word boundary at or below this many characters. */
export const maxSlugLength = 80

// Letters NFKD does not decompose to ASCII.
const special: Record<string, string> = {
  ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', đ: 'd', ð: 'd', þ: 'th', ł: 'l', ı: 'i', ħ: 'h', ŋ: 'ng', ĸ: 'k', ſ: 's'
}

/**
 * Make a readable ASCII slug: lower case, diacritics dropped (`Zürich` -> `zurich`),
 * apostrophes dropped (`People's` -> `peoples`), other runs of non-alphanumerics turned
 * into one `-`, cut at a word boundary to at most `maxLength` characters (and then without
 * trailing little words such as `-in` or `-the`).
 *
 * @param value Text, usually the title.
 * @param maxLength Longest slug.
 * @returns The slug; empty when the text has no Latin letters or digits.
 */
export function slugify(value: string, maxLength = maxSlugLength): string {
  const ascii = value
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[ßæœøđðþłıħŋĸſ]/g, (char) => special[char] ?? '')
    .replace(/(\w)['\u2019](\w)/g, '$1$2')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
  if (ascii.length <= maxLength) return ascii
  const cut = ascii.slice(0, maxLength + 1)
  const boundary = cut.lastIndexOf('-')
  const slug = (boundary > 0 ? cut.slice(0, boundary) : ascii.slice(0, maxLength)).replace(/-+$/, '')
  // A cut slug should not end on a little word (`...-part-in`).
  const trimmed = slug.replace(/(?:-(?:a|an|and|at|by|for|from|in|of|on|or|the|to|with))+$/, '')
  return trimmed === '' ? slug : trimmed
}
