import type {RawArticle} from '@copydesk/schema'
import type {Root} from 'hast'
import {toText} from 'hast-util-to-text'
import {htmlDepth} from '../html/html-depth.js'
import {limitDepth, maxHtmlDepth} from '../html/limit-depth.js'
import {hastToParagraphs} from '../html/hast-to-paragraphs.js'
import {stripHtml} from '../html/strip-html.js'
import {textToParagraphs} from '../html/html-to-paragraphs.js'
import {findJsonLdArticle} from '../html/json-ld.js'
import {mainContent} from '../html/main-content.js'
import {pageMeta} from '../html/page-meta.js'
import {parseHtml} from '../html/parse-html.js'
import {selectEvery} from '../html/select.js'
import {hasFatal} from '../util/has-fatal.js'
import {error, warn} from '../util/messages.js'
import {openSource, type ReaderOptions, type ReadResult} from '../util/open-source.js'
import {collapseWhitespace} from '../util/collapse-whitespace.js'

/** Pages estimated to nest deeper than this are not parsed into a tree (its builder recurses). */
const maxParseDepth = 500

/**
 * Read an HTML article page: find the main content (`articleBody`, `<article>`, `<main>`...),
 * drop navigation, ads, share widgets and comments, and keep the text as plain paragraphs.
 * Title, byline, dates, summary, tags, canonical URL, language and publisher come from
 * JSON-LD, meta tags, `<time>` and the markup. Parse errors never stop reading: HTML is
 * parsed as browsers do.
 *
 * @param value Source bytes or text.
 * @param options Path and encoding.
 * @returns The file with its messages and the article (none when no text was found).
 */
export function readHtml(value: string | Uint8Array, options: ReaderOptions = {}): ReadResult {
  const {file, text, provenance} = openSource(value, options, 'html')
  if (hasFatal(file)) return {file, articles: []}
  let tree: Root | undefined
  let failure = `it nests elements more than ${maxParseDepth} deep`
  try {
    if (htmlDepth(text) <= maxParseDepth) tree = parseHtml(text)
  } catch (cause) {
    failure = `${(cause as Error).message}`
  }
  if (!tree) {
    // Only pathological nesting stops the parser: keep the text anyway.
    const paragraphs = stripHtml(text)
    const reason = `Cannot parse the HTML (${failure}): it is nested far too deeply`
    if (paragraphs.length === 0) {
      error(file, `${reason}, and no text was found; flatten the markup`, 'html-unparsable')
      return {file, articles: []}
    }
    warn(file, `${reason}; read its text without metadata. Flatten the markup`, 'html-unparsable')
    return {file, articles: [{source: provenance('html'), text: paragraphs.join('\n\n'), meta: {}}]}
  }
  if (limitDepth(tree)) warn(file, `HTML nested deeper than ${maxHtmlDepth} elements: the deepest parts were read as plain text; flatten the markup`, 'html-too-deep')
  const ld = findJsonLdArticle(tree)
  const content = mainContent(tree)
  const meta = pageMeta(tree, content, ld)
  // A paragraph that is only the title or a displayed `<time>` is metadata, not text.
  const metadata = new Set([meta.title, ...selectEvery(content, (found) => found.element.tagName === 'time').map(({element: time}) => collapseWhitespace(toText(time)).trim())])
  let paragraphs = hastToParagraphs(content).filter((paragraph) => !metadata.has(paragraph))
  if (paragraphs.length === 0 && ld?.articleBody) paragraphs = textToParagraphs(ld.articleBody)
  if (paragraphs.length === 0) {
    error(file, 'No article text found in the HTML page: put the story in `<article>` or `<main>` paragraphs, or give JSON-LD `articleBody`', 'html-no-content')
    return {file, articles: []}
  }
  const article: RawArticle = {source: provenance('html'), text: paragraphs.join('\n\n'), meta}
  return {file, articles: [article]}
}
