import type {Root} from 'mdast'
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

/**
 * Render an article as Markdown: YAML front matter (see `frontMatter`) and a CommonMark
 * body of plain paragraphs, built as mdast and serialized with `mdast-util-to-markdown`.
 * The title is not repeated as a heading (the front-matter title is the H1).
 *
 * @param article Published article.
 * @param options Resolved options.
 * @returns The Markdown document.
 */
export const renderMarkdown: ArticleRenderer = (article, options) => {
  const tree: Root = {
    type: 'root',
    children: [{type: 'yaml', value: frontMatterYaml(frontMatter(article, options))}, ...markdownBody(article)]
  }
  return toMarkdown(tree, {extensions: [frontmatterToMarkdown(['yaml'])], unsafe: autolinkLiteralUnsafe})
}
