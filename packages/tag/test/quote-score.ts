import type {Quote, QuoteKind} from '@copydesk/schema'

/** A gold quote: span, kind and canonical speaker. */
export interface GoldQuote {
  start: number
  end: number
  kind: QuoteKind
  text: string
  speaker?: string
}

/** Counts for one kind of quote. */
export interface QuoteScore {
  truePositives: number
  predicted: number
  gold: number
  speakerRight: number
  misses: Array<{gold?: GoldQuote; predicted?: Quote; why: string}>
}

/**
 * Score predicted quotes of one kind against gold: a prediction matches the
 * first unmatched gold quote of the same kind whose span overlaps it; the
 * speaker is right when the canonical names are equal.
 */
export function scoreQuotes(kind: QuoteKind, gold: readonly GoldQuote[], predicted: readonly Quote[], score: QuoteScore): void {
  const g = gold.filter((q) => q.kind === kind)
  const p = predicted.filter((q) => q.kind === kind)
  score.gold += g.length
  score.predicted += p.length
  const used = new Set<GoldQuote>()
  for (const q of p) {
    const match = g.find((x) => !used.has(x) && x.start < q.end && q.start < x.end)
    if (!match) {
      score.misses.push({predicted: q, why: 'spurious'})
      continue
    }
    used.add(match)
    score.truePositives++
    if ((match.speaker ?? '') === (q.speaker ?? '')) score.speakerRight++
    else score.misses.push({gold: match, predicted: q, why: 'speaker'})
  }
  for (const x of g) if (!used.has(x)) score.misses.push({gold: x, why: 'missed'})
}

/** An empty score. */
export function emptyScore(): QuoteScore {
  return {truePositives: 0, predicted: 0, gold: 0, speakerRight: 0, misses: []}
}

/** F1 of a score. */
export function f1(s: QuoteScore): number {
  const p = s.predicted ? s.truePositives / s.predicted : 0
  const r = s.gold ? s.truePositives / s.gold : 0
  return p + r ? (2 * p * r) / (p + r) : 0
}
