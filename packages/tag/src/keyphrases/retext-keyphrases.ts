import type {Keyphrase, Span} from '@copydesk/schema'
import type {Root} from 'nlcst'
import retextKeywords from 'retext-keywords'
import type {VFile} from 'vfile'
import {paragraphs} from '../text/paragraphs.js'
import {candidates} from './candidates.js'
import {rankKeyphrases} from './rank.js'
import {tokenRuns} from './tokens.js'

/** Options for `retextKeyphrases`. */
export interface KeyphrasesOptions {
  /**
   * How many keyphrases to keep.
   *
   * @default 15
   */
  maximum?: number
  /**
   * Also run retext-keywords and boost phrases holding its keywords. Off by
   * default: it about doubles the cost of this plugin for a small signal.
   *
   * @default false
   */
  keywords?: boolean
}

/** The part of retext-keywords' result this plugin reads. */
interface KeywordsResult {
  keywords?: Array<{stem: string}>
}

/**
 * Extract ranked keyphrases: noun phrases and nouns, stemmed and merged
 * (`Japan's` = `Japan`), entity mentions merged under the entity's canonical
 * name (from `file.data.entities`, when an entity plugin ran before), and,
 * with `keywords: true`, retext-keywords' keywords as an extra signal. Uses
 * retext-pos's tags when it ran before; else tags the words itself with the
 * same tagger (same results, less work).
 *
 * Sets `file.data.keyphrases` (best first).
 *
 * @param options
 *   Configuration (optional).
 * @returns
 *   Transform.
 */
export function retextKeyphrases(options: KeyphrasesOptions = {}): (tree: Root, file: VFile) => undefined {
  const maximum = options.maximum !== undefined && options.maximum > 0 ? Math.floor(options.maximum) : 15
  const keywords = options.keywords ? retextKeywords({maximum: 10}) : undefined
  return (tree, file) => {
    const text = String(file)
    let keywordStems = new Set<string>()
    if (keywords) {
      keywords(tree, file)
      keywordStems = new Set(((file.data as KeywordsResult).keywords ?? []).map((k) => k.stem))
    }
    const entities = file.data.entities ?? []
    const blocked: Span[] = []
    for (const e of entities) for (const m of e.mentions) blocked.push(m)
    const runs = tokenRuns(tree)
    const lowercase = new Set<string>()
    for (const run of runs) for (const t of run) if (t.text === t.lower) lowercase.add(t.lower)
    const result: Keyphrase[] = rankKeyphrases({
      occurrences: candidates(runs, blocked),
      entities,
      lowercase,
      ledeEnd: paragraphs(text)[0]?.end ?? 0,
      keywordStems,
      maximum
    })
    file.data.keyphrases = result
    return undefined
  }
}
