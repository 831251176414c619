import type {Entity, Keyphrase} from '@copydesk/schema'
import {topics} from './topics.js'

const topicsOf = new Map<string, number[]>()
topics.forEach((topic, index) => {
  for (const stem of topic.stems) topicsOf.set(stem, [...(topicsOf.get(stem) ?? []), index])
})

/** Options for `categorize`. */
export interface CategorizeOptions {
  /**
   * Most categories to return.
   *
   * @default 8
   */
  maximum?: number
}

/**
 * Derive the categories a feed should carry for an article: topic sections
 * signalled by the keyphrases, then the most salient places and
 * organisations, then the top keyphrases that are not names. Deduplicated
 * case-insensitively, most important first.
 *
 * @param entities
 *   Entities of the article.
 * @param keyphrases
 *   Ranked keyphrases of the article.
 * @param options
 *   Configuration (optional).
 * @returns
 *   Category labels.
 */
export function categorize(entities: readonly Entity[], keyphrases: readonly Keyphrase[], options: CategorizeOptions = {}): string[] {
  const maximum = options.maximum ?? 8
  const out: string[] = []
  const seen = new Set<string>()
  const push = (label: string): void => {
    const key = label.toLowerCase()
    if (label && !seen.has(key) && out.length < maximum) {
      seen.add(key)
      out.push(label)
    }
  }

  const weights = topics.map((topic) => ({name: topic.name, weight: 0}))
  for (const k of keyphrases) {
    const hit = new Set<number>()
    for (const s of k.stem.split(' ')) for (const t of topicsOf.get(s) ?? []) hit.add(t)
    for (const t of hit) (weights[t] as {weight: number}).weight += k.score
  }
  for (const t of weights.filter((w) => w.weight >= 0.5).sort((a, b) => b.weight - a.weight).slice(0, 2)) push(t.name)

  const ranked = [...entities].sort((a, b) => b.salience - a.salience || b.mentions.length - a.mentions.length || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  for (const e of ranked.filter((e) => e.type === 'LOC').slice(0, 3)) push(e.name)
  for (const e of ranked.filter((e) => e.type === 'ORG').slice(0, 2)) push(e.name)

  const names = new Set(entities.map((e) => e.name.toLowerCase()))
  for (const k of keyphrases.slice(0, 5)) if (!names.has(k.phrase.toLowerCase())) push(k.phrase)
  return out
}
