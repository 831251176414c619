// Types for score.js (plain ESM so `pnpm eval` needs no build).

/** Counts with precision, recall and F1. */
export interface Prf {
  tp: number
  predicted: number
  gold: number
  precision: number
  recall: number
  f1: number
}

/** A span with a type, as in gold and in `copydesk tag --jsonl` output. */
export interface TypedSpan {
  start: number
  end: number
  type: string
  text?: string
}

/** A quote span with its kind and speaker. */
export interface QuoteSpan {
  start: number
  end: number
  kind: string
  speaker?: string
}

/** A gold document. */
export interface GoldDocument {
  id: string
  entities?: TypedSpan[]
  keyphrases?: string[]
  quotes?: QuoteSpan[]
}

/** One line of `copydesk tag --jsonl` output. */
export interface Prediction {
  entities?: TypedSpan[]
  keyphrases?: Array<string | {phrase: string}>
  quotes?: QuoteSpan[]
}

export function prf(tp: number, predicted: number, gold: number): Prf
export function scoreEntities(gold: GoldDocument[], predictions: Map<string, Prediction>): Record<'PER' | 'ORG' | 'LOC' | 'ALL', Prf>
export function normalizePhrase(phrase: string): string
export function scoreKeyphrases(
  gold: GoldDocument[],
  predictions: Map<string, Prediction>,
  k?: number
): {documents: number; precision: number; recall: number; f: number}
export function sameSpeaker(a: string | undefined, b: string | undefined): boolean
export function scoreQuotes(
  gold: GoldDocument[],
  predictions: Map<string, Prediction>
): Record<string, Prf & {speakerRight: number; speakerTotal: number; speakerAccuracy: number}>
