import {type Dirent, readdirSync, rmSync} from 'node:fs'
import path from 'node:path'

/**
 * Temporary files a build leaves when it is killed mid-write: `writeAtomic`'s
 * `<file>.<pid>.<hex>.tmp` (see pipeline/write-atomic.ts: keep the two in step) and the lock's own `.copydesk-lock.<pid>.<8 hex>.{new,stale}`.
 */
const temporaryName = /\.(\d+)\.[0-9a-f]{4,32}\.tmp$|^\.copydesk-lock\.(\d+)\.[0-9a-f]{8}\.(?:new|stale)$/

/**
 * Remove the temporary files of interrupted builds from an output folder. Only call it while
 * holding the build lock: a running build's temporary files are in flight, not leftovers.
 * Synchronous, so a signal handler can call it just before exiting.
 *
 * @param out Output folder.
 * @param pid Remove only the files of this process (default: every process's).
 * @param options `deep`: the folders inside too (default `true`), else only the top.
 * @returns Paths removed, relative to `out`, sorted.
 */
export function sweepTemporary(out: string, pid?: number, options: {deep?: boolean} = {}): string[] {
  const deep = options.deep !== false
  const removed: string[] = []
  // Folder by folder rather than `readdirSync(out, {recursive: true})`, which is several
  // times slower on an output folder of 20,000 files (and this runs before every build).
  const folders = [out]
  for (let folder = folders.pop(); folder !== undefined; folder = folders.pop()) {
    let entries: Dirent[]
    try {
      entries = readdirSync(folder, {withFileTypes: true})
    } catch {
      continue
    }
    for (const entry of entries) {
      if (entry.isDirectory()) {
        if (deep) folders.push(path.join(folder, entry.name))
        continue
      }
      if (!entry.isFile()) continue
      const match = temporaryName.exec(entry.name)
      if (!match) continue
      if (pid !== undefined && Number(match[1] ?? match[2]) !== pid) continue
      const file = path.join(folder, entry.name)
      try {
        rmSync(file, {force: true})
        removed.push(path.relative(out, file))
      } catch {
        // Gone already, or not ours to remove: the next build tries again.
      }
    }
  }
  return removed.sort()
}
