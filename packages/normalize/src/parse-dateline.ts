/** A dateline at the start of a story. */
export interface Dateline {
  /** Place, in title case when written in capitals (`BEIJING` -> `Beijing`). */
  place: string
  /** Date as written (`March 5`). */
  date?: string
  /** Agency as written (`Xinhua`, `AP`, `Reuters`). */
  agency?: string
  /** Length of the dateline prefix, dash and following space included. */
  length: number
  /** The dateline as written, without the dash. */
  text: string
}

const place = String.raw`(\p{Lu}[\p{Lu}\p{M} .'\u2019-]*\p{Lu}\.?(?:,\s+\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,2})?)`
const monthDay = String.raw`((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:,\s+\d{4})?)`
const dash = String.raw`\s*(?:--|\u2014|\u2013|-|_|:)\s*`
// With an agency any short date goes: `5 mar`, `March 5`, `5 de marzo`.
const anyDate = String.raw`(\p{L}{3,10}\.?\s+\d{1,2}(?:,\s+\d{4})?|\d{1,2}\.?\s+(?:de\s+)?\p{L}{3,10}\.?(?:\s+\d{4})?)`
const withAgency = new RegExp(String.raw`^${place}(?:,\s+${anyDate})?\s+\(([\p{L} .&-]{1,40})\)${dash}`, 'u')
const withDate = new RegExp(String.raw`^${place},\s+${monthDay}${dash}`, 'u')
const placeOnly = /^(\p{Lu}[\p{Lu} .'\u2019-]{2,}\p{Lu})\s*(?:--|\u2014|\u2013)\s*/u

/**
 * Parse a dateline at the start of a paragraph: `BEIJING, March 5 (Xinhua) -- `,
 * `WASHINGTON (AP) — `, `LONDON (Reuters) - `, `SPRINGFIELD, Ill. (AP) — `,
 * `NEW YORK, March 5 (Reuters) - `, `TOKYO, March 5 — `, `BEIJING — `.
 * The place must be written in capitals.
 *
 * @param paragraph The paragraph.
 * @returns The dateline, or `undefined`.
 */
export function parseDateline(paragraph: string): Dateline | undefined {
  const agency = withAgency.exec(paragraph)
  if (agency?.[1] && agency[3]) return build(agency[0], agency[1], agency[2], agency[3], paragraph)
  const dated = withDate.exec(paragraph)
  if (dated?.[1]) return build(dated[0], dated[1], dated[2], undefined, paragraph)
  const bare = placeOnly.exec(paragraph)
  if (bare?.[1]) return build(bare[0], bare[1], undefined, undefined, paragraph)
  return undefined
}

function build(prefix: string, place: string, date: string | undefined, agency: string | undefined, paragraph: string): Dateline | undefined {
  // The paragraph must go on after the dateline.
  if (paragraph.length - prefix.length < 2) return undefined
  const [city = '', ...region] = place.split(/,\s+/)
  const result: Dateline = {
    place: [titleCase(city), ...region].join(', '),
    length: prefix.length,
    text: prefix.replace(/\s*(?:--|\u2014|\u2013|-|_|:)\s*$/u, '')
  }
  if (date) result.date = date
  if (agency) result.agency = agency.trim()
  return result
}

function titleCase(value: string): string {
  if (/\p{Ll}/u.test(value)) return value
  return value.toLowerCase().replace(/(^|[\s'\u2019.-])(\p{Ll})/gu, (_, before: string, letter: string) => before + letter.toUpperCase())
}
