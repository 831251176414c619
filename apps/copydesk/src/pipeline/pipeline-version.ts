import {createHash} from 'node:crypto'
import {readdir, readFile} from 'node:fs/promises'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

/** Packages whose code decides what a build produces. */
const stages = ['@copydesk/schema', '@copydesk/ingest', '@copydesk/normalize', '@copydesk/tag', '@copydesk/publish']

let memo: Promise<string> | undefined

/**
 * The pipeline's version: a hash of the app's version and the built code of every stage.
 * A changed stage (even unreleased, in this workspace) invalidates the cache; only code and
 * data count (`.js`, `.json`), not type declarations.
 *
 * @returns Lower-case hex SHA-256.
 */
export function pipelineVersion(): Promise<string> {
  memo ??= compute()
  return memo
}

async function compute(): Promise<string> {
  const hash = createHash('sha256')
  const app = await readFile(new URL('../../package.json', import.meta.url), 'utf8')
  hash.update(`copydesk@${(JSON.parse(app) as {version: string}).version}\n`)
  for (const name of stages) {
    const entry = fileURLToPath(import.meta.resolve(name))
    const folder = path.dirname(entry)
    hash.update(`${name}\n`)
    for (const file of await listFiles(folder)) {
      hash.update(`${path.relative(folder, file)}\n`)
      hash.update(await readFile(file))
    }
  }
  return hash.digest('hex')
}

async function listFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, {recursive: true, withFileTypes: true})
  return entries
    .filter((entry) => entry.isFile() && /\.(js|json)$/.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort()
}
