import type {Paragraph, Root} from 'mdast'
import {frontmatterToMarkdown} from 'mdast-util-frontmatter'
import {type Unsafe, toMarkdown} from 'mdast-util-to-markdown'
import {frontMatter, frontMatterYaml} from '../front-matter.js'
import {markdownBody} from '../markdown-body.js'
import type {ArticleRenderer} from '../types.js'

/**
 * Characters escaped on top of CommonMark's, so GFM readers (and markdownlint's MD034)
 * see no bare URL, e-mail address or strikethrough: the `:` of `http://`, the `.` of
 * `www.`, `@` and `~`.
 */
const autolinkLiteralUnsafe: Unsafe[] = [
  {character: ':', after: '\\/\\/', inConstruct: 'phrasing'},
  {character: '.', before: '[Ww]{3}', inConstruct: 'phrasing'},
  {character: '@', inConstruct: 'phrasing'},
  {character: '~', inConstruct: 'phrasing'}
]

/** Serializer options, made once: `toMarkdown` compiles each unsafe pattern once per pattern object. */
export const markdownOptions = {extensions: [frontmatterToMarkdown(['yaml'])], unsafe: autolinkLiteralUnsafe}

/** Characters that can need escaping wherever they stand (see `isSpecial`). */
const special = /[\t\n\r\\#&*<=>[\]_`~@]/
/** Starts that read as a list item or an indented line. */
const specialStart = /^(?:[ +-]|\d+[.)])/
const www = /[Ww]{3}\./

/**
 * Whether `toMarkdown` might not write the text as it is in a paragraph: a character that
 * an unsafe pattern (CommonMark's, the front matter's, `autolinkLiteralUnsafe`) can match
 * where it stands, or a backslash. Stricter than needed (`&`, `_` and the like always send
 * a paragraph to `toMarkdown`); a property test checks it against `toMarkdown`. Tested as
 * separate cheap checks: anchors and sequences in one expression are tried at every position.
 */
function isSpecial(value: string): boolean {
  return special.test(value) || specialStart.test(value) || value.endsWith(' ') || value.includes('://') || www.test(value)
}

/**
 * The paragraphs' text when every one is plain (see `isSpecial`), else `undefined`.
 */
function plainTexts(paragraphs: readonly Paragraph[]): string[] | undefined {
  const texts: string[] = []
  for (const paragraph of paragraphs) {
    const child = paragraph.children[0]
    if (paragraph.children.length !== 1 || child?.type !== 'text' || isSpecial(child.value)) return undefined
    texts.push(child.value)
  }
  return texts
}

/**
 * Render an article as Markdown: YAML front matter (see `frontMatter`) and a CommonMark
 * body of plain paragraphs, built as mdast and serialized with `mdast-util-to-markdown`.
 * The title is not repeated as a heading (the front-matter title is the H1). When no
 * paragraph holds anything to escape, the same bytes are written directly: the front
 * matter fenced by `---`, each paragraph after a blank line, a final newline.
 *
 * @param article Published article.
 * @param options Resolved options.
 * @returns The Markdown document.
 */
export const renderMarkdown: ArticleRenderer = (article, options) => {
  const yaml = frontMatterYaml(frontMatter(article, options))
  const body = markdownBody(article)
  const texts = plainTexts(body)
  if (texts) {
    let document = yaml ? `---\n${yaml}\n---` : '---\n---'
    for (const text of texts) document += `\n\n${text}`
    return `${document}\n`
  }
  const tree: Root = {type: 'root', children: [{type: 'yaml', value: yaml}, ...body]}
  return toMarkdown(tree, markdownOptions)
}
