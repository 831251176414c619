// Every library package, packed as `pnpm publish` would ship it, passes publint and
// @arethetypeswrong/cli and imports cleanly in a fresh project outside the workspace.
import {execFile} from 'node:child_process'
import {cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {promisify} from 'node:util'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {seedPath} from './helpers/run-cli.js'

const run = promisify(execFile)
const root = fileURLToPath(new URL('../../../', import.meta.url))
const bin = (name: string) => path.join(root, 'node_modules', '.bin', name)
const libraries = ['schema', 'ingest', 'normalize', 'tag', 'publish']

let work = ''
const tarballs = new Map<string, string>()

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'copydesk-pack-'))
  for (const name of libraries) {
    const dir = path.join(root, 'packages', name)
    const {stdout} = await run('pnpm', ['pack', '--pack-destination', work], {cwd: dir})
    const file = stdout.trim().split('\n').pop() ?? ''
    tarballs.set(`@copydesk/${name}`, path.isAbsolute(file) ? file : path.join(work, path.basename(file)))
  }
  const project = path.join(work, 'consumer')
  await run('mkdir', ['-p', project])
  const dependencies = Object.fromEntries([...tarballs].map(([name, file]) => [name, `file:${file}`]))
  await writeFile(
    path.join(project, 'package.json'),
    JSON.stringify({name: 'consumer', private: true, type: 'module', dependencies, overrides: dependencies})
  )
  await run('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error'], {cwd: project})
}, 600_000)

afterAll(async () => {
  if (work) await rm(work, {recursive: true, force: true})
})

describe('packed packages', () => {
  it('ship no workspace or catalog specifiers', async () => {
    for (const [name, file] of tarballs) {
      const {stdout} = await run('tar', ['-xOzf', file, 'package/package.json'])
      expect(stdout, name).not.toMatch(/"(workspace|catalog):/)
    }
  })

  it.each(libraries)('@copydesk/%s passes publint', async (name) => {
    const file = tarballs.get(`@copydesk/${name}`) ?? ''
    const {stdout} = await run(bin('publint'), [file, '--strict'])
    expect(stdout).not.toMatch(/Errors:|Warnings:/)
  })

  it.each(libraries)('@copydesk/%s passes @arethetypeswrong/cli (esm-only)', async (name) => {
    const file = tarballs.get(`@copydesk/${name}`) ?? ''
    // Exits non-zero on any problem.
    await run(bin('attw'), [file, '--profile', 'esm-only', '--format', 'ascii'])
  })

  it.each(libraries)('@copydesk/%s imports from a fresh project with the exports of its source', async (name) => {
    const project = path.join(work, 'consumer')
    const {stdout} = await run(
      'node',
      ['--input-type=module', '-e', `const m = await import('@copydesk/${name}'); console.log(JSON.stringify(Object.keys(m).sort()))`],
      {cwd: project}
    )
    const exported = JSON.parse(stdout) as string[]
    const built = await import(pathToFileURL(path.join(root, 'packages', name, 'dist', 'index.js')).href)
    expect(exported.length, `@copydesk/${name} exports nothing`).toBeGreaterThan(0)
    expect(exported).toEqual(Object.keys(built).sort())
  })

  it('ships the JSON Schema of a published article', async () => {
    const project = path.join(work, 'consumer')
    const dir = path.join(project, 'node_modules', '@copydesk', 'schema', 'dist')
    expect(await readdir(dir)).toContain('article.schema.json')
    const {stdout} = await run(
      'node',
      ['--input-type=module', '-e', "import s from '@copydesk/schema/article.schema.json' with {type: 'json'}; console.log(s.$schema)"],
      {cwd: project}
    )
    expect(stdout.trim()).toBe('https://json-schema.org/draft/2020-12/schema')
  })
})

describe('the bundled CLI, installed beside the packed stages', () => {
  it('finds what the stages ship (the tagger model, the part-of-speech lexicon) where npm put them, and builds a site', async () => {
    const project = path.join(work, 'consumer')
    // Laid out as npm installs the app: its bin and bundle (as the tests' global setup built it) and package.json.
    const app = path.join(project, 'node_modules', 'copydesk')
    const here = fileURLToPath(new URL('../', import.meta.url))
    await mkdir(path.join(app, 'dist'), {recursive: true})
    await cp(path.join(here, 'bin'), path.join(app, 'bin'), {recursive: true})
    await cp(path.join(here, '.test-dist', 'bundle'), path.join(app, 'dist', 'bundle'), {recursive: true})
    await cp(path.join(here, 'package.json'), path.join(app, 'package.json'))
    await mkdir(path.join(project, 'content'), {recursive: true})
    await cp(seedPath, path.join(project, 'content', path.basename(seedPath)))
    const {stderr} = await run('node', [path.join(app, 'bin', 'copydesk.js'), 'build', 'content', '--out', 'public', '--site', 'https://news.example.org/'], {cwd: project})
    expect(stderr).not.toMatch(/ERROR/)
    const articles = (await readdir(path.join(project, 'public', 'articles'))).sort()
    expect(articles).toHaveLength(2)
    const published = JSON.parse(await readFile(path.join(project, 'public', 'articles', articles.find((file) => file.endsWith('.json')) as string), 'utf8'))
    // Tagged with the model: the seed's people and places are there.
    expect(published.analysis.entities.length).toBeGreaterThan(3)
    expect(published.analysis.keyphrases.length).toBeGreaterThan(0)
    expect(await readFile(path.join(project, 'public', 'feed.xml'), 'utf8')).toContain('<rss')
  })
})
