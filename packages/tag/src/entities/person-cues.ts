import {dateWords, orgSuffixes, shortTitle} from './lexicon.js'
import {owner, place, type Run, type RuleContext} from './runs.js'
import type {Token} from './tokenize.js'

const upper = /^\p{Lu}/u
const speechVerbs = new Set(
  'said says told tells explains explained added adds wrote writes argues argued noted notes recalls recalled insists insisted warned warns believes believed'.split(' ')
)

/**
 * Speech and titles point to people: `Tarlo explains`, `says Leive.`,
 * `Mr. Comey`. Retypes places the model found there, and tags names it
 * missed, as persons.
 *
 * @param ctx
 *   Rule context; `ctx.runs` is updated.
 */
export function tagPersonCues(ctx: RuleContext): undefined {
  const {tokens, marks, gazetteer} = ctx
  const word = (index: number): string => tokens[index]?.text ?? ''
  // Speech and titles point to people: `Tarlo explains`, `says Leive.`, `Mr. Comey`.
  let covered = owner(ctx)
  const unlisted = (run: Run): boolean => {
    for (let k = run.first; k <= run.last; k++) if (marks[k] || orgSuffixes.has(word(k))) return false
    return true
  }
  for (let index = 0; index < tokens.length; index++) {
    const w = word(index)
    if (!upper.test(w) || w.length < 2 || dateWords.has(w)) continue
    const run = covered[index]
    const first = run ? run.first : index
    const last = run ? run.last : index
    if (run && (run.type === 'PER' || index !== run.first || !unlisted(run))) continue
    const before = word(first - 1)
    const after = word(last + 1)
    const titled = shortTitle.test(before) && before !== 'St' && before !== 'St.'
    const speaks = speechVerbs.has(after) || (speechVerbs.has(before) && /^[.,;!?]?$/u.test(after))
    if (!titled && !speaks) continue
    if (run) {
      if (run.type === 'LOC' || titled) run.type = 'PER'
      continue
    }
    const token = tokens[index] as Token
    if (gazetteer.common.has(w.toLowerCase()) || marks[index] || (token.initial && !speechVerbs.has(after))) continue
    ctx.runs = place(ctx.runs, index, index, 'PER')
    covered = owner(ctx)
  }

  return undefined
}
