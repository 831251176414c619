// Words whose final period does not end a sentence.
const abbreviations = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'capt', 'sgt', 'st', 'jr', 'sr', 'rev', 'hon',
  'jan', 'feb', 'mar', 'apr', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'no', 'vs', 'inc', 'corp', 'co', 'ltd', 'mt',
  'ft', 'approx', 'etc', 'est', 'ave', 'blvd'
])

/**
 * The first sentence of a paragraph: up to the first `.`, `!` or `?` (and closing quotes)
 * that is followed by a space and a capital letter, a digit or an opening quote, and is not
 * an abbreviation (`Mr.`, `Jan.`), an initial (`J.`) or part of one (`U.S.`); or up to a
 * Chinese or Japanese full stop, exclamation or question mark.
 *
 * @param paragraph The paragraph.
 * @returns The first sentence, trimmed.
 */
export function firstSentence(paragraph: string): string {
  const pattern = /[.!?]+["'\u201D\u2019)]*(?=\s+["'\u201C\u2018(]?[\p{Lu}\p{N}])|[\u3002\uFF01\uFF1F][\u300D\u300F\u201D]?/gu
  for (const match of paragraph.matchAll(pattern)) {
    const end = match.index + match[0].length
    if (match[0].startsWith('.')) {
      const word = /([\p{L}.]+)$/u.exec(paragraph.slice(Math.max(0, match.index - 40), match.index))?.[1] ?? ''
      if (abbreviations.has(word.toLowerCase()) || /^\p{Lu}$/u.test(word) || /\p{L}\.\p{L}$/u.test(word)) continue
    }
    return paragraph.slice(0, end).trim()
  }
  return paragraph.trim()
}
