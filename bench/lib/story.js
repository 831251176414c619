/**
 * One synthetic news story: a headline, a dateline, a byline and ~3 KB of body text with
 * people (introduced with a role, then referred to by family name), organisations, places,
 * direct and indirect quotes with attributions, dates, numbers and percentages.
 * Deterministic: a story is a pure function of its seed.
 * @module
 */
import {createRandom} from './rng.js'
import {namePools, roles, bareRoles, reporters} from './vocab/people.js'
import {countries, areas} from './vocab/places.js'
import {orgs, orgPatterns, publishers} from './vocab/orgs.js'
import {comparisons, crowds, fillers, reactions, tails, topics} from './vocab/topics.js'

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']
const POOLS = Object.values(namePools)

/**
 * @typedef {object} Person
 * @property {string} full Name as first written
 * @property {string} short Second reference
 * @property {string} role Role given on first reference
 * @property {boolean} introduced
 */

/**
 * @typedef {object} Story
 * @property {string} headline
 * @property {string | undefined} dek
 * @property {string} date ISO date `YYYY-MM-DD`
 * @property {{year: number, month: number, day: number, weekday: string}} when
 * @property {string} city Dateline city
 * @property {string} country
 * @property {string} zone IANA time zone of the dateline
 * @property {string[]} authors
 * @property {{name: string, domain: string, agency: string}} publisher
 * @property {string} email Reporter mailbox for the wire trailer
 * @property {number} page Print page
 * @property {string[]} tags
 * @property {string[]} paragraphs
 * @property {string[]} people Full names of everyone named
 */

/** @param {string} s */
const cap = (s) => s.charAt(0).toUpperCase() + s.slice(1)

/**
 * Generate one story.
 * @param {number} seed 32-bit seed (see mixSeed)
 * @param {{targetLength?: number}} [options] body length to reach, in characters (default 2,500 to 3,100)
 * @returns {Story}
 */
