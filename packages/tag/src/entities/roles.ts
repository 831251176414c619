import type {Span} from '@copydesk/schema'
import {allMatches} from '../text/matches.js'

const roleNouns = new Set(
  'president vice-president premier chancellor minister secretary secretary-general undersecretary undersecretary-general spokesman spokeswoman spokesperson chairman chairwoman chair director head chief leader official representative ambassador envoy governor mayor senator lawmaker legislator judge justice prosecutor general commander colonel captain admiral officer analyst professor researcher scholar expert economist editor correspondent reporter founder owner manager executive ceo coach king queen prince princess pope bishop archbishop cardinal commissioner adviser advisor counselor negotiator diplomat member deputy candidate mp'.split(' ')
)
const modifiers = new Set(
  'former deputy vice acting senior chief interim foreign prime general executive assistant associate first then-former then outgoing incoming retired late'.split(' ')
)
const notRoleStart = /^(?:who|whom|whose|which|that|where|when|said|says|and|but|or|is|was|are|were|has|had|have|will|would|can|could|may|might|also|however|meanwhile|too|then|now|in|on|at|for|from|to|with|by|as|after|before|while|if|because|he|she|they|it|we|i|you)\b/u
const roleEnd = /[,;:\n"“”()]|(?<!\b\p{Lu})\.(?=\s|$)/u
// A capitalised word of four or more lowercase letters with a full stop ends a sentence (`Thursday.`); `Gen.`, `Capt.`, `Inc.` do not.
const sentenceEnd = /^\p{Lu}\p{Ll}{4,}\.$/u

/**
 * Find the role or title a text gives the person named at `mention`: an
 * appositive after the name (`Li Xiaolin, head of the Chinese People's
 * Association ..., said` -> `head of the Chinese People's Association ...`)
 * or title words right before it (`Former United Nations
 * undersecretary-general Yasushi Akashi` -> `former United Nations
 * undersecretary-general`).
 *
 * @param text
 *   The text.
 * @param mention
 *   Span of one mention of a person.
 * @param names
 *   Spans of every entity mention (a role stops at none of them, but cannot
 *   start with one).
 * @returns
 *   The role, or `undefined`.
 */
export function findRole(text: string, mention: Span, names: readonly Span[]): string | undefined {
  return roleAfter(text, mention, names) ?? roleBefore(text, mention)
}

function roleAfter(text: string, mention: Span, names: readonly Span[]): string | undefined {
  const rest = text.slice(mention.end, mention.end + 200)
  const lead = /^,\s+(?:(?:the|a|an)\s+)?/u.exec(rest)
  if (!lead) return undefined
  const start = mention.end + lead[0].length
  if (names.some((n) => n.start === start)) return undefined
  const body = text.slice(start, start + 200)
  if (!/^\p{Ll}/u.test(body) || notRoleStart.test(body)) return undefined
  const end = roleEnd.exec(body)
  const role = (end ? body.slice(0, end.index) : body).trim()
  const words = role.split(/\s+/u)
  if (words.length > 16 || /\b(?:said|says|told|added)\b/u.test(role)) return undefined
  if (!words.some((w) => roleNouns.has(w.toLowerCase()) || modifiers.has(w.toLowerCase()))) return undefined
  return role
}

function roleBefore(text: string, mention: Span): string | undefined {
  const before = text.slice(Math.max(0, mention.start - 160), mention.start)
  const appositive = roleSetOff(text, mention, before)
  if (appositive) return appositive
  const words = allMatches(/[\p{L}\p{N}][\p{L}\p{N}.'’-]*|[^\s\p{L}\p{N}]/gu, before)
  let index = words.length - 1
  const last = words[index]?.[0] ?? ''
  if (!roleNouns.has(last.toLowerCase()) || !/\s$/u.test(before)) return undefined
  let first = index
  while (index >= 0) {
    const match = words[index] as RegExpExecArray
    const word = match[0]
    // A role does not reach back over a line break or the end of a sentence (`... on Thursday.`).
    const next = words[index + 1]
    if (/\n/u.test(before.slice(match.index + word.length, next ? next.index : before.length)) || sentenceEnd.test(word)) break
    const lower = word.toLowerCase()
    const capital = /^\p{Lu}/u.test(word) && !/['’]s$/u.test(word)
    if (!(roleNouns.has(lower) || modifiers.has(lower) || capital || (lower === 'of' && index < first))) break
    first = index
    index--
  }
  const match = words[first]
  if (!match) return undefined
  let role = before.slice(match.index).trim()
  const head = role.split(/\s/u)[0] ?? ''
  if (modifiers.has(head.toLowerCase())) role = head.toLowerCase() + role.slice(head.length)
  return role
}

/** Words that open a role set off by commas before a name (`Its chairman, Anne Dubois, said`). */
const roleOpeners = new Set(['its', 'their', 'his', 'her', 'our', 'the', 'a', 'an'])

/**
 * A role set off by commas before the name, after a determiner or a possessive: `Its chairman,
 * Anne Dubois, said` -> `chairman`; `the company's chief executive, John Smith, said` -> `chief
 * executive`. Only when a comma also follows the name: in `He thanked the minister, Anne Dubois
 * said` the minister is someone else.
 */
function roleSetOff(text: string, mention: Span, before: string): string | undefined {
  if (!/^,\s/u.test(text.slice(mention.end, mention.end + 2))) return undefined
  const lead = /([\p{L}'’.-]+)\s+((?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+),\s+$/u.exec(before)
  if (!lead) return undefined
  const [, opener = '', phrase = ''] = lead
  const words = phrase.split(/\s+/u)
  if (!roleNouns.has(words[words.length - 1] as string)) return undefined
  if (!words.every((word) => roleNouns.has(word) || modifiers.has(word))) return undefined
  const possessive = /\p{L}['’]s$|\p{L}s['’]$/u.test(opener)
  return roleOpeners.has(opener.toLowerCase()) || possessive ? phrase : undefined
}
