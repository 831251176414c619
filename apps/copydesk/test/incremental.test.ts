import {cp, readFile, rm, utimes, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {logRecords, runCli} from './helpers/run-cli.js'
import {makeProject, snapshotFolder} from './helpers/workspace.js'

// An incremental build (warm cache, previous output) must give exactly the bytes of a cold
// build of the same inputs, and redo only what changed.

const site = ['--site', 'https://news.example.com/']
let dir = ''
let colds = 0

interface Summary {
  published: number
  tagged: number
  unchanged: number
  written: number
  removed: number
  warnings: number
  errors: number
}

async function build(out: string, extra: string[] = []): Promise<{summary: Summary; stderr: string}> {
  const result = await runCli(['build', 'content', '--out', out, '--log-format', 'json', '-j', '2', ...site, ...extra], {cwd: dir})
  expect(result.code, result.stderr).toBe(0)
  const record = logRecords(result.stderr).find((entry) => typeof entry.msg === 'string' && entry.msg.startsWith('published'))
  expect(record, result.stderr).toBeDefined()
  return {summary: record as unknown as Summary, stderr: result.stderr}
}

/** Rebuild into `public` (warm), then cold into a fresh folder with a fresh cache: same bytes. */
async function rebuildMatchesCold(extra: string[] = []): Promise<{summary: Summary; stderr: string}> {
  const warm = await build('public', extra)
  const cold = `cold-${++colds}`
  const fresh = await build(cold, [...extra, '--cache-dir', `.cache-${cold}`])
  expect(fresh.summary.unchanged).toBe(0)
  expect(await snapshotFolder(path.join(dir, 'public'))).toEqual(await snapshotFolder(path.join(dir, cold)))
  expect(warm.summary.published).toBe(fresh.summary.published)
  expect(warm.summary.warnings).toBe(fresh.summary.warnings)
  expect(warm.summary.errors).toBe(fresh.summary.errors)
  return warm
}

beforeAll(async () => {
  dir = await makeProject({fixtures: true})
})
afterAll(async () => {
  await rm(dir, {recursive: true, force: true})
})

describe('incremental builds give the bytes of a cold build', () => {
  it('cold: tags every article', async () => {
    const {summary} = await build('public')
    expect(summary).toMatchObject({published: 4, tagged: 4, unchanged: 0, removed: 0})
    expect(summary.written).toBeGreaterThan(8)
  })

  it('warm, nothing changed: nothing tagged, rendered or written', async () => {
    const {summary} = await rebuildMatchesCold()
    expect(summary).toMatchObject({published: 4, tagged: 0, unchanged: 4, written: 0, removed: 0})
  })

  it('a touched source (same bytes, new mtime) is not processed again', async () => {
    const file = path.join(dir, 'content', 'rail-link.txt')
    const later = new Date(Date.now() + 5000)
    await utimes(file, later, later)
    const {summary} = await rebuildMatchesCold()
    expect(summary).toMatchObject({published: 4, tagged: 0, unchanged: 4, written: 0})
  })

  it('one article changed: only it is tagged and its files written', async () => {
    const file = path.join(dir, 'content', 'rail-link.txt')
    await writeFile(file, `${await readFile(file, 'utf8')}\nThe first new trains will run on December 10, the company said.\n`)
    const {summary} = await rebuildMatchesCold()
    expect(summary).toMatchObject({published: 4, tagged: 1, unchanged: 3, removed: 0})
    // Its JSON and Markdown, and the feeds that list it (at most three).
    expect(summary.written).toBeGreaterThanOrEqual(2)
    expect(summary.written).toBeLessThanOrEqual(5)
  })

  it('one article added, then one removed', async () => {
    await writeFile(
      path.join(dir, 'content', 'zoo-births.txt'),
      'Rare twin pandas born at Vienna zoo\n\nVIENNA, May 3 (AP) -- Two giant panda cubs were born at Schoenbrunn Zoo on Monday, keepers said, the first twins there in a decade.\n\nMother and cubs are doing well and will stay out of view for several weeks, the zoo said.\n'
    )
    const added = await rebuildMatchesCold()
    expect(added.summary).toMatchObject({published: 5, tagged: 1, unchanged: 4, removed: 0})
    await rm(path.join(dir, 'content', 'library-opens.txt'))
    const removed = await rebuildMatchesCold()
    expect(removed.summary).toMatchObject({published: 4, tagged: 0, unchanged: 4, removed: 2})
  })

  it('a duplicate source is dropped, as in a cold build', async () => {
    await cp(path.join(dir, 'content', 'harbour-reopens.txt'), path.join(dir, 'content', 'zz-harbour-copy.txt'))
    const {summary, stderr} = await rebuildMatchesCold()
    expect(summary).toMatchObject({published: 4, tagged: 0, unchanged: 4, written: 0, removed: 0})
    expect(stderr).toMatch(/same text as/)
  })

  it('a near duplicate (a few words changed) is dropped, as in a cold build', async () => {
    const text = await readFile(path.join(dir, 'content', 'rail-link.txt'), 'utf8')
    await writeFile(path.join(dir, 'content', 'zz-rail-near.txt'), text.replace('twice an hour', 'two times an hour'))
    const {summary, stderr} = await rebuildMatchesCold()
    expect(summary).toMatchObject({published: 4, tagged: 0, unchanged: 4, written: 0, removed: 0})
    expect(stderr).toMatch(/nearly the same text \(\d+% of word sequences\)/)
  })

  it('a slug collision takes the next free slug, as in a cold build', async () => {
    await writeFile(
      path.join(dir, 'content', 'zz-harbour-again.txt'),
      'Lisbon harbour reopens after storm repairs\n\nLISBON, March 9 (Reuters) -- Ferries to the south bank of the Tagus resumed a full timetable on Saturday, the operator said, after the harbour works ended.\n\nCommuters had faced delays of up to an hour during the repairs, the operator added.\n'
    )
    const {summary, stderr} = await rebuildMatchesCold()
    expect(summary).toMatchObject({published: 5, tagged: 1, unchanged: 4, removed: 0})
    expect(stderr).toMatch(/slug/)
    const files = Object.keys(await snapshotFolder(path.join(dir, 'public', 'articles')))
    expect(files).toContain('lisbon-harbour-reopens-after-storm-repairs-2.json')
  })

  it('a changed config re-renders, tags nothing and writes only the files whose bytes change', async () => {
    // The site title is in the feeds only: the article files keep their bytes and mtimes.
    const titled = await rebuildMatchesCold(['--title', 'Other News'])
    expect(titled.summary).toMatchObject({published: 5, tagged: 0, unchanged: 5, written: 3, removed: 0})
    // The site URL is in every Markdown front matter and feed.
    const moved = await rebuildMatchesCold(['--title', 'Other News', '--site', 'https://other.example.org/'])
    expect(moved.summary).toMatchObject({published: 5, tagged: 0, unchanged: 5, removed: 0})
    expect(moved.summary.written).toBeGreaterThanOrEqual(8)
  })

  it('an output deleted by hand is written again, the rest left alone', async () => {
    await rm(path.join(dir, 'public', 'articles', 'lisbon-harbour-reopens-after-storm-repairs-2.md'))
    const {summary} = await rebuildMatchesCold(['--title', 'Other News', '--site', 'https://other.example.org/'])
    expect(summary).toMatchObject({published: 5, tagged: 0, written: 1, removed: 0})
  })

  it('an article store emptied by hand is made again from the sources when an output needs it', async () => {
    await rm(path.join(dir, '.copydesk', 'build', 'articles'), {recursive: true, force: true})
    await rm(path.join(dir, 'public', 'articles', 'lisbon-harbour-reopens-after-storm-repairs.json'))
    const {summary} = await rebuildMatchesCold(['--title', 'Other News', '--site', 'https://other.example.org/'])
    expect(summary).toMatchObject({published: 5, removed: 0, written: 1})
  })

  it('articles edited in place: out of a duplicate, into one, and an unrelated edit, each as a cold build decides', async () => {
    const extra = ['--title', 'Other News', '--site', 'https://other.example.org/']
    const near = path.join(dir, 'content', 'zz-rail-near.txt')
    const nearText = await readFile(near, 'utf8')
    // The dropped near duplicate becomes a story of its own: it is published.
    await writeFile(
      near,
      'Ferry strike ends in Porto\n\nPORTO, March 11 -- River ferry crews in Porto returned to work on Monday after a three-day strike over rosters, the operator said.\n\nThe union said talks on overtime pay would resume next week.\n'
    )
    const apart = await rebuildMatchesCold(extra)
    expect(apart.summary).toMatchObject({published: 6, tagged: 1, unchanged: 5, removed: 0})
    expect(apart.stderr).not.toMatch(/nearly the same text/)
    // Back to a near duplicate of the rail story: dropped again, its files removed.
    await writeFile(near, nearText)
    const again = await rebuildMatchesCold(extra)
    expect(again.summary).toMatchObject({published: 5, unchanged: 5, removed: 2})
    expect(again.stderr).toMatch(/nearly the same text/)
    // An edit to an article no decision involves keeps every other decision.
    const story = path.join(dir, 'content', 'zz-harbour-again.txt')
    await writeFile(story, (await readFile(story, 'utf8')).replace('during the repairs', 'during the three weeks of repairs'))
    const edited = await rebuildMatchesCold(extra)
    expect(edited.summary).toMatchObject({published: 5, tagged: 1, unchanged: 4, removed: 0})
    expect(edited.stderr).toMatch(/same text as/)
    expect(edited.stderr).toMatch(/nearly the same text/)
  })
})
