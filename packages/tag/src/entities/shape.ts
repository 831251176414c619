/**
 * Condensed word shape: upper-case letters become `X`, lower-case `x`,
 * digits `d`, other characters stay; runs of one class are cut to two.
 *
 * @param word
 *   A token.
 * @returns
 *   Its shape, e.g. `Xxx` for `Tokyo`, `X.X.` for `U.S.`, `x-Xxx` for `al-Qaida`.
 */
export function shape(word: string): string {
  let out = ''
  let run = ''
  let count = 0
  for (let index = 0; index < word.length; index++) {
    const code = word.charCodeAt(index)
    const char = word.charAt(index)
    const kind =
      code >= 65 && code <= 90
        ? 'X'
        : code >= 97 && code <= 122
          ? 'x'
          : code >= 48 && code <= 57
            ? 'd'
            : code < 128
              ? char
              : /\p{Lu}/u.test(char)
                ? 'X'
                : /\p{Ll}/u.test(char)
                  ? 'x'
                  : /\p{N}/u.test(char)
                    ? 'd'
                    : char
    if (kind === run) {
      count++
      if (count > 2) continue
    } else {
      run = kind
      count = 1
    }
    out += kind
  }
  return out
}
