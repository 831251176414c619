import {readdir, readFile} from 'node:fs/promises'
import path from 'node:path'
import {lockName} from '../lock/build-lock.js'
import {manifestName} from '../pipeline/manifest.js'
import {appMessage, type ReportedMessage} from '../report/reported-message.js'
import {createArticleValidator} from './article-validator.js'
import {checkFeeds} from './check-feeds.js'

/** What `checkSite` found. */
export interface CheckResult {
  files: number
  articles: number
  messages: ReportedMessage[]
}

/** Where things are in a published folder. */
export interface SiteLayout {
  articles: string
  rss: string
  atom: string
  jsonfeed: string
}

/**
 * Validate a published folder: every article JSON against the shipped JSON Schema and named
 * after its slug; every Markdown article with front matter and its JSON twin; the feeds
 * well-formed and made of the folder's articles; with a build manifest, no file the build did
 * not write and none missing. Every problem is an error naming the file.
 *
 * @param root Folder to check.
 * @param layout Paths of the articles folder and the feeds.
 * @returns Counts and messages.
 */
export async function checkSite(root: string, layout: SiteLayout): Promise<CheckResult> {
  const messages: ReportedMessage[] = []
  const error = (file: string, reason: string, ruleId: string, place?: {line?: number; column?: number}) => {
    messages.push({...appMessage(file, 'error', reason, ruleId), ...place})
  }
  const files = (await readdir(root, {recursive: true, withFileTypes: true}))
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort()
  const published = files.filter((file) => file !== manifestName && file !== lockName)
  if (files.includes(lockName)) {
    const holder = await readFile(path.join(root, lockName), 'utf8').then((text) => (JSON.parse(text) as {pid?: unknown}).pid).catch(() => undefined)
    const reason = `A build holds this folder${typeof holder === 'number' ? ` (pid ${holder})` : ''}, or was killed: the files may be half old and half new. Wait for it to finish, or run \`copydesk build\` again`
    error(lockName, reason, 'build-running')
  }
  const folder = layout.articles.replace(/^\/+|\/+$/g, '')
  const inArticles = (file: string) => path.posix.dirname(file) === folder
  const jsons = published.filter((file) => inArticles(file) && file.endsWith('.json'))
  const markdowns = published.filter((file) => inArticles(file) && file.endsWith('.md'))

  const validate = await createArticleValidator()
  const articles = new Map<string, {title: string; file: string}>()
  for (const file of jsons) {
    let value: {id?: unknown; slug?: unknown; title?: unknown}
    try {
      value = JSON.parse(await readFile(path.join(root, file), 'utf8'))
    } catch (cause) {
      error(file, `Not valid JSON: ${(cause as Error).message}. Rebuild with \`copydesk build\``, 'json-parse')
      continue
    }
    const problems = validate(value)
    if (problems.length > 0) {
      error(file, `Does not match the article JSON Schema of @copydesk/schema:\n${problems.join('\n')}`, 'json-schema')
      continue
    }
    const stem = path.posix.basename(file, '.json')
    if (value.slug !== stem) error(file, `The file is named \`${stem}\` but the article's slug is \`${String(value.slug)}\``, 'slug-name')
    const id = String(value.id)
    const twin = articles.get(id)
    if (twin) error(file, `Duplicate article id \`${id}\`, also in \`${twin.file}\``, 'duplicate-id')
    else articles.set(id, {title: String(value.title), file})
  }

  const jsonStems = new Set(jsons.map((file) => path.posix.basename(file, '.json')))
  const mdStems = new Set(markdowns.map((file) => path.posix.basename(file, '.md')))
  for (const file of markdowns) {
    const text = await readFile(path.join(root, file), 'utf8')
    if (!/^---\r?\n[\s\S]*?\r?\n(---|\.\.\.)\r?\n/.test(text)) error(file, 'Expected YAML front matter between `---` lines at the start', 'front-matter')
    const stem = path.posix.basename(file, '.md')
    if (jsons.length > 0 && !jsonStems.has(stem)) error(file, `Orphan: no \`${folder}/${stem}.json\` for this Markdown article`, 'orphan')
  }
  if (markdowns.length > 0) {
    for (const file of jsons) {
      const stem = path.posix.basename(file, '.json')
      if (!mdStems.has(stem)) error(file, `Orphan: no \`${folder}/${stem}.md\` for this article`, 'orphan')
    }
  }

  messages.push(...(await checkFeeds(root, layout, new Set(published), articles)))

  if (files.includes(manifestName)) {
    let listed: string[] = []
    try {
      const manifest = JSON.parse(await readFile(path.join(root, manifestName), 'utf8')) as {files?: unknown}
      if (!manifest.files || typeof manifest.files !== 'object' || Array.isArray(manifest.files)) throw new Error('no `files` object')
      listed = Object.keys(manifest.files)
    } catch (cause) {
      error(manifestName, `Not a readable build manifest: ${(cause as Error).message}. Rebuild with \`copydesk build\``, 'manifest')
    }
    const known = new Set(listed)
    for (const file of published) {
      if (!known.has(file)) error(file, 'Orphan: no build wrote this file. Remove it, or rebuild the folder from its sources', 'orphan')
    }
    const present = new Set(published)
    for (const file of listed) {
      if (!present.has(file)) error(file, 'Missing: the last build wrote this file but it is gone. Rebuild with `copydesk build`', 'missing')
    }
  }
  return {files: published.length, articles: articles.size, messages}
}
