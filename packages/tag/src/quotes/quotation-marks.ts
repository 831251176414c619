import type {Span} from '@copydesk/schema'
import {isWhitespace} from '../text/whitespace.js'

/** A stretch of text between quotation marks, possibly over several paragraphs. */
export interface Quotation {
  /** Offset of the opening mark. */
  open: number
  /** Offset of the closing mark, or the end of the last paragraph when none closes it. */
  close: number
  /** Whether a closing mark was found. */
  closed: boolean
  /** First and last paragraph index. */
  firstParagraph: number
  lastParagraph: number
  /** Content span: inside the marks, whitespace trimmed. */
  start: number
  end: number
}

interface Segment {
  open: number
  close: number
  closed: boolean
  paragraph: number
}

const mark = /["“”]/g

/**
 * Find quotations: straight (`"`) and curly (`“ ”`) double marks, paired
 * within each paragraph. A paragraph whose last quotation is not closed and
 * whose next paragraph opens with a mark continues into that paragraph (the
 * news convention for quotes over several paragraphs); otherwise the
 * quotation ends with its paragraph.
 *
 * @param text
 *   Article text.
 * @param paras
 *   Paragraph spans of `text`.
 * @returns
 *   Quotations in order.
 */
export function findQuotations(text: string, paras: readonly Span[]): Quotation[] {
  const segments: Segment[][] = paras.map((para, index) => scan(text, para, index))
  const out: Quotation[] = []
  for (let p = 0; p < segments.length; p++) {
    const list = segments[p] ?? []
    for (let s = 0; s < list.length; s++) {
      const first = list[s] as Segment
      let last = first
      let q = p
      while (!last.closed && s === list.length - 1 && q + 1 < segments.length) {
        const next = segments[q + 1]?.[0]
        const nextPara = paras[q + 1]
        if (!next || !nextPara || next.open !== nextPara.start) break
        last = next
        q++
        segments[q]?.shift()
        if (!last.closed && (segments[q]?.length ?? 0) > 0) break
      }
      const quotation = build(text, first, last)
      if (quotation) out.push(quotation)
      if (q !== p) {
        p = q - 1
        break
      }
    }
  }
  return out
}

function scan(text: string, para: Span, paragraph: number): Segment[] {
  const out: Segment[] = []
  let open = -1
  mark.lastIndex = para.start
  for (;;) {
    const match = mark.exec(text)
    if (!match || match.index >= para.end) break
    const at = match.index
    const ch = match[0]
    if (ch === '“' || (ch === '"' && open < 0)) {
      if (ch === '"' && /\d/.test(text.charAt(at - 1))) continue
      if (open >= 0) out.push({open, close: at, closed: false, paragraph})
      open = at
    } else if (open >= 0) {
      out.push({open, close: at, closed: true, paragraph})
      open = -1
    }
  }
  if (open >= 0) out.push({open, close: para.end, closed: false, paragraph})
  return out
}

function build(text: string, first: Segment, last: Segment): Quotation | undefined {
  let start = first.open + 1
  let end = last.close
  while (start < end && isWhitespace(text.charCodeAt(start))) start++
  while (end > start && isWhitespace(text.charCodeAt(end - 1))) end--
  if (end <= start) return undefined
  return {
    open: first.open,
    close: last.close,
    closed: last.closed,
    firstParagraph: first.paragraph,
    lastParagraph: last.paragraph,
    start,
    end
  }
}