export function generateStory(seed, options = {}) {
  const r = createRandom(seed)
  const topic = r.pick(topics)
  const [home, other] = r.sample(countries, 2)
  const city = r.pick(home.cities)
  const year = r.int(2008, 2024)
  const month = r.int(1, 12)
  const day = r.int(1, 28)
  const weekday = WEEKDAYS[new Date(Date.UTC(year, month - 1, day)).getUTCDay()]
  const orgList = [...r.sample(orgs, 2), fillOrg(r.pick(orgPatterns), r, home)]
  const cast = Array.from({length: r.int(3, 5)}, () => makePerson(r, orgList))

  /** @type {Record<string, () => string>} */
  const slots = {
    country: () => home.country,
    country2: () => other.country,
    city: () => city,
    city2: () => r.pick(other.cities),
    region: () => r.pick(home.regions),
    demonym: () => home.demonym,
    area: () => r.pick(areas),
    org: () => r.pick(orgList),
    noun: () => r.pick(topic.nouns),
    metric: () => r.pick(topic.metrics),
    event: () => r.pick(topic.events),
    pct: () => percent(r),
    num: () => count(r),
    money: () => money(r),
    year: () => String(r.int(year - 15, year + 3)),
    date: () => `${MONTHS[r.int(0, 11)]} ${r.int(1, 28)}`,
    weekday: () => weekday,
    pronoun: () => r.pick(['he', 'she']),
    crowd: () => r.pick(crowds),
    reaction: () => r.pick(reactions),
    tail: () => fill(r.pick(tails))
  }
  /** @param {string} template */
  const fill = (template) => template.replace(/\{(\w+)\}/g, (_, key) => (slots[key] ? slots[key]() : key))

  /** @param {Person} p */
  const named = (p) => {
    if (p.introduced) return p.short
    p.introduced = true
    return `${p.full}, ${p.role},`
  }
  /** @param {Person} p  name with role as an appositive at the end of a sentence */
  const namedEnd = (p) => {
    if (p.introduced) return p.short
    p.introduced = true
    return `${p.full}, ${p.role}`
  }

  const kinds = [
    () => {
      const p = r.pick(cast)
      return p.introduced ? `${p.short} said ${fill(r.pick(topic.claims))}.` : `${named(p)} said ${fill(r.pick(topic.claims))}.`
    },
    () => `"${fill(r.pick(topic.quotes))}," ${r.chance(0.5) ? `${named(r.pick(cast))} said` : `said ${namedEnd(r.pick(cast))}`}.`,
    () => `${named(r.pick(cast))} said: "${fill(r.pick(topic.quotes))}."`,
    () => `According to ${namedEnd(r.pick(cast))}, ${fill(r.pick(topic.claims))}.`,
    () => `${cap(fill(r.pick(topic.claims)))}, ${named(r.pick(cast))} said.`,
    () => `${cap(fill('{metric}'))} in ${r.chance(0.5) ? city : home.country} ${r.pick(['rose', 'fell', 'increased', 'dropped'])} by ${percent(r)} in ${MONTHS[r.int(0, 11)]} ${year - r.int(0, 2)}, ${fill(r.pick(comparisons))}, according to ${r.pick(orgList)}.`,
    () => `${home.country} and ${other.country} will hold ${fill('{event}')} on ${MONTHS[r.int(0, 11)]} ${r.int(1, 28)} in ${r.pick([city, r.pick(other.cities)])}. ${fill(r.pick(fillers))}`,
    () => `Two cities, ${home.country}'s ${city} and ${other.country}'s ${r.pick(other.cities)}, became partners in ${r.int(1970, year - 1)}. ${fill(r.pick(fillers))}`,
    () => `About ${count(r)} people in ${fill('{region}')} are affected by changes to ${fill('{noun}')}, which will cost ${money(r)} over ${r.int(2, 10)} years.`,
    () => fill(r.pick(fillers))
  ]

  const lede = fill(
    r.pick([
      'Talks on {noun} between {country} and {country2} made progress this week, officials from both countries said on {weekday}.',
      '{metric} in {country} rose {pct} in the first quarter, {org} said on {weekday}, the strongest gain in years.',
      'Authorities in {city} announced plans on {weekday} to overhaul {noun}, a move that could affect {num} people.',
      '{demonym} officials said on {weekday} that {noun} would be a priority for the coming year.',
      'Hundreds gathered in {city} on {weekday} for {event}, as debate over {noun} intensified.'
    ])
  )
  const paragraphs = [cap(lede)]
  const target = options.targetLength ?? r.int(2500, 3100)
  let length = lede.length
  while (length < target) {
    const sentence = r.pick(kinds)()
    // Occasionally join two sentences into one paragraph, as copy often does.
    const extra = r.chance(0.25) ? fill(r.pick(fillers)) : ''
    const para = extra && !sentence.includes(extra) ? `${sentence} ${extra}` : sentence
    paragraphs.push(para)
    length += para.length + 2
  }

  const publisher = r.pick(publishers)
  const authors = r.sample(reporters, r.chance(0.8) ? 1 : 2)
  return {
    headline: cap(fill(r.pick(topic.headlines))),
    dek: r.chance(0.4) ? cap(fill(r.pick(topic.claims))) + '.' : undefined,
    date: `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
    when: {year, month, day, weekday},
    city,
    country: home.country,
    zone: home.zone,
    authors,
    publisher,
    email: `${authors[0].toLowerCase().replace(/[^a-z]/g, '')}@${publisher.domain}`,
    page: r.int(1, 24),
    tags: [topic.name, home.country.toLowerCase()],
    paragraphs,
    people: cast.map((p) => p.full)
  }
}

/**
 * @param {import('./rng.js').Random} r
 * @param {string[]} orgList
 * @returns {Person}
 */
function makePerson(r, orgList) {
  const pool = r.pick(POOLS)
  const given = r.pick(pool.given)
  const family = r.pick(pool.family)
  const role = r.chance(0.7) ? r.pick(roles).replace('{org}', r.pick(orgList)) : r.pick(bareRoles)
  return {full: pool.familyFirst ? `${family} ${given}` : `${given} ${family}`, short: family, role, introduced: false}
}

/**
 * @param {string} pattern
 * @param {import('./rng.js').Random} r
 * @param {{country: string, cities: string[]}} home
 */
function fillOrg(pattern, r, home) {
  return pattern.replace('{city}', r.pick(home.cities)).replace('{country}', home.country)
}

/** @param {import('./rng.js').Random} r */
function percent(r) {
  const value = r.chance(0.5) ? `${r.int(1, 60)}.${r.int(0, 9)}` : String(r.int(1, 95))
  return r.chance(0.7) ? `${value} percent` : `${value}%`
}

/** @param {import('./rng.js').Random} r */
function count(r) {
  const n = r.int(0, 3)
  if (n === 0) return String(r.int(12, 950))
  if (n === 1) return r.int(1, 99).toLocaleString('en-US') + ',' + String(r.int(0, 999)).padStart(3, '0')
  if (n === 2) return `${r.int(1, 9)}.${r.int(1, 9)} million`
  return r.pick(['two', 'three', 'five', 'several hundred', 'thousands of', 'dozens of'])
}

/** @param {import('./rng.js').Random} r */
function money(r) {
  const amount = `${r.int(1, 900)}${r.chance(0.3) ? `.${r.int(1, 9)}` : ''} ${r.pick(['million', 'billion'])}`
  return r.chance(0.6) ? `$${amount}` : `${amount} ${r.pick(['yuan', 'euros', 'naira', 'rupees', 'shillings', 'pesos', 'yen'])}`
}
