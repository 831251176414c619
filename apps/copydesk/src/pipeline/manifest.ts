import {rm} from 'node:fs/promises'
import path from 'node:path'
import {readText} from './read-text.js'
import {writeAtomic} from './write-atomic.js'

/** Name of the file, in the output folder, that lists what the last build wrote. */
export const manifestName = '.copydesk-manifest.json'

/** What the manifest knows of one file it wrote. */
export interface ManifestEntry {
  /** SHA-256 of the file's bytes. */
  sha256: string
  /** Hash of what the file was rendered from; a file with the same key need not be rendered again. */
  key?: string
}

/** The files a build wrote, relative to the output folder, sorted. */
export interface Manifest {
  version: 1
  files: Record<string, ManifestEntry>
}

/**
 * Read the manifest of the last build.
 *
 * @param out Output folder.
 * @returns The files, or none when there is no (readable) manifest.
 */
export async function readManifest(out: string): Promise<Map<string, ManifestEntry>> {
  try {
    const manifest = JSON.parse(readText(path.join(out, manifestName))) as Manifest
    const files = manifest && typeof manifest.files === 'object' && !Array.isArray(manifest.files) ? manifest.files : {}
    return new Map(Object.entries(files).filter(([, entry]) => entry && typeof entry.sha256 === 'string'))
  } catch {
    return new Map()
  }
}

/**
 * Remove what the last build wrote and this one did not (a removed source removes its outputs),
 * then record this build's files. Only paths inside `out` are ever removed.
 *
 * @param out Output folder.
 * @param files Files this build wrote (or kept), relative to `out`.
 * @param previous The last manifest, when already read (an unchanged manifest is then not written again).
 * @returns The files removed.
 */
export async function updateManifest(out: string, files: ReadonlyMap<string, ManifestEntry>, previous?: ReadonlyMap<string, ManifestEntry>): Promise<string[]> {
  const removed: string[] = []
  for (const file of (previous ?? (await readManifest(out))).keys()) {
    if (files.has(file)) continue
    const absolute = path.resolve(out, file)
    const relative = path.relative(out, absolute)
    if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) continue
    await rm(absolute, {force: true})
    removed.push(file)
  }
  if (previous && removed.length === 0 && same(previous, files)) return removed
  // The default sort compares UTF-16 code units, as `<` does, without a call per comparison.
  const sorted: Record<string, ManifestEntry> = {}
  for (const file of [...files.keys()].sort()) sorted[file] = files.get(file) as ManifestEntry
  const manifest: Manifest = {version: 1, files: sorted}
  writeAtomic(path.join(out, manifestName), `${JSON.stringify(manifest, null, 2)}\n`)
  return removed.sort()
}

/** Whether two manifests list the same files with the same entries (then the file on disk is this manifest already). */
function same(a: ReadonlyMap<string, ManifestEntry>, b: ReadonlyMap<string, ManifestEntry>): boolean {
  if (a.size !== b.size) return false
  for (const [file, entry] of b) {
    const other = a.get(file)
    if (other?.sha256 !== entry.sha256 || other.key !== entry.key) return false
  }
  return true
}
