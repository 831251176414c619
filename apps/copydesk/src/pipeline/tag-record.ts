import type {Tags} from '@copydesk/schema'

/** One output line of `copydesk tag --jsonl`: the measurement interface of the tagging issue. */
export interface TagRecord {
  id: unknown
  entities: Array<{start: number; end: number; type: string; text: string}>
  keyphrases: string[]
  quotes: Array<{start: number; end: number; kind: string; speaker: string | null; speakerStart: number | null; speakerEnd: number | null}>
  error?: string
}

/**
 * Flatten tags to the JSON Lines record: every mention of every entity sorted by offset,
 * keyphrases as ranked strings, quotes with their speaker.
 *
 * @param id The input's id, echoed.
 * @param tags The tagger's result.
 * @returns The record, keys in a stable order.
 */
export function toTagRecord(id: unknown, tags: Tags): TagRecord {
  const entities = tags.entities
    .flatMap((entity) => entity.mentions.map((mention) => ({start: mention.start, end: mention.end, type: entity.type, text: mention.text})))
    .sort((a, b) => a.start - b.start || a.end - b.end || (a.type < b.type ? -1 : a.type > b.type ? 1 : 0))
  const quotes = tags.quotes.map((quote) => ({
    start: quote.start,
    end: quote.end,
    kind: quote.kind,
    speaker: quote.speaker ?? null,
    speakerStart: quote.speakerStart ?? null,
    speakerEnd: quote.speakerEnd ?? null
  }))
  return {id, entities, keyphrases: tags.keyphrases.map((keyphrase) => keyphrase.phrase), quotes}
}
