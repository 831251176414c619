import {execFile} from 'node:child_process'
import {existsSync, mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {promisify} from 'node:util'
import {describe, expect, test} from 'vitest'
import {renderArticle, renderFeed} from '../src/index.js'
import {allArticles, options} from './helpers/fixtures.js'

// The shared checkers live beside the clone (`<repo>/../shared/tools`); skipped when absent
// or when `COPYDESK_SKIP_CHECKERS=1` (they take a minute or two).
const tools = fileURLToPath(new URL('../../../../shared/tools/', import.meta.url))
const available = existsSync(join(tools, 'check-rss.sh')) && !process.env.COPYDESK_SKIP_CHECKERS
const run = promisify(execFile)

/** Run a checker script; resolves with its exit code and output. */
async function check(script: string, args: string[]): Promise<{code: number; output: string}> {
  try {
    const {stdout, stderr} = await run(join(tools, script), args, {maxBuffer: 64 * 1024 * 1024})
    return {code: 0, output: stdout + stderr}
  } catch (error) {
    const failure = error as {code?: number; stdout?: string; stderr?: string}
    return {code: typeof failure.code === 'number' ? failure.code : 2, output: `${failure.stdout ?? ''}${failure.stderr ?? ''}`}
  }
}

describe.skipIf(!available)('the shared checkers accept every output', () => {
  const folder = mkdtempSync(join(tmpdir(), 'copydesk-publish-'))
  const articles = allArticles()
  const schema = join(folder, 'article.schema.json')
  const timeout = 300_000

  test.concurrent.each(['rss', 'atom'] as const)('%s passes check-rss --strict', async (format) => {
    const file = join(folder, `${format}.xml`)
    writeFileSync(file, renderFeed(articles, format, options))
    const result = await check('check-rss.sh', ['--strict', file])
    expect(result.code, result.output).toBe(0)
  }, timeout)

  test.concurrent('JSON Feed passes check-rss', async () => {
    const file = join(folder, 'feed.json')
    writeFileSync(file, renderFeed(articles, 'jsonfeed', options))
    const result = await check('check-rss.sh', [file])
    expect(result.code, result.output).toBe(0)
  }, timeout)

  // Every article is in the feeds above; the per-article checks (about 5 s a script) run on the
  // seed and the hostile cases only. The other fixtures are plain and covered by the own tests.
  const hostile = new Set(['cd-6b0f4d2a9e1c7b35', 'hostile-markup', 'hostile-unicode', 'empty-body', 'big-body'])
  const checked = articles.filter((article) => hostile.has(article.id))

  test('the per-article checks cover the seed and the hostile cases', () => expect(checked).toHaveLength(hostile.size))

  test.concurrent.each(checked.map((article) => [article.id, article] as const))('%s: Markdown and JSON pass', async (id, article) => {
    const {articleJsonSchema} = await import('@copydesk/schema')
    if (!existsSync(schema)) writeFileSync(schema, `${JSON.stringify(articleJsonSchema(), null, 2)}\n`)
    const markdown = join(folder, `${id}.md`)
    const json = join(folder, `${id}.json`)
    writeFileSync(markdown, renderArticle(article, 'markdown', options))
    writeFileSync(json, renderArticle(article, 'json', options))
    const md = await check('check-markdown.sh', ['--config', join(tools, 'markdownlint-articles.jsonc'), markdown])
    expect(md.code, md.output).toBe(0)
    const js = await check('check-json.sh', [json, schema])
    expect(js.code, js.output).toBe(0)
  }, timeout)
})
