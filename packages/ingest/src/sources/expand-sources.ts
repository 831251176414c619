import {readdir, realpath, stat} from 'node:fs/promises'
import path from 'node:path'

/** A source given to `ingest`: a path, directory, glob, `-` for standard input, or a value. */
export type Source = string | {path?: string; value: string | Uint8Array}

/** One input found by expanding the sources. */
export type Entry =
  | {kind: 'file'; path: string; absolute: string}
  | {kind: 'value'; path: string | undefined; value: string | Uint8Array}
  | {kind: 'stdin'; path: string}
  | {kind: 'problem'; path: string; reason: string; ruleId: string}

/**
 * Expand sources into inputs, in a stable order: directories are walked recursively
 * (sorted, hidden entries and symlink loops skipped), globs are matched (sorted),
 * paths that do not exist and patterns that match nothing become problems.
 *
 * @param sources Sources as given.
 * @param cwd Directory relative paths and globs resolve against.
 * @returns Inputs, one at a time.
 */
export async function* expandSources(sources: readonly Source[], cwd: string): AsyncGenerator<Entry> {
  for (const source of sources) yield* await listSources([source], cwd)
}

/**
 * Expand sources into inputs, in the order `expandSources` gives, as one list: the same
 * walk without a generator step per file (listing 10,000 files this way is several times
 * faster, and most of what remains is the folder reads).
 *
 * @param sources Sources as given.
 * @param cwd Directory relative paths and globs resolve against.
 * @returns Inputs, in order.
 */
export async function listSources(sources: readonly Source[], cwd: string): Promise<Entry[]> {
  const found: Entry[] = []
  for (const source of sources) {
    if (typeof source !== 'string') found.push({kind: 'value', path: source.path, value: source.value})
    else if (source === '-') found.push({kind: 'stdin', path: '-'})
    else await expandPath(source, cwd, found)
  }
  return found
}

async function expandPath(given: string, cwd: string, found: Entry[]): Promise<void> {
  const absolute = path.resolve(cwd, given)
  const stats = await stat(absolute).catch((cause: NodeJS.ErrnoException) => cause)
  if (stats instanceof Error) {
    // The glob library is loaded only when a path does not exist: most runs never need it.
    if (stats.code === 'ENOENT' && (await import('tinyglobby')).isDynamicPattern(given)) {
      await expandGlob(given, cwd, found)
      return
    }
    found.push({kind: 'problem', path: given, ...describe(stats, given)})
    return
  }
  if (stats.isDirectory()) {
    const before = found.length
    await walk(absolute, given, new Set(), found)
    if (found.length === before) found.push({kind: 'problem', path: given, reason: `Folder \`${given}\` holds no files: put articles in it or point at another folder`, ruleId: 'no-match'})
    return
  }
  found.push({kind: 'file', path: given, absolute})
}

async function expandGlob(pattern: string, cwd: string, found: Entry[]): Promise<void> {
  const {glob} = await import('tinyglobby')
  const matches = await glob(pattern, {cwd, onlyFiles: true, dot: false, followSymbolicLinks: false, expandDirectories: false})
  matches.sort(compare)
  if (matches.length === 0) {
    found.push({kind: 'problem', path: pattern, reason: `Glob \`${pattern}\` matched no files in \`${cwd}\`: check the pattern (quote it so the shell does not expand it) and the folder`, ruleId: 'no-match'})
    return
  }
  const absolutePattern = path.isAbsolute(pattern)
  for (const match of matches) {
    const absolute = path.resolve(cwd, match)
    found.push({kind: 'file', path: absolutePattern ? absolute : match, absolute})
  }
}

async function walk(directory: string, shown: string, seen: Set<string>, found: Entry[]): Promise<void> {
  const real = await realpath(directory).catch(() => directory)
  if (seen.has(real)) {
    found.push({kind: 'problem', path: shown, reason: `Folder \`${shown}\` links back to a folder already read (a symlink loop): skipped it; remove the link`, ruleId: 'symlink-loop'})
    return
  }
  seen.add(real)
  const entries = await readdir(directory, {withFileTypes: true}).catch((cause: NodeJS.ErrnoException) => cause)
  if (entries instanceof Error) {
    found.push({kind: 'problem', path: shown, ...describe(entries, shown)})
    seen.delete(real)
    return
  }
  entries.sort((a, b) => compare(a.name, b.name))
  // Joined by hand: the folder paths are already normal, and `path.join` per file is most of a listing.
  const base = directory.endsWith(path.sep) ? directory : directory + path.sep
  const shownBase = path.join(shown, '.').replace(/^\.$/, '')
  const shownPrefix = shownBase === '' ? '' : shownBase.endsWith(path.sep) ? shownBase : shownBase + path.sep
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue
    const absolute = base + entry.name
    const child = shownPrefix + entry.name
    let isDirectory = entry.isDirectory()
    let isFile = entry.isFile()
    if (entry.isSymbolicLink()) {
      const target = await stat(absolute).catch((cause: NodeJS.ErrnoException) => cause)
      if (target instanceof Error) {
        found.push({kind: 'problem', path: child, ...describe(target, child)})
        continue
      }
      isDirectory = target.isDirectory()
      isFile = target.isFile()
    }
    if (isDirectory) await walk(absolute, child, seen, found)
    else if (isFile) found.push({kind: 'file', path: child, absolute})
  }
  seen.delete(real)
}

function describe(cause: NodeJS.ErrnoException, given: string): {reason: string; ruleId: string} {
  if (cause.code === 'ENOENT') return {reason: `No file or folder \`${given}\`: check the path`, ruleId: 'not-found'}
  if (cause.code === 'ELOOP') return {reason: `\`${given}\` is a symlink loop: remove or fix the link`, ruleId: 'symlink-loop'}
  if (cause.code === 'EACCES' || cause.code === 'EPERM') return {reason: `Cannot read \`${given}\`: permission denied; check its permissions`, ruleId: 'unreadable'}
  return {reason: `Cannot read \`${given}\` (${cause.code ?? cause.message}): check the path`, ruleId: 'unreadable'}
}

/** Code-point order, the same on every machine (no locale). */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
