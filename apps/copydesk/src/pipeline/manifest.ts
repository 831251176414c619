import {readFile, rm} from 'node:fs/promises'
import path from 'node:path'
import {writeAtomic} from './write-atomic.js'

/** Name of the file, in the output folder, that lists what the last build wrote. */
export const manifestName = '.copydesk-manifest.json'

/** The list of files a build wrote, relative to the output folder, sorted. */
export interface Manifest {
  version: 1
  files: string[]
}

/**
 * Read the manifest of the last build.
 *
 * @param out Output folder.
 * @returns The files, or an empty list when there is no (readable) manifest.
 */
export async function readManifest(out: string): Promise<string[]> {
  try {
    const manifest = JSON.parse(await readFile(path.join(out, manifestName), 'utf8')) as Manifest
    return Array.isArray(manifest.files) ? manifest.files.filter((file) => typeof file === 'string') : []
  } catch {
    return []
  }
}

/**
 * Remove what the last build wrote and this one did not (a removed source removes its outputs),
 * then record this build's files. Only paths inside `out` are ever removed.
 *
 * @param out Output folder.
 * @param files Files this build wrote, relative to `out`.
 * @returns The files removed.
 */
export async function updateManifest(out: string, files: readonly string[]): Promise<string[]> {
  const keep = new Set(files)
  const removed: string[] = []
  for (const file of await readManifest(out)) {
    if (keep.has(file)) continue
    const absolute = path.resolve(out, file)
    const relative = path.relative(out, absolute)
    if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) continue
    await rm(absolute, {force: true})
    removed.push(file)
  }
  const manifest: Manifest = {version: 1, files: [...keep].sort()}
  await writeAtomic(path.join(out, manifestName), `${JSON.stringify(manifest, null, 2)}\n`)
  return removed.sort()
}
