/** A parsed byline. */
export interface Byline {
  /** Person names, in order. */
  names: string[]
  /** Organisation or role text dropped from the names (`Associated Press`). */
  rest?: string
}

// Words that make a part of a byline an organisation or a role, not a person.
const notName = /\b(?:press|news|agency|reuters|xinhua|daily|times|post|journal|writer|correspondent|reporter|staff|editor|bureau|service|associated|online|desk|contributor|afp|ap|cnn|bbc|herald|tribune|gazette|chronicle|global|china|in)\b/i
const particle = /^(?:de|da|del|der|van|von|bin|al|el|la|le|di|du|dos|ter|ten)$/
const reporting = /^\(?\s*(?:additional\s+)?(?:reporting|writing)\s+by\s+(.+?)\)?$/i
// Words of time: `By Friday, the council ...` and `By March, prices ...` open sentences.
const timeWord = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|today|tomorrow|tonight|yesterday|noon|midnight|christmas|easter|spring|summer|autumn|fall|winter|then|now)$/i
// A part after the names that opens like a clause (`the council will vote`): the line is a sentence.
const clause = /^(?:the|a|an|this|that|these|those|it|its|we|they|he|she|i|you|there|officials|most|many|some|all|no|every|each)\s/i

/**
 * Parse a byline: `By Jane Doe`, `By JANE DOE and JOHN ROE, Associated Press`,
 * `By Cheng Guangjin in Tokyo`, `By Jane Doe | Reuters`, or a Reuters credit
 * `(Reporting by Jane Doe; Editing by John Roe)` (editors are not authors).
 * All-capital names are written in title case.
 *
 * @param line A trimmed line.
 * @returns The names, or `undefined` when the line is not a byline.
 */
export function parseByline(line: string): Byline | undefined {
  const text = line.trim()
  if (text.length > 200) return undefined
  const credit = /^\(?\s*(?:additional\s+)?(?:reporting|writing)\s+by\s/i.test(text)
  if (credit) return parseCredit(text)
  const by = /^by[:\s]\s*(.+)$/i.exec(text)
  if (!by?.[1]) return undefined
  return splitNames(by[1])
}

function parseCredit(text: string): Byline | undefined {
  const names: string[] = []
  for (const part of text.replace(/^\(|\)$/g, '').split(';')) {
    const match = reporting.exec(part.trim())
    if (match?.[1]) names.push(...(splitNames(match[1])?.names ?? []))
  }
  return names.length > 0 ? {names: [...new Set(names)]} : undefined
}

function splitNames(value: string): Byline | undefined {
  const [people = '', ...organisation] = value.split(/\s*[|/\u2014\u2013]\s*|\s+-\s+/)
  const names: string[] = []
  const rest: string[] = organisation
  for (const raw of people.split(/\s*,\s*|\s*;\s*|\s+and\s+|\s*&\s*/i)) {
    const part = raw.replace(/\s+in\s+[\p{Lu}][\p{L} .'-]*$/u, '').trim()
    if (part === '') continue
    const split = splitAffiliation(part)
    if (split) {
      names.push(titleCase(split.name))
      if (split.affiliation) rest.push(split.affiliation)
    } else {
      if (clause.test(part)) return undefined
      rest.push(raw.trim())
    }
  }
  if (names.length === 0) return undefined
  const result: Byline = {names}
  if (rest.length > 0) result.rest = rest.join(', ')
  return result
}

/** A name, or a name followed by an affiliation (`JOHN ROE AP Business Writer`, a byline whose two lines were joined). */
function splitAffiliation(part: string): {name: string; affiliation?: string} | undefined {
  if (isName(part)) return {name: part}
  const words = part.split(/\s+/)
  for (let cut = words.length - 1; cut >= 1; cut--) {
    const name = words.slice(0, cut).join(' ')
    const affiliation = words.slice(cut).join(' ')
    if (isName(name) && isAffiliation(affiliation)) return {name, affiliation}
  }
  return undefined
}

function isName(part: string): boolean {
  const words = part.split(/\s+/)
  if (words.length < 1 || words.length > 5 || notName.test(part) || words.every((word) => timeWord.test(word))) return false
  return words.every((word) => particle.test(word.toLowerCase()) || /^[\p{Lu}][\p{L}'\u2019.-]*$/u.test(word)) && /\p{Ll}|\p{Lu}{2}/u.test(part)
}

function titleCase(name: string): string {
  if (/\p{Ll}/u.test(name)) return name
  return name.toLowerCase().replace(/(^|[\s'\u2019.-])(\p{Ll})/gu, (_, before: string, letter: string) => before + letter.toUpperCase())
}

/**
 * Whether a line under a byline names the writer's organisation or role
 * (`Associated Press`, `AP Business Writer`, `Staff Reporter`, `China Daily`).
 *
 * @param line A trimmed line.
 * @returns `true` for an affiliation line.
 */
export function isAffiliation(line: string): boolean {
  const text = line.trim()
  if (text.length > 60 || text.split(/\s+/).length > 6 || /[.!?,;:]$/.test(text)) return false
  return /\b(?:writer|correspondent|reporter|editor|press|reuters|xinhua|news|daily|times|post|agency|staff|bureau)\b/i.test(text) && /^[\p{Lu}]/u.test(text)
}
