import type {Entity, EntityType} from '@copydesk/schema'
import {ethnicQualifiers, mediaDesignators, placeDesignators, surnameFirst} from './lexicon.js'
import {findRole} from './roles.js'
import type {TypedMention} from './spans.js'

interface Cluster {
  name: string
  /** `words(name)`. */
  nameWords: string[]
  votes: Map<EntityType, number>
  mentions: TypedMention[]
  aliases: Set<string>
  designated: string | undefined
}

const designatorAfter = new RegExp(`^\\s+(${[...placeDesignators, ...mediaDesignators].join('|')})\\b`, 'iu')
const shortSuffix = /\s+(?:News Agency|Corporation|Corp\.?|Inc\.?|Ltd\.?|Co\.|Company|Group)$/u

/**
 * Group mentions into entities, one per real-world thing: the same name, a
 * short form of a person's name (`Li` for `Li Xiaolin`, `Akashi` for
 * `Yasushi Akashi`), or a short form of an organisation (`Xinhua` for
 * `Xinhua News Agency`). Each gets its canonical name (the longest full
 * form, with a place designator written out: `Anhui province` -> `Anhui
 * Province`), aliases, the role the text gives it, a salience (more and
 * earlier mentions rank higher) and an id such as `per-li-xiaolin`.
 *
 * @param text
 *   The text.
 * @param mentions
 *   Typed mentions in text order.
 * @returns
 *   Entities ordered by first mention.
 */
export function clusterMentions(text: string, mentions: readonly TypedMention[]): Entity[] {
  const byForm = new Map<string, Cluster>()
  const clusters: Cluster[] = []
  // Longest mentions first (by word count; the words split once per mention, not per comparison).
  const order = mentions
    .map((mention) => ({mention, parts: words(mention.text)}))
    .sort((a, b) => b.parts.length - a.parts.length || a.mention.start - b.mention.start)
  for (const {mention, parts} of order) {
    const form = parts.join(' ')
    let cluster = byForm.get(form) ?? findLonger(clusters, mention, parts)
    if (!cluster) {
      cluster = {name: form, nameWords: parts, votes: new Map(), mentions: [], aliases: new Set(), designated: undefined}
      clusters.push(cluster)
      const short = form.replace(shortSuffix, '')
      if (short !== form && mention.type === 'ORG') {
        cluster.aliases.add(short)
        byForm.set(short, cluster)
      }
    }
    byForm.set(form, cluster)
    cluster.mentions.push(mention)
    cluster.votes.set(mention.type, (cluster.votes.get(mention.type) ?? 0) + 1)
    if (form !== cluster.name) cluster.aliases.add(form)
    const after = text.slice(mention.end, mention.end + 40)
    const match = designatorAfter.exec(after)
    if (match) {
      const written = match[1] ?? ''
      const designator = written.toLowerCase()
      cluster.aliases.add(`${form} ${written}`)
      if (placeDesignators.includes(designator) && cluster.designated === undefined) cluster.designated = designator
    }
  }
  linkAcronyms(text, clusters)
  const spans = clusters.flatMap((c) => c.mentions.map((m) => ({start: m.start, end: m.end}))).sort((a, b) => a.start - b.start)
  const maxCount = Math.max(1, ...clusters.map((c) => c.mentions.length))
  const used = new Map<string, number>()
  const entities = clusters.map((cluster) => {
    cluster.mentions.sort((a, b) => a.start - b.start)
    const type = vote(cluster.votes)
    let name = cluster.name
    if (type === 'LOC' && cluster.designated) {
      const designator = cluster.designated.replace(/\b\p{Ll}/gu, (c) => c.toUpperCase())
      cluster.aliases.add(cluster.name)
      const parts = words(cluster.name)
      if (cluster.designated === 'autonomous region' && parts.length > 1 && ethnicQualifiers.has(parts.at(-1) ?? '')) {
        cluster.aliases.add(parts.slice(0, -1).join(' '))
      }
      name = `${cluster.name} ${designator}`
    }
    if (type === 'PER') {
      const parts = words(cluster.name)
      if (parts.length > 1) cluster.aliases.add((surnameFirst.has(parts[0] ?? '') ? parts[0] : parts.at(-1)) ?? '')
    }
    cluster.aliases.delete(name)
    const first = cluster.mentions[0] as TypedMention
    let role: string | undefined
    if (type === 'PER') {
      for (const m of cluster.mentions) {
        role = findRole(text, m, spans)
        if (role) break
      }
    }
    const salience = 0.6 * (cluster.mentions.length / maxCount) + 0.4 * (1 - first.start / Math.max(1, text.length))
    const base = `${type.toLowerCase()}-${slug(name)}`
    const seen = used.get(base) ?? 0
    used.set(base, seen + 1)
    const entity: Entity = {
      id: seen === 0 ? base : `${base}-${seen + 1}`,
      type,
      name,
      aliases: [...cluster.aliases].sort(),
      mentions: cluster.mentions.map((m) => ({start: m.start, end: m.end, text: m.text})),
      salience: Math.round(Math.min(1, Math.max(0, salience)) * 1000) / 1000
    }
    if (role) entity.role = role
    return entity
  })
  return entities.sort((a, b) => (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0))
}

const acronymWord = /^\p{Lu}(?:\.?[\p{Lu}&]){1,7}\.?$/u
const introduced = /^\s*\(\s*(\p{Lu}(?:\.?[\p{Lu}\p{N}&]){1,7}\.?)\s*\)/u
const acronymSkips = new Set(['of', 'for', 'and', 'the', 'on', 'in', 'to', 'de', 'du', 'des', 'la', 'le', '&'])

