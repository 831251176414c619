import type {EntityType} from '@copydesk/schema'
import {type Gazetteer, markGazetteer} from './gazetteer.js'
import {
  clauseWords,
  compassWords,
  dateWords,
  featureNouns,
  honorifics,
  mediaDesignators,
  miscSuffixes,
  nameConnectors,
  organisationNouns,
  orgSuffixes,
  personTitles,
  placeDesignators,
  placeSuffixes,
  regnalNumbers,
  shortTitle
} from './lexicon.js'
import {tagOrganisationNames} from './org-names.js'
import {tagPersonCues} from './person-cues.js'
import {owner as ownerOf, place, type Run, type RuleContext, toRuns} from './runs.js'
import type {TypedMention} from './spans.js'
import type {Token} from './tokenize.js'

const courtesyTitles = new Set(['Mr', 'Mr.', 'Mrs', 'Mrs.', 'Ms', 'Ms.', 'Messrs', 'Messrs.'])
const upper = /^\p{Lu}/u
const placeWords = placeDesignators.map((d) => d.split(' '))
const mediaWords = mediaDesignators.map((d) => d.split(' '))
const designatorStarts = new Set([...placeWords, ...mediaWords].map((d) => d[0]))
const era = /^(?:BC|BCE|AD|CE|B\.C\.|A\.D\.)$/u
const yearBefore = /^(?:\d[\d,-]*|centur(?:y|ies)|millenni(?:um|a))$/u
// Capitalised (`For`) or in capitals (`FOR`).
const clauseWord = /^\p{Lu}(?:\p{Ll}+|\p{Lu}+)?$/u
// Capitalised only because they open a sentence: abstract nouns and adverbs.
const abstractNoun = /\p{Ll}(?:tion|sion|ment|ness|ity|ism|ance|ence|ing|ly)$/u

/**
 * Apply the span rules the statistical model does not know to its output:
 * trim connectors at the edges (`of`), drop demonyms (`Chinese`) and common
 * words that are capitalised only because they open a sentence (`However`),
 * tag names before designators (`Anhui province` -> `Anhui` as a place,
 * `the Globe magazine` -> `Globe` as an organisation), join compass words to
 * places (`East China`), and tag repeated names and the words of a person's
 * name (`Li` after `Li Xiaolin`) the model missed.
 *
 * @param text
 *   The text.
 * @param tokens
 *   Its tokens.
 * @param labels
 *   BIO labels from the model.
 * @param gazetteer
 *   Compiled gazetteer.
 * @param marks
 *   Gazetteer marks of the tokens (from `markGazetteer`).
 * @returns
 *   Mentions in order, not overlapping.
 */
