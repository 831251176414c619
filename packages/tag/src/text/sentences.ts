import type {Span} from '@copydesk/schema'
import type {Root, Sentence} from 'nlcst'
import {paragraphs} from './paragraphs.js'
import {isWhitespace} from './whitespace.js'

/** A sentence span with the paragraph it belongs to. */
export interface SentenceSpan extends Span {
  /** Index of the paragraph (from `paragraphs`) holding the sentence. */
  paragraph: number
}

/**
 * Sentence spans of an article: retext-english's sentences, cut again at
 * paragraph boundaries (retext-english treats a single line break as
 * whitespace, so a headline or a line without a full stop would otherwise run
 * into the next paragraph).
 *
 * @param tree
 *   nlcst tree of `text` (from retext-english).
 * @param text
 *   The text the tree was parsed from.
 * @returns
 *   Sentence spans in order, each inside one paragraph.
 */
export function sentences(tree: Root, text: string): SentenceSpan[] {
  const cached = cache.get(tree)
  if (cached && cached.text === text) return cached.spans
  const spans = compute(tree, text)
  cache.set(tree, {text, spans})
  return spans
}

const cache = new WeakMap<Root, {text: string; spans: SentenceSpan[]}>()

function compute(tree: Root, text: string): SentenceSpan[] {
  const paras = paragraphs(text)
  const raw: Span[] = []
  for (const node of sentenceNodes(tree)) {
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    if (start !== undefined && end !== undefined && end > start) raw.push({start, end})
  }
  if (raw.length === 0 && paras.length > 0) {
    for (const p of paras) raw.push({...p})
  }
  const out: SentenceSpan[] = []
  let p = 0
  for (const s of raw) {
    let start = s.start
    while (p < paras.length && (paras[p]?.end ?? 0) <= start) p++
    let q = p
    while (q < paras.length) {
      const para = paras[q]
      if (!para || para.start >= s.end) break
      const a = Math.max(start, para.start)
      const b = Math.min(s.end, para.end)
      if (b > a) out.push(trim(text, a, b, q))
      start = para.end
      if (para.end >= s.end) break
      q++
    }
  }
  return out.filter((s) => s.end > s.start)
}

/**
 * The sentence nodes of a tree in document order, not looking inside them:
 * what `visit(tree, 'SentenceNode', visitor)` reaches when the visitor
 * returns `'skip'`, without its bookkeeping.
 *
 * @param tree
 *   nlcst tree.
 * @returns
 *   Sentence nodes.
 */
export function sentenceNodes(tree: Root): Sentence[] {
  const out: Sentence[] = []
  const walk = (node: {type: string; children?: unknown[]}): void => {
    if (node.type === 'SentenceNode') {
      out.push(node as Sentence)
      return
    }
    if (node.children) for (const child of node.children) walk(child as {type: string; children?: unknown[]})
  }
  walk(tree)
  return out
}

function trim(text: string, start: number, end: number, paragraph: number): SentenceSpan {
  let s = start
  let e = end
  while (s < e && isWhitespace(text.charCodeAt(s))) s++
  while (e > s && isWhitespace(text.charCodeAt(e - 1))) e--
  return {start: s, end: e, paragraph}
}
