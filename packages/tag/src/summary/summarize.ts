import type {Keyphrase} from '@copydesk/schema'
import type {SentenceSpan} from '../text/sentences.js'

/** Options for `summarize`. */
export interface SummaryOptions {
  /**
   * Most sentences in the summary (1 to 3).
   *
   * @default 3
   */
  maxSentences?: number
  /**
   * Word budget: sentences are added while the summary stays within it
   * (the first one is always kept).
   *
   * @default 75
   */
  maxWords?: number
}

/**
 * Pick the sentences that best summarize an article: the lede weighs most,
 * then sentences that carry the top keyphrases; quotes, very short and very
 * long sentences weigh less. The chosen sentences come back in text order.
 *
 * @param text
 *   Article text.
 * @param sentences
 *   Sentence spans of `text`.
 * @param keyphrases
 *   Ranked keyphrases with their mentions.
 * @param options
 *   Configuration (optional).
 * @returns
 *   Summary text (empty when the text has no sentence).
 */
export function summarize(text: string, sentences: readonly SentenceSpan[], keyphrases: readonly Keyphrase[], options: SummaryOptions = {}): string {
  const maxSentences = Math.min(3, Math.max(1, options.maxSentences ?? 3))
  const maxWords = options.maxWords ?? 75
  const scored = sentences.map((s, index) => {
    const value = text.slice(s.start, s.end)
    const words = countRuns(value)
    let score = 1 / (1 + index) + (s.paragraph === 0 ? 0.5 : 0)
    for (const k of keyphrases.slice(0, 10)) {
      if (k.mentions.some((m) => m.start >= s.start && m.end <= s.end)) score += 0.3 * k.score
    }
    if (/^["“]/u.test(value)) score *= 0.5
    if (words < 6) score *= 0.2
    if (words > 60) score *= 0.5
    return {s, value, words, score, index}
  })
  const ranked = [...scored].sort((a, b) => b.score - a.score || a.index - b.index)
  const chosen: typeof scored = []
  let total = 0
  for (const item of ranked) {
    if (chosen.length >= maxSentences) break
    if (chosen.length > 0 && (total + item.words > maxWords || item.score < 0.3)) continue
    chosen.push(item)
    total += item.words
  }
  return chosen
    .sort((a, b) => a.index - b.index)
    .map((c) => c.value.replace(/\s+/gu, ' '))
    .join(' ')
}

const nonSpace = /\S+/gu

/** Number of whitespace-separated words (`value.split(/\s+/u).filter(Boolean).length`, without the arrays). */
function countRuns(value: string): number {
  let count = 0
  nonSpace.lastIndex = 0
  while (nonSpace.test(value)) count++
  nonSpace.lastIndex = 0
  return count
}
