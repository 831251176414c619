import type {EntityType} from '@copydesk/schema'
import type {Token} from './tokenize.js'

/** A typed span of text: one mention of an entity. */
export interface TypedMention {
  /** Start offset (JavaScript string index). */
  start: number
  /** End offset (exclusive). */
  end: number
  /** Entity type. */
  type: EntityType
  /** The text of the span. */
  text: string
}

/**
 * Read typed spans off BIO labels.
 *
 * @param text
 *   The text the tokens come from.
 * @param tokens
 *   Tokens.
 * @param labels
 *   One BIO label per token (`B-PER`, `I-PER`, `O`, ...).
 * @returns
 *   Mentions in order.
 */
export function labelsToMentions(text: string, tokens: readonly Token[], labels: readonly string[]): TypedMention[] {
  const out: TypedMention[] = []
  let open: TypedMention | undefined
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index] as Token
    const label = labels[index] ?? 'O'
    if (label.startsWith('I-') && open && open.type === label.slice(2)) {
      open.end = token.end
      continue
    }
    if (open) out.push(open)
    open = undefined
    if (label !== 'O') open = {start: token.start, end: token.end, type: label.slice(2) as EntityType, text: ''}
  }
  if (open) out.push(open)
  for (const mention of out) mention.text = text.slice(mention.start, mention.end)
  return out
}
