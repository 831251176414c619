import type {EntityType} from '@copydesk/schema'
import type {Gazetteer} from './gazetteer.js'
import type {Token} from './tokenize.js'

/** A mention as token indices, while the span rules run. */
export interface Run {
  /** First token. */
  first: number
  /** Last token (inclusive). */
  last: number
  /** Entity type. */
  type: EntityType
}

/** What the span rules work on. */
export interface RuleContext {
  /** Tokens of the text. */
  tokens: readonly Token[]
  /** Gazetteer marks per token (`B-LOC`, `I-ORG`, `''`). */
  marks: readonly string[]
  /** Compiled gazetteer. */
  gazetteer: Gazetteer
  /** Current mentions, in order, not overlapping. */
  runs: Run[]
}

/**
 * The run covering each token.
 *
 * @param ctx
 *   Rule context.
 * @returns
 *   Per token, its run or `undefined`.
 */
export function owner(ctx: RuleContext): Array<Run | undefined> {
  const table: Array<Run | undefined> = new Array<Run | undefined>(ctx.tokens.length)
  for (const run of ctx.runs) for (let k = run.first; k <= run.last; k++) table[k] = run
  return table
}

/**
 * Put a run over tokens `first..last`, dropping the runs it overlaps.
 *
 * @param runs
 *   Current runs.
 * @param first
 *   First token.
 * @param last
 *   Last token.
 * @param type
 *   Entity type.
 * @returns
 *   New runs, in order.
 */
export function place(runs: readonly Run[], first: number, last: number, type: EntityType): Run[] {
  const out = runs.filter((r) => r.last < first || r.first > last)
  out.push({first, last, type})
  return out.sort((a, b) => a.first - b.first)
}

/**
 * Read runs off BIO labels.
 *
 * @param labels
 *   One label per token.
 * @returns
 *   Runs in order.
 */
export function toRuns(labels: readonly string[]): Run[] {
  const runs: Run[] = []
  let open: Run | undefined
  for (let index = 0; index < labels.length; index++) {
    const label = labels[index] as string
    if (label.startsWith('I-') && open && open.type === label.slice(2)) {
      open.last = index
      continue
    }
    if (open) runs.push(open)
    open = label === 'O' ? undefined : {first: index, last: index, type: label.slice(2) as EntityType}
  }
  if (open) runs.push(open)
  return runs
}
