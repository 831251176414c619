import type {RawArticle, RawMeta} from '@copydesk/schema'
import {fromMarkdown} from 'mdast-util-from-markdown'
import {textToParagraphs} from '../html/html-to-paragraphs.js'
import {type Block, mdastToParagraphs} from '../markdown/mdast-to-paragraphs.js'
import {maxMarkdownIndent, maxMarkdownMarkers, tooDeepLine} from '../markdown/nesting-depth.js'
import {parseFrontMatter} from '../markdown/parse-front-matter.js'
import {plainBlocks} from '../markdown/plain-blocks.js'
import {splitFrontMatter} from '../markdown/split-front-matter.js'
import {hasFatal} from '../util/has-fatal.js'
import {mapMeta} from '../util/map-meta.js'
import {error, warn} from '../util/messages.js'
import {openSource, type ReaderOptions, type ReadResult} from '../util/open-source.js'

/**
 * Read a Markdown article with optional YAML (`---`) or TOML (`+++`) front matter.
 * Front matter fields become `meta` (title, date, author(s), tags, summary, canonical URL,
 * id, slug, language...); the body is reduced to plain-text paragraphs separated by blank
 * lines. A leading `# Heading` becomes the title when front matter gives none, and is not
 * repeated in the text. Malformed front matter is an error with its line and column.
 *
 * @param value Source bytes or text.
 * @param options Path and encoding.
 * @returns The file with its messages and the article (none when unusable).
 */
export function readMarkdown(value: string | Uint8Array, options: ReaderOptions = {}): ReadResult {
  const {file, text, provenance} = openSource(value, options, 'markdown')
  if (hasFatal(file)) return {file, articles: []}
  const {frontMatter, body, bodyLine} = splitFrontMatter(text)
  let meta: RawMeta = {}
  if (frontMatter) {
    const parsed = parseFrontMatter(frontMatter)
    for (const problem of parsed.problems) {
      const place = {line: problem.line, column: problem.column}
      if (parsed.record === undefined) error(file, problem.reason, problem.ruleId, place)
      else warn(file, problem.reason, problem.ruleId, place)
    }
    if (parsed.record === undefined) return {file, articles: []}
    const mapped = mapMeta(parsed.record)
    for (const problem of mapped.problems) warn(file, problem.reason, 'front-matter-field', {line: parsed.keyLines.get(problem.key) ?? frontMatter.line, column: 1})
    meta = mapped.meta
  }
  const deep = tooDeepLine(body)
  if (deep !== undefined) {
    warn(file, `Markdown nested too deeply (more than ${maxMarkdownMarkers} block quotes or lists, or ${maxMarkdownIndent} columns of indent): read the body as plain text; flatten the nesting`, 'markdown-too-deep', {line: bodyLine + deep - 1, column: 1})
  }
  const blocks: Block[] = deep === undefined ? (plainBlocks(body) ?? mdastToParagraphs(fromMarkdown(body))) : textToParagraphs(body).map((text, index) => ({kind: 'paragraph', text, line: index + 1}))
  const first = blocks[0]
  if (first?.kind === 'heading' && first.depth === 1 && (meta.title === undefined || meta.title === first.text)) {
    meta = {...meta, title: first.text}
    blocks.shift()
  }
  const paragraphs = blocks.map((block) => block.text)
  if (paragraphs.length === 0) {
    error(file, 'Markdown article has no body text: write the article below the front matter', 'empty-body', {line: bodyLine, column: 1})
    return {file, articles: []}
  }
  const article: RawArticle = {source: provenance('markdown'), text: paragraphs.join('\n\n'), meta}
  return {file, articles: [article]}
}
