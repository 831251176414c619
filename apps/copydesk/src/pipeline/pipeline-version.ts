import {createHash} from 'node:crypto'
import {readFileSync, statSync} from 'node:fs'
import {readdir, readFile} from 'node:fs/promises'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {appVersion} from './app-manifest.js'
import {replaceFile} from './write-atomic.js'

/** Packages whose code and data decide what a build produces. */
const stages = ['@copydesk/schema', '@copydesk/ingest', '@copydesk/normalize', '@copydesk/tag', '@copydesk/publish']

/** Files of a package that do not change what it does. */
const notCode = /\.d\.[cm]?ts$|\.map$|\.tsbuildinfo$/

/** What `pipelineVersion` remembers of a file: its stat and the hash of its bytes. */
type Remembered = [size: number, mtimeMs: number, sha256: string]

let memo: Promise<string> | undefined

/**
 * The folder of the bundle this module runs from (`dist/bundle/`, see `scripts/bundle.js`), or
 * undefined when it runs as compiled. The bundle holds a copy of the stages' code, made when
 * the app was built: hashing it too means a stage rebuilt without the app (its new files
 * hashed, its old code running) cannot fill the cache under the new version.
 */
const bundleFolder = (() => {
  const folder = path.dirname(fileURLToPath(import.meta.url))
  return path.basename(folder) === 'bundle' ? folder : undefined
})()

/**
 * The pipeline's version: a hash of the app's version, of what every stage publishes (its
 * version and the files its `package.json` lists: code, and data such as the tagger's model;
 * not type declarations) and, when the app runs bundled, of the bundle. A changed stage (even
 * unreleased, in this workspace) or a retrained model invalidates the cache.
 *
 * @param memoFile A file to remember each file's hash in, by stat (a build's cache folder):
 *   a file whose size and modification time are unchanged is not read again.
 * @returns Lower-case hex SHA-256.
 */
export function pipelineVersion(memoFile?: string): Promise<string> {
  memo ??= compute(memoFile)
  return memo
}

async function compute(memoFile: string | undefined): Promise<string> {
  const known = readMemo(memoFile)
  const seen: Record<string, Remembered> = {}
  let fresh = false
  const hash = createHash('sha256')
  hash.update(`copydesk@${appVersion()}\n`)
  const parts: Array<{name: string; root: string; entries: string[]}> = []
  for (const name of stages) {
    const manifest = fileURLToPath(import.meta.resolve(`${name}/package.json`))
    const {version, files} = JSON.parse(await readFile(manifest, 'utf8')) as {version?: string; files?: string[]}
    parts.push({name: `${name}@${version ?? ''}`, root: path.dirname(manifest), entries: files ?? ['dist']})
  }
  if (bundleFolder) parts.push({name: 'copydesk bundle', root: bundleFolder, entries: ['.']})
  for (const {name, root, entries} of parts) {
    hash.update(`${name}\n`)
    for (const file of await listFiles(root, entries)) {
      const info = statSync(file)
      let remembered = known[file]
      if (!remembered || remembered[0] !== info.size || remembered[1] !== info.mtimeMs) {
        remembered = [info.size, info.mtimeMs, createHash('sha256').update(await readFile(file)).digest('hex')]
        fresh = true
      }
      seen[file] = remembered
      hash.update(`${path.relative(root, file)}\n${remembered[2]}\n`)
    }
  }
  if (memoFile && (fresh || Object.keys(known).length !== Object.keys(seen).length)) {
    // Only a shortcut: a build that cannot write it still builds.
    try {
      replaceFile(memoFile, JSON.stringify(seen))
    } catch {
      // A memo that cannot be written is only a memo.
    }
  }
  return hash.digest('hex')
}

function readMemo(file: string | undefined): Record<string, Remembered> {
  if (!file) return {}
  try {
    const saved = JSON.parse(readFileSync(file, 'utf8')) as unknown
    return saved && typeof saved === 'object' && !Array.isArray(saved) ? (saved as Record<string, Remembered>) : {}
  } catch {
    return {}
  }
}

/** The files under the listed entries of a package (files or folders), sorted. */
async function listFiles(root: string, entries: readonly string[]): Promise<string[]> {
  const found: string[] = []
  for (const entry of entries) {
    const at = path.join(root, entry)
    const info = statSync(at, {throwIfNoEntry: false})
    if (info?.isFile()) found.push(at)
    else if (info?.isDirectory()) {
      for (const item of await readdir(at, {recursive: true, withFileTypes: true})) {
        if (item.isFile() && !notCode.test(item.name)) found.push(path.join(item.parentPath, item.name))
      }
    }
  }
  return [...new Set(found)].sort()
}