export function refine(
  text: string,
  tokens: readonly Token[],
  labels: readonly string[],
  gazetteer: Gazetteer,
  marks: readonly string[] = markGazetteer(
    tokens.map((t) => t.text),
    gazetteer
  )
): TypedMention[] {
  let runs = toRuns(labels)
  // Two spans of one type with nothing between them (not even a line break) are one name (`Jean-Pierre Raffarin` tagged B-PER B-PER).
  runs = runs.reduce<Run[]>((merged, run) => {
    const last = merged.at(-1)
    const apart = last && text.slice((tokens[last.last] as Token).end, (tokens[run.first] as Token).start).includes('\n')
    if (last && run.type === last.type && run.first === last.last + 1 && !apart) last.last = run.last
    else merged.push(run)
    return merged
  }, [])
  const ctx: RuleContext = {tokens, marks, gazetteer, runs}
  const word = (index: number): string => tokens[index]?.text ?? ''
  const lowerAt = (index: number, phrase: readonly string[]): boolean => phrase.every((part, k) => word(index + k) === part)
  const owner = (): Array<Run | undefined> => {
    ctx.runs = runs
    return ownerOf(ctx)
  }

  let covered = owner()
  // Multi-word gazetteer names win over partial model spans.
  for (let index = 0; index < tokens.length; index++) {
    if (!marks[index]?.startsWith('B-')) continue
    let last = index
    while (marks[last + 1]?.startsWith('I-')) last++
    const type = (marks[index] ?? '').slice(2) as EntityType
    if (last === index) continue
    const overlapping = runs.filter((r) => r.first <= last && r.last >= index)
    if (overlapping.some((r) => r.first <= index && r.last >= last)) continue
    runs = place(runs, index, last, type)
  }

  ctx.runs = runs
  tagOrganisationNames(ctx)
  runs = ctx.runs

  // Designators: the capitalised words before `province`, `magazine`, ...
  covered = owner()
  for (let index = 1; index < tokens.length; index++) {
    if (!designatorStarts.has(word(index))) continue
    const designator = placeWords.find((d) => lowerAt(index, d))
    const media = designator ? undefined : mediaWords.find((d) => lowerAt(index, d))
    if (!designator && !media) continue
    let first = index
    while (first > 0 && upper.test(word(first - 1)) && !(tokens[first - 1] as Token).initial) first--
    if (first > 0 && upper.test(word(first - 1)) && (tokens[first - 1] as Token).initial && !gazetteer.common.has(word(first - 1).toLowerCase())) first--
    if (first === index) continue
    const type: EntityType = designator ? 'LOC' : 'ORG'
    const existing = covered[index - 1]
    if (existing && existing.first < first) continue
    runs = place(runs, first, index - 1, type)
    covered = owner()
  }

  // Compass words before places.
  for (const run of runs) {
    if (run.type === 'LOC' && compassWords.has(word(run.first - 1)) && !covered[run.first - 1]) run.first--
  }

  // Split at `and` unless the name carries on an organisation (`Ministry of Agriculture and Rural Affairs`).
  const split: Run[] = []
  for (const run of runs) {
    let first = run.first
    for (let k = run.first + 1; k < run.last; k++) {
      if (dateWords.has(word(k))) {
        split.push({first, last: k - 1, type: run.type})
        first = k + 1
        continue
      }
      if (word(k) !== 'and' || marks[run.first]?.startsWith('B-')) continue
      let carried = false
      for (let j = run.first; j < k; j++) if (word(j) === 'of' || orgSuffixes.has(word(j))) carried = true
      if (carried) continue
      split.push({first, last: k - 1, type: run.type})
      first = k + 1
    }
    split.push({first, last: run.last, type: run.type})
  }
  runs = split

  // A title inside a span starts a person's name (`Competition Commissioner Margrethe Vestager`),
  // and so does a given name after the rest of a title (`Secretary of State Condoleezza Rice`).
  for (const run of runs) {
    const institution = orgSuffixes.has(word(run.last)) || placeSuffixes.has(word(run.last))
    for (let k = run.last - 1; k >= run.first && !institution; k--) {
      if (personTitles.has(word(k)) && upper.test(word(k)) && gazetteer.given.has(word(k + 1))) {
        run.first = k + 1
        run.type = 'PER'
        break
      }
    }
    if (word(run.first - 1) === 'of' && personTitles.has(word(run.first - 2)) && upper.test(word(run.first - 2))) {
      for (let k = run.first + 1; k < run.last; k++) {
        if (gazetteer.given.has(word(k))) {
          run.first = k
          run.type = 'PER'
          break
        }
      }
    }
    if (run.type !== 'LOC' && run.last > run.first && placeSuffixes.has(word(run.last)) && !orgSuffixes.has(word(run.last))) run.type = 'LOC'
    if (run.first === run.last && marks[run.first] === 'B-ORG' && !marks[run.first + 1]?.startsWith('I-')) run.type = 'ORG'
  }
  covered = owner()
  for (let index = 0; index < tokens.length; index++) {
    if (marks[index] !== 'B-ORG' || marks[index + 1]?.startsWith('I-') || covered[index] || (tokens[index] as Token).initial) continue
    runs = place(runs, index, index, 'ORG')
    covered = owner()
  }

  runs = runs.filter((run) => {
    // A common word opening a sentence before `of` is no part of the name (`Shares of Samsung Electronics`),
    // unless it heads one (`Bank of England`, `Gulf of Aden`, `President of ...`).
    const head = word(run.first)
    if (
      (tokens[run.first] as Token).initial &&
      run.last > run.first + 1 &&
      word(run.first + 1) === 'of' &&
      !marks[run.first] &&
      gazetteer.common.has(head.toLowerCase()) &&
      !orgSuffixes.has(head) &&
      !placeSuffixes.has(head) &&
      !personTitles.has(head) &&
      !honorifics.has(head)
    ) {
      run.first += 2
    }
    // Courtesy titles only open persons' names (`Mr Winterkorn` tagged as one organisation).
    if (run.first < run.last && courtesyTitles.has(word(run.first))) run.type = 'PER'
    while (run.first < run.last && personTitles.has(word(run.first)) && run.type === 'PER') run.first++
    if (run.first === run.last && personTitles.has(word(run.first)) && upper.test(word(run.first + 1))) return false
    while (run.last > run.first && (nameConnectors.has(word(run.last)) || !/[\p{L}\p{N}]/u.test(word(run.last)))) run.last--
    while (run.first < run.last && nameConnectors.has(word(run.first))) run.first++
    // Day and month names at the edges (`Ismail Haniyeh Friday`).
    while (run.last > run.first && dateWords.has(word(run.last))) run.last--
    while (run.first < run.last && dateWords.has(word(run.first))) run.first++
    // Names of events, periods, awards and laws (`Bronze Age`, `Davis Cup`), and titles or designators standing alone (`President`, `River`).
    if (miscSuffixes.has(word(run.last)) && !marks[run.last] && !tokens.slice(run.first, run.last).some((t) => orgSuffixes.has(t.text))) return false
    // ... also when the event word follows the span (`the Paris Agreement` with `Agreement` left outside).
    if (miscSuffixes.has(word(run.last + 1)) && !marks[run.last + 1] && !text.slice((tokens[run.last] as Token).end, (tokens[run.last + 1] as Token).start).includes('\n')) return false
    if (run.first !== run.last) {
      // A capitalised clause word inside (`Thanks For A Great Job`, `WE AT HOME LOVE IT`): a clause, not a name.
      for (let k = run.first; k <= run.last; k++) if (!marks[k] && clauseWord.test(word(k)) && clauseWords.has(word(k).toLowerCase())) return false
      return true
    }
    if (!marks[run.first] && (personTitles.has(word(run.first)) || honorifics.has(word(run.first)) || placeSuffixes.has(word(run.first)))) return false
    const only = word(run.first)
    if (gazetteer.demonyms.has(only) || shortTitle.test(only) || dateWords.has(only)) return false
    // Era markers of years (`512 BC`, `the 14th century BCE`, `AD 79`).
    if (era.test(only) && (yearBefore.test(word(run.first - 1)) || /^\d+$/u.test(word(run.first + 1)))) return false
    if (!/\p{Lu}/u.test(only)) return false
    // A common word in capitals (`HELP`, `NOTE`) is shouting, not an acronym, unless a name list has it (`US`, `WHO`).
    if (/^\p{Lu}{2,}$/u.test(only) && !marks[run.first] && gazetteer.common.has(only.toLowerCase())) return false
    const token = tokens[run.first] as Token
    if (token.initial && run.type !== 'PER' && (gazetteer.common.has(only.toLowerCase()) || abstractNoun.test(only))) return false
    // A common noun capitalised mid-sentence (`the Government`, `the Bank`) names nothing on its own.
    if (run.type !== 'PER' && !marks[run.first] && !designatorStarts.has(word(run.last + 1)) && /^\p{Lu}\p{Ll}+$/u.test(only) && gazetteer.common.has(only.toLowerCase())) return false
    return true
  })

  // A title of rank opens a person's name and stays outside it (`King Gongmin`, `Sir Ernest Shackleton`),
  // unless the name goes on as a place or organisation (`Prince Edward Island`, `Queen Elizabeth Hospital`, `King of Spain`);
  // a regnal number closes it (`Ramesses II`).
  covered = owner()
  for (const run of runs) {
    if (run.last > run.first && honorifics.has(word(run.first)) && upper.test(word(run.first + 1))) {
      let named = true
      for (let k = run.first + 1; k <= run.last; k++) if (orgSuffixes.has(word(k)) || placeSuffixes.has(word(k)) || !upper.test(word(k))) named = false
      if (named) {
        run.first++
        run.type = 'PER'
      }
    }
    if (run.type === 'PER' && regnalNumbers.has(word(run.last + 1)) && !covered[run.last + 1]) run.last++
  }

  ctx.runs = runs
  tagPersonCues(ctx)
  runs = ctx.runs

  // `in X`, `near X`: a lone unknown word after a place preposition is a place.
  for (const run of runs) {
    const previous = word(run.first - 1)
    if (run.type === 'PER' && run.first === run.last && (previous === 'in' || previous === 'near') && !gazetteer.given.has(word(run.first))) run.type = 'LOC'
    // `the Scheldt estuary`, `the Yangtze river`: a lone name before a kind of natural feature is a place.
    else if (run.type !== 'LOC' && run.first === run.last && featureNouns.has(word(run.last + 1)) && !gazetteer.given.has(word(run.first))) run.type = 'LOC'
    // `operator Västtrafik said`: a lone name after a kind of organisation is one (speech made it a person).
    else if (run.type === 'PER' && run.first === run.last && organisationNouns.has(previous) && !gazetteer.given.has(word(run.first))) run.type = 'ORG'
  }

  // Repeated names and the words of a person's name.
  const known = new Map<string, EntityType>()
  for (const run of runs) {
    const name = tokens.slice(run.first, run.last + 1).map((t) => t.text).join(' ')
    if (!known.has(name)) known.set(name, run.type)
  }
  for (const run of runs) {
    if (run.type !== 'PER' || run.first === run.last) continue
    for (let k = run.first; k <= run.last; k++) {
      const part = word(k)
      if (upper.test(part) && part.length > 1 && !gazetteer.common.has(part.toLowerCase()) && !marks[k]) known.set(part, 'PER')
    }
  }
  covered = owner()
  const added: Run[] = []
  for (let index = 0; index < tokens.length; index++) {
    const type = known.get(word(index))
    if (!type) continue
    const run = covered[index]
    if (run) {
      if (run.first === run.last && type === 'PER' && run.type !== 'PER' && !marks[index]) run.type = 'PER'
      continue
    }
    if (upper.test(word(index + 1)) || upper.test(word(index - 1)) && !(tokens[index] as Token).initial) continue
    added.push({first: index, last: index, type})
  }
  runs = [...runs, ...added].sort((a, b) => a.first - b.first)

  return runs.map((run) => {
    const start = (tokens[run.first] as Token).start
    const end = (tokens[run.last] as Token).end
    return {start, end, type: run.type, text: text.slice(start, end)}
  })
}
