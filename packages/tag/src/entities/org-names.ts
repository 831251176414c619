import {dateWords, orgSuffixes} from './lexicon.js'
import {owner, place, type RuleContext} from './runs.js'
import type {Token} from './tokenize.js'

const upper = /^\p{Lu}/u
const orgConnectors = new Set(['of', 'for', 'with', 'on', 'de', '&'])

/**
 * Tag capitalised sequences holding an organisation word as organisations:
 * `Chinese People's Association for Friendship with Foreign Countries`,
 * `Swedish Shipowners' Association`, `Genron NPO`, `Ministry of Water Resources`. The name ends at its
 * organisation word unless a connector carries it on (`Association for
 * Friendship ...`, not `Authority President ...`).
 *
 * @param ctx
 *   Rule context; `ctx.runs` is updated.
 */
export function tagOrganisationNames(ctx: RuleContext): undefined {
  const {tokens, marks, gazetteer} = ctx
  const word = (index: number): string => tokens[index]?.text ?? ''
  // Capitalised sequences holding an organisation word (`Chinese People's
  // Association for Friendship with Foreign Countries`, `Genron NPO`).
  let covered = owner(ctx)
  for (let index = 0; index < tokens.length; index++) {
    if (!upper.test(word(index)) || dateWords.has(word(index))) continue
    let last = index
    let k = index + 1
    while (k < tokens.length && !(tokens[k] as Token).initial) {
      const w = word(k)
      if (dateWords.has(w)) break
      if (upper.test(w)) {
        last = k
        k++
        continue
      }
      // `People's Association`, and the plural possessive `Shipowners' Association`,
      // `Farmers' Union` (a lone apostrophe after a capitalised plural, a capitalised word next).
      const possessive =
        (/^['’]s$/u.test(w) && gazetteer.common.has(word(k - 1).toLowerCase())) ||
        (/^['’]$/u.test(w) && /\p{Lu}.*s$/u.test(word(k - 1)) && upper.test(word(k + 1)) && !(tokens[k + 1] as Token | undefined)?.initial)
      let seenSuffix = false
      for (let j = index; j < k; j++) if (orgSuffixes.has(word(j))) seenSuffix = true
      if (!possessive && !(orgConnectors.has(w) && seenSuffix)) break
      const leftRun = covered[k - 1]
      const leftWord = word(k - 1)
      if (leftRun && leftRun.first >= index && !/^['’]s$/u.test(w) && (leftRun.type === 'PER' || (leftRun.type === 'LOC' && !orgSuffixes.has(leftWord)))) break
      k++
      if (word(k) === 'the') k++
    }
    let first = index
    while (first < last && (tokens[first] as Token).initial && gazetteer.common.has(word(first).toLowerCase())) first++
    let suffixAt = -1
    for (let j = first; j <= last; j++) if (orgSuffixes.has(word(j))) suffixAt = j
    if (suffixAt >= 0) {
      // The name ends at its organisation word unless a connector carries it on
      // (`Association for Friendship with Foreign Countries`, not `Authority President`).
      let end = suffixAt
      while (end < last && !upper.test(word(end + 1))) {
        end++
        while (end < last && upper.test(word(end + 1))) end++
      }
      const existing = covered[first]
      let isPlace = marks[first] === 'B-LOC' && !marks[end + 1]?.startsWith('I-')
      for (let j = first + 1; j <= end; j++) if (marks[j] !== 'I-LOC') isPlace = false
      if (end > first && !isPlace && !(existing && existing.type === 'ORG' && existing.first <= first && existing.last >= end)) {
        ctx.runs = place(ctx.runs, first, end, 'ORG')
        covered = owner(ctx)
      }
    }
    index = last
  }

  return undefined
}
