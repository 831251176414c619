import {cleanText} from './clean-text.js'
import {splitLines} from './lines.js'

/** A line as the paragraph splitter sees it. */
export interface ParagraphLine {
  /** The clean line; empty for a blank or removed line. */
  text: string
  /** The line as written (used for wrap widths and indentation). */
  raw: string
}

/** Lines longer than this are never the product of hard wrapping. */
export const maxWrapWidth = 110

const terminal = /[.!?:"'\u201D\u2019)\]\u3002\uFF01\uFF1F\u300D\u300F]$/u
const cjk = /[\u3000-\u303F\u3040-\u30FF\u3400-\u4DBF\u4E00-\u9FFF\uAC00-\uD7AF\uFF00-\uFFEF]/u

/**
 * Group lines into paragraphs. Blank lines always separate paragraphs. Inside a block of
 * consecutive lines, the lines are one paragraph each unless the block looks hard-wrapped:
 * all lines at most `maxWrapWidth` long, and paragraphs marked by first-line indents, or at
 * least half of the lines ending mid-sentence, or three or more lines filled greedily (but
 * not when every line is indented and ends a sentence: one-line paragraphs). In a
 * hard-wrapped block a line ends its paragraph when the next line's first word would have
 * fit on it (the wrapper would have put it there) and the line ends a sentence or is
 * clearly short of the width, or when the next line is indented; never when the line ends
 * in a hyphen and the next starts in lower case.
 *
 * @param lines The lines, blank or removed ones with empty `text`.
 * @returns The paragraphs, each a list of lines to join.
 */
export function groupParagraphs<T extends ParagraphLine>(lines: readonly T[]): T[][] {
  const paragraphs: T[][] = []
  let block: T[] = []
  for (const line of lines) {
    if (line.text === '') {
      splitBlock(block, paragraphs)
      block = []
    } else {
      block.push(line)
    }
  }
  splitBlock(block, paragraphs)
  return paragraphs
}

function splitBlock<T extends ParagraphLine>(block: T[], paragraphs: T[][]): void {
  if (block.length === 0) return
  if (!isHardWrapped(block)) {
    for (const line of block) paragraphs.push([line])
    return
  }
  const width = Math.max(...block.map((line) => line.raw.trimEnd().length))
  const indentedBlock = block.every((line) => /^\s/.test(line.raw))
  let current: T[] = []
  block.forEach((line, index) => {
    const previous = block[index - 1]
    if (previous && current.length > 0) {
      const firstWord = line.raw.trim().split(/\s+/)[0] ?? ''
      const needed = previous.raw.trimEnd().length + 1 + firstWord.length
      // Hand-wrapped text is not filled greedily: a line ending a sentence where the next word
      // fits, or one clearly shorter than the width, ends its paragraph.
      const fits = needed <= width && (terminal.test(previous.text) || needed <= width - Math.max(8, width * 0.15))
      const indented = !indentedBlock && /^\s/.test(line.raw)
      const hyphenated = /\p{L}-$/u.test(previous.text) && /^\p{Ll}/u.test(line.text)
      if (!hyphenated && (fits || indented)) {
        paragraphs.push(current)
        current = []
      }
    }
    current.push(line)
  })
  if (current.length > 0) paragraphs.push(current)
}

/**
 * Whether a block of consecutive non-blank lines was hard-wrapped.
 *
 * @param block The lines.
 * @returns `true` when the lines look wrapped at a fixed width.
 */
export function isHardWrapped(block: readonly ParagraphLine[]): boolean {
  if (block.length < 2) return false
  if (block.some((line) => line.raw.trimEnd().length > maxWrapWidth)) return false
  // Paragraphs marked by a first-line indent.
  const indented = block.filter((line) => /^\s/.test(line.raw)).length
  if (/^\s/.test(block[0]?.raw ?? '') && indented < block.length) return true
  const inner = block.slice(0, -1)
  const open = inner.filter((line) => !terminal.test(line.text)).length
  if (open >= Math.max(1, inner.length / 2)) return true
  // Every line indented and ending a sentence: one-line paragraphs, each with its first-line
  // indent (a wrapped paragraph's next lines would not be indented).
  if (indented === block.length && open === 0) return false
  // Three or more lines none of which could have taken the next line's first word: filled greedily.
  const width = Math.max(...block.map((line) => line.raw.trimEnd().length))
  return block.length > 2 && inner.every((line, index) => line.raw.trimEnd().length + 1 + firstWord(block[index + 1]).length > width)
}

function firstWord(line: ParagraphLine | undefined): string {
  return line?.raw.trim().split(/\s+/)[0] ?? ''
}

/**
 * Split plain text into clean paragraphs (see `groupParagraphs` and `joinLines`).
 *
 * @param text Text with `\n` line endings.
 * @returns The paragraphs.
 */
export function splitParagraphs(text: string): string[] {
  const lines = splitLines(text).map((line) => ({text: cleanText(line.text, {quotes: 'preserve'}).value, raw: line.text}))
  const allText = lines.map((line) => line.text).join(' ')
  return groupParagraphs(lines).map((paragraph) => joinLines(paragraph.map((line) => line.text), allText).text)
}

/** One hyphen decision made while joining lines. */
export interface HyphenMend {
  /** Index of the line that ended with the hyphen. */
  line: number
  /** The two parts, as `left-` and `right`. */
  left: string
  right: string
  /** What was done. */
  kept: boolean
  /** Whether the text elsewhere confirmed the choice. */
  confirmed: boolean
}

// Prefixes that usually keep their hyphen in a compound.
const compoundPrefixes = new Set([
  'all', 'anti', 'co', 'cross', 'ex', 'full', 'half', 'high', 'long', 'low', 'mid', 'multi', 'non', 'off', 'one', 'over',
  'part', 'post', 'pre', 'pro', 'quasi', 're', 'self', 'semi', 'short', 'so', 'sub', 'super', 'three', 'two', 'well',
  'under', 'vice', 'year', 'day', 'first', 'second', 'third', 'record', 'state', 'world', 'far', 'near', 'top'
])

/**
 * Join the lines of one paragraph with spaces, mending words hyphenated across a line
 * break: the hyphen is kept when the hyphenated form occurs elsewhere in the text or the
 * left part is a usual compound prefix (`post-`, `well-`), and dropped when the joined form
 * occurs elsewhere or the parts look like a split word.
 *
 * @param lines The clean lines.
 * @param context The whole text, searched for the word's other forms.
 * @returns The paragraph and the hyphen decisions.
 */
export function joinLines(lines: readonly string[], context = lines.join(' ')): {text: string; mends: HyphenMend[]} {
  let text = lines[0] ?? ''
  const mends: HyphenMend[] = []
  lines.slice(1).forEach((line, index) => {
    const left = /([\p{L}]+)-$/u.exec(text)?.[1]
    const right = /^([\p{Ll}][\p{L}]*)/u.exec(line)?.[1]
    if (left && right && !/-[\p{L}]+-$/u.test(text)) {
      const lower = lowerCased(context)
      const hyphenated = `${left}-${right}`.toLowerCase()
      const joined = `${left}${right}`.toLowerCase()
      const hasJoined = new RegExp(`(^|[^\\p{L}])${escapeRegExp(joined)}([^\\p{L}]|$)`, 'u').test(lower)
      const hasHyphenated = lower.includes(hyphenated)
      const kept = hasHyphenated || (!hasJoined && compoundPrefixes.has(left.toLowerCase()))
      mends.push({line: index, left, right, kept, confirmed: hasJoined || hasHyphenated})
      text = kept ? text + line : text.slice(0, -1) + line
    } else {
      // Chinese, Japanese and Korean wrap without spaces.
      text = cjk.test(text.slice(-1)) && cjk.test(line.charAt(0)) ? text + line : `${text} ${line}`
    }
  })
  return {text, mends}
}

// One long text is searched for every mend in it: lower-case it once.
let lastContext = ''
let lastLower = ''
function lowerCased(context: string): string {
  if (context !== lastContext) {
    lastContext = context
    lastLower = context.toLowerCase()
  }
  return lastLower
}

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
