/** How quotes, apostrophes and dashes are written in the clean text. */
export type QuotePolicy = 'typographic' | 'straight' | 'preserve'

/** The quote policies, for validating options. */
export const quotePolicies: readonly QuotePolicy[] = ['typographic', 'straight', 'preserve']

const curlySingle = /[\u2018\u2019\u201A\u201B]/g
const curlyDouble = /[\u201C\u201D\u201E\u201F]/g

/**
 * Write quotes, apostrophes and dashes by a policy.
 *
 * - `straight`: curly quotes and apostrophes become `'` and `"`; dashes are kept.
 * - `typographic`: `'` and `"` become curly by context (`’` inside and after words, so
 *   `People's` becomes `People’s`), and `--` becomes an em dash `—`.
 * - `preserve`: nothing changes.
 *
 * Each character is replaced by one character (except `--`), so offsets barely move.
 *
 * @param value Text (one line or paragraph).
 * @param policy The policy.
 * @returns The text written by the policy.
 */
export function applyQuotePolicy(value: string, policy: QuotePolicy): string {
  if (policy === 'preserve') return value
  if (policy === 'straight') return value.replace(curlySingle, "'").replace(curlyDouble, '"')
  return typographic(value)
}

function typographic(value: string): string {
  let result = ''
  for (let index = 0; index < value.length; index++) {
    const char = value.charAt(index)
    const before = index === 0 ? '' : value.charAt(index - 1)
    const after = value.charAt(index + 1)
    if (char === '"') {
      result += opens(before) ? '\u201C' : '\u201D'
    } else if (char === "'") {
      const apostrophe = /[\p{L}\p{N}]/u.test(before) || (opens(before) && /\d/.test(after) && /\d\d/.test(value.slice(index + 1, index + 3)))
      result += apostrophe ? '\u2019' : opens(before) ? '\u2018' : '\u2019'
    } else if (char === '-' && after === '-' && value.charAt(index + 2) !== '-' && before !== '-') {
      result += '\u2014'
      index++
    } else {
      result += char
    }
  }
  return result
}

/** Whether a quote after `before` opens a quotation. */
function opens(before: string): boolean {
  return before === '' || /[\s([{\u2014\u2013\-\u201C\u2018/]/.test(before)
}