/**
 * Link acronyms to their expansions: a name introduced with its acronym in
 * brackets (`the World Trade Organization (WTO)`), or a name whose initials an
 * all-capital mention spells (`United Nations` / `UN`, `U.N.`; `People's
 * Liberation Army` / `PLA`). The acronym's cluster joins the expansion's, the
 * acronym becomes an alias, and its other untagged occurrences become mentions.
 *
 * @param text
 *   The text.
 * @param clusters
 *   Clusters, changed in place (merged clusters are emptied and removed).
 */
function linkAcronyms(text: string, clusters: Cluster[]): undefined {
  const expansions = new Map<string, Cluster>()
  const ambiguous = new Set<string>()
  for (const cluster of clusters) {
    const letters = initials(cluster.name)
    if (!letters) continue
    const other = expansions.get(letters)
    if (other && other !== cluster) ambiguous.add(letters)
    else expansions.set(letters, cluster)
  }
  for (const letters of ambiguous) expansions.delete(letters)
  // Bracketed acronyms after a name win over initials.
  const forms = new Map<Cluster, Set<string>>()
  for (const cluster of clusters) {
    if (vote(cluster.votes) === 'PER' || words(cluster.name).length < 2) continue
    for (const m of cluster.mentions) {
      const match = introduced.exec(text.slice(m.end, m.end + 16))
      if (!match) continue
      const written = match[1] ?? ''
      const letters = written.replaceAll('.', '')
      if (!sharesLetters(cluster.name, letters)) continue
      expansions.set(letters, cluster)
      let set = forms.get(cluster)
      if (!set) {
        set = new Set()
        forms.set(cluster, set)
      }
      set.add(written)
    }
  }
  if (expansions.size === 0) return undefined
  for (const cluster of clusters) {
    if (!acronymWord.test(cluster.name)) continue
    const target = expansions.get(cluster.name.replaceAll('.', ''))
    if (!target || target === cluster || vote(target.votes) === 'PER') continue
    let set = forms.get(target)
    if (!set) {
      set = new Set()
      forms.set(target, set)
    }
    set.add(cluster.name)
    const type = vote(target.votes)
    for (const m of cluster.mentions) {
      target.mentions.push({...m, type})
      target.votes.set(type, (target.votes.get(type) ?? 0) + 1)
    }
    cluster.mentions = []
  }
  if (forms.size === 0) return undefined
  // Untagged occurrences of a linked acronym.
  const taken = new Uint8Array(text.length)
  for (const cluster of clusters) for (const m of cluster.mentions) taken.fill(1, m.start, m.end)
  for (const [target, set] of forms) {
    const type = vote(target.votes)
    for (const form of set) {
      target.aliases.add(form)
      const pattern = new RegExp(`(?<![\\p{L}\\p{N}.-])${form.replaceAll('.', '\\.')}(?![\\p{L}\\p{N}-]|\\.\\p{L})`, 'gu')
      for (const match of text.matchAll(pattern)) {
        const start = match.index
        const end = start + form.length
        if (taken.subarray(start, end).includes(1)) continue
        target.mentions.push({start, end, type, text: form})
        target.votes.set(type, (target.votes.get(type) ?? 0) + 1)
        taken.fill(1, start, end)
      }
    }
  }
  const kept = clusters.filter((c) => c.mentions.length > 0)
  clusters.splice(0, clusters.length, ...kept)
  return undefined
}

/** Initials of a multi-word name whose words are all capitalised or connectors (`People's Liberation Army` -> `PLA`). */
function initials(name: string): string | undefined {
  const parts = words(name).filter((w) => !acronymSkips.has(w))
  if (parts.length < 2) return undefined
  let out = ''
  for (const part of parts) {
    const first = part.charAt(0)
    if (!/\p{Lu}/u.test(first)) return undefined
    out += first
  }
  return out
}

/** Whether an acronym's first letter opens the name and its letters occur in order among the name's capitals. */
function sharesLetters(name: string, letters: string): boolean {
  const capitals = name.replace(/[^\p{Lu}]/gu, '')
  if (capitals.charAt(0) !== letters.charAt(0)) return false
  let k = 0
  for (const c of capitals) if (c === letters.charAt(k)) k++
  return k >= Math.min(letters.length, 2) && k >= letters.length - 1
}

function words(value: string): string[] {
  return value.split(/\s+/u).filter(Boolean)
}

/** A person's cluster whose name contains all the words of a shorter form (`parts`, the form's words); the nearest one before wins. */
function findLonger(clusters: readonly Cluster[], mention: TypedMention, parts: readonly string[]): Cluster | undefined {
  if (mention.type !== 'PER') return undefined
  let best: Cluster | undefined
  let bestDistance = Infinity
  for (const cluster of clusters) {
    if (vote(cluster.votes) !== 'PER') continue
    const name = cluster.nameWords
    if (name.length <= parts.length || !parts.every((p) => name.includes(p))) continue
    const before = cluster.mentions.filter((m) => m.start < mention.start).map((m) => mention.start - m.start)
    const distance = before.length > 0 ? Math.min(...before) : 1e9 + (cluster.mentions[0]?.start ?? 0)
    if (distance < bestDistance) {
      bestDistance = distance
      best = cluster
    }
  }
  return best
}

function vote(votes: ReadonlyMap<EntityType, number>): EntityType {
  let best: EntityType = 'LOC'
  let most = -1
  for (const type of ['PER', 'ORG', 'LOC'] as const) {
    const n = votes.get(type) ?? 0
    if (n > most) {
      most = n
      best = type
    }
  }
  return best
}

function slug(value: string): string {
  const out = value
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
  return out || 'entity'
}
