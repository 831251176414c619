import {cp, mkdir, mkdtemp, readdir, readFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {seedPath} from './run-cli.js'

/** Wire-copy fixture articles written for these tests. */
export const wireFixtures = fileURLToPath(new URL('../fixtures/wire/', import.meta.url))

/**
 * A temporary project: `content/` with the seed article and, optionally, the wire fixtures.
 *
 * @param options Whether to add the fixtures.
 * @returns The project folder.
 */
export async function makeProject(options: {fixtures?: boolean} = {}): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'copydesk-cli-'))
  await mkdir(path.join(dir, 'content'))
  await cp(seedPath, path.join(dir, 'content', path.basename(seedPath)))
  if (options.fixtures) await cp(wireFixtures, path.join(dir, 'content'), {recursive: true})
  return dir
}

/**
 * Every file of a folder with its bytes, for byte-for-byte comparisons.
 *
 * @param dir Folder.
 * @returns Relative path -> content.
 */
export async function snapshotFolder(dir: string): Promise<Record<string, string>> {
  const entries = await readdir(dir, {recursive: true, withFileTypes: true})
  const files = entries.filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name))
  const result: Record<string, string> = {}
  for (const file of files.sort()) result[path.relative(dir, file)] = await readFile(file, 'utf8')
  return result
}
