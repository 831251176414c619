import {mkdtemp, readFile, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, describe, expect, it, vi} from 'vitest'
import {runCli} from './helpers/run-cli.js'
import {makeProject} from './helpers/workspace.js'

const dirs: string[] = []
afterAll(async () => {
  for (const dir of dirs) await rm(dir, {recursive: true, force: true})
})

/** `pipelineVersion` of a fresh module (it remembers its result for the process). */
async function freshVersion(memoFile?: string): Promise<string> {
  vi.resetModules()
  const {pipelineVersion} = await import('../src/pipeline/pipeline-version.js')
  return pipelineVersion(memoFile)
}

describe('pipelineVersion', () => {
  it("hashes what each stage publishes, the tagger's model included, and remembers file hashes by stat", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'copydesk-version-'))
    dirs.push(dir)
    const memoFile = path.join(dir, 'build', 'code.json')
    const plain = await freshVersion()
    expect(plain).toMatch(/^[0-9a-f]{64}$/)
    expect(await freshVersion(memoFile)).toBe(plain)
    const remembered = JSON.parse(await readFile(memoFile, 'utf8')) as Record<string, [number, number, string]>
    const files = Object.keys(remembered).map((file) => file.split(path.sep).join('/'))
    expect(files.some((file) => file.endsWith('packages/tag/models/ner.weights'))).toBe(true)
    expect(files.some((file) => file.endsWith('packages/normalize/dist/index.js'))).toBe(true)
    expect(files.filter((file) => /\.d\.ts$|\.map$/.test(file))).toEqual([])
    // Read back from the memo: the same version.
    expect(await freshVersion(memoFile)).toBe(plain)
    // A remembered hash is trusted while the file's stat is unchanged (so a changed memo shows).
    const [first] = Object.keys(remembered)
    const entry = remembered[first as string] as [number, number, string]
    await writeFile(memoFile, JSON.stringify({...remembered, [first as string]: [entry[0], entry[1], '0'.repeat(64)]}))
    expect(await freshVersion(memoFile)).not.toBe(plain)
    // A memo that is not one is ignored (and replaced).
    await writeFile(memoFile, '[1, 2')
    expect(await freshVersion(memoFile)).toBe(plain)
    expect(Object.keys(JSON.parse(await readFile(memoFile, 'utf8')))).toHaveLength(files.length)
  })
})

describe('the bundled CLI', () => {
  it('hashes the bundle it runs from too, so a stage rebuilt without the app cannot fill the cache under its new version', async () => {
    const project = await makeProject()
    dirs.push(project)
    const result = await runCli(['build', 'content', '--out', 'public', '--quiet'], {cwd: project})
    expect(result.code).toBe(0)
    const remembered = JSON.parse(await readFile(path.join(project, '.copydesk', 'build', 'code.json'), 'utf8')) as Record<string, unknown>
    const files = Object.keys(remembered).map((file) => file.split(path.sep).join('/'))
    // The shim and the entries the worker threads load, from the tests' own bundle.
    const bundled = files.filter((file) => file.includes('/.test-dist/bundle/')).map((file) => path.basename(file))
    expect(bundled).toEqual(expect.arrayContaining(['cli.js', 'early-worker.js', 'source-worker.js', 'tag-worker.js']))
    expect(files.some((file) => file.endsWith('packages/tag/models/ner.weights'))).toBe(true)
    expect(files.filter((file) => file.endsWith('.map'))).toEqual([])
  })
})
