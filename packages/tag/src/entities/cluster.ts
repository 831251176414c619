import type {Entity, EntityType} from '@copydesk/schema'
import {ethnicQualifiers, mediaDesignators, placeDesignators, surnameFirst} from './lexicon.js'
import {findRole} from './roles.js'
import type {TypedMention} from './spans.js'

interface Cluster {
  name: string
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
  const order = [...mentions].sort((a, b) => words(b.text).length - words(a.text).length || a.start - b.start)
  for (const mention of order) {
    const form = words(mention.text).join(' ')
    let cluster = byForm.get(form) ?? findLonger(clusters, mention, form)
    if (!cluster) {
      cluster = {name: form, votes: new Map(), mentions: [], aliases: new Set(), designated: undefined}
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
  const spans = mentions.map((m) => ({start: m.start, end: m.end}))
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

function words(value: string): string[] {
  return value.split(/\s+/u).filter(Boolean)
}

/** A person's cluster whose name contains all the words of a shorter form; the nearest one before wins. */
function findLonger(clusters: readonly Cluster[], mention: TypedMention, form: string): Cluster | undefined {
  if (mention.type !== 'PER') return undefined
  const parts = words(form)
  let best: Cluster | undefined
  let bestDistance = Infinity
  for (const cluster of clusters) {
    if (vote(cluster.votes) !== 'PER') continue
    const name = words(cluster.name)
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
