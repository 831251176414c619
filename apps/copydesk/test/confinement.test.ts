import {createHash} from 'node:crypto'
import {mkdir, mkdtemp, readdir, readFile, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {logRecords, runCli} from './helpers/run-cli.js'

// Nothing is written outside `--out`, whatever an article claims as its slug or id: the
// whole temporary root (the project, its sources, a folder beside it) is listed before and
// after a build, and every path added or changed must be inside the output folder.

let root = ''
let project = ''
let out = ''
let before = new Map<string, string>()
let after = new Map<string, string>()
let result: Awaited<ReturnType<typeof runCli>>

/** Claims an article can make about where it belongs. `ROOT` is replaced by the temporary root. */
const claims = [
  '../../etc/passwd',
  '../../../outside/pwned',
  '../../../../../../../../../../etc/passwd',
  'ROOT/outside/pwned',
  '/etc/passwd',
  '..\\..\\..\\outside\\pwned',
  'C:\\Windows\\System32\\drivers\\etc\\hosts',
  '%2e%2e%2f%2e%2e%2f%2e%2e%2foutside%2fpwned',
  '%252e%252e%252f%252e%252e%252foutside',
  '..%c0%af..%c0%afoutside',
  'pwned\u0000.json',
  '\u0000',
  '.',
  '..',
  '...',
  '.copydesk-manifest',
  '.copydesk-lock',
  `${'a/'.repeat(3000)}deep`,
  'x'.repeat(20_000),
  '\uff0e\uff0e\uff0f\uff0e\uff0e\uff0foutside\uff0fpwned',
  '\u2025/\u2025/outside/pwned',
  '\u2024\u2024\u2215\u2024\u2024\u2215outside',
  '..\u2215..\u2215outside',
  'file:///etc/passwd',
  '~/.ssh/authorized_keys',
  'CON',
  'feed.xml',
  '../feed.xml'
]

function body(index: number): string {
  return [
    `The council of district ${index} voted on Tuesday to rebuild ${index + 2} bridges over the river, officials said.`,
    `"District ${index} has waited long enough," said the mayor, who promised work would begin within ${index + 3} weeks.`,
    `Residents of district ${index} said the old crossings had been closed for ${index + 40} days since the floods.`
  ].join('\n\n')
}

/** Every file and folder under `dir`, with a hash of each file's bytes. */
async function listTree(dir: string): Promise<Map<string, string>> {
  const entries = await readdir(dir, {recursive: true, withFileTypes: true})
  const tree = new Map<string, string>()
  for (const entry of entries) {
    const file = path.join(entry.parentPath, entry.name)
    tree.set(path.relative(dir, file), entry.isFile() ? createHash('sha256').update(await readFile(file)).digest('hex') : entry.isDirectory() ? 'dir' : 'other')
  }
  return tree
}

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'copydesk-confine-'))
  project = path.join(root, 'project')
  out = path.join(project, 'out')
  const content = path.join(project, 'content')
  await mkdir(path.join(root, 'outside'), {recursive: true})
  await writeFile(path.join(root, 'outside', 'keep.txt'), 'untouched\n')
  await mkdir(path.join(content, 'sub dir', 'ünïcödé'), {recursive: true})
  const expanded = claims.map((claim) => claim.replace('ROOT', root))
  let index = 0
  const jsonRecords: unknown[] = []
  for (const claim of expanded) {
    index++
    // As Markdown front matter (slug and id), as a JSON record, and as an id with a title that has no letters for a slug.
    await writeFile(
      path.join(content, `claim-${index}.md`),
      `---\ntitle: ${JSON.stringify(`Bridge story ${index}`)}\nslug: ${JSON.stringify(claim)}\nid: ${JSON.stringify(claim)}\ndate: 2024-05-0${(index % 9) + 1}\n---\n\n${body(index)}\n`
    )
    jsonRecords.push({title: `Council vote ${index}`, slug: claim, id: claim, date: '2024-05-01', body: body(index + 100)})
    await writeFile(
      path.join(content, 'sub dir', `no letters ${index}.md`),
      `---\ntitle: ${JSON.stringify(`${index} – ${index + 1}`)}\nid: ${JSON.stringify(claim)}\ndate: 2024-05-01\n---\n\n${body(index + 200)}\n`
    )
  }
  await writeFile(path.join(content, 'records.json'), JSON.stringify(jsonRecords))
  // File names with spaces and non-ASCII; two sources claiming one slug and one id.
  await writeFile(path.join(content, 'sub dir', 'ünïcödé', 'Straße über die Brücke.md'), `---\ntitle: Straße über die Brücke\nslug: same-slug\nid: same-id\n---\n\n${body(900)}\n`)
  await writeFile(path.join(content, 'sub dir', 'twin.md'), `---\ntitle: Another bridge\nslug: same-slug\nid: same-id\n---\n\n${body(901)}\n`)
  before = await listTree(root)
  result = await runCli(['build', 'content', '--out', 'out', '--no-cache', '--site', 'https://news.example.com/', '--log-format', 'json'], {cwd: project})
  after = await listTree(root)
})

afterAll(async () => {
  if (root) await rm(root, {recursive: true, force: true})
})

describe('copydesk build: nothing escapes --out', () => {
  it('finishes, exit 0 or 1 (duplicates are errors), without an unexpected failure', () => {
    expect([0, 1], result.stderr).toContain(result.code)
    expect(result.stderr).not.toMatch(/unexpected failure/)
  })

  it('adds and changes files only inside the output folder', () => {
    const outside = [...after].filter(([file, hash]) => before.get(file) !== hash && !`${path.join(root, file)}${path.sep}`.startsWith(`${out}${path.sep}`))
    expect(outside.map(([file]) => file)).toEqual([])
    const removed = [...before.keys()].filter((file) => !after.has(file))
    expect(removed).toEqual([])
    expect(after.get(path.join('outside', 'keep.txt'))).toBe(before.get(path.join('outside', 'keep.txt')))
  })

  it('names every output with a safe slug, one level below the articles folder', async () => {
    const files = (await readdir(out, {recursive: true})).map((file) => file.split(path.sep).join('/')).sort()
    const articles = files.filter((file) => file.startsWith('articles/') && file !== 'articles')
    expect(articles.length).toBeGreaterThan(claims.length)
    for (const file of articles) expect(file).toMatch(/^articles\/[a-z0-9]+(-[a-z0-9]+)*\.(json|md)$/)
    expect(files.filter((file) => !file.startsWith('articles'))).toEqual(['.copydesk-manifest.json', 'atom.xml', 'feed.json', 'feed.xml'])
  })

  it('keeps one of two articles claiming one id, naming the other, and reads file names with spaces and non-ASCII', async () => {
    const messages = logRecords(result.stderr).map((record) => String(record.msg))
    expect(messages.some((message) => /twin\.md|Straße über die Brücke\.md/.test(message) && /same-id/.test(message) && /normalize:duplicate/.test(message))).toBe(true)
    const kept = JSON.parse(await readFile(path.join(out, 'articles', 'same-slug.json'), 'utf8')) as {source: {path: string}}
    expect(kept.source.path).toMatch(/Straße über die Brücke\.md$|twin\.md$/)
  })

  it('then passes `copydesk check`', async () => {
    const checked = await runCli(['check', 'out'], {cwd: project})
    expect(checked.code, checked.stderr).toBe(0)
  })
})
