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
  for (const source of sources) {
    if (typeof source !== 'string') {
      yield {kind: 'value', path: source.path, value: source.value}
    } else if (source === '-') {
      yield {kind: 'stdin', path: '-'}
    } else {
      yield* expandPath(source, cwd)
    }
  }
}

async function* expandPath(given: string, cwd: string): AsyncGenerator<Entry> {
  const absolute = path.resolve(cwd, given)
  const stats = await stat(absolute).catch((cause: NodeJS.ErrnoException) => cause)
  if (stats instanceof Error) {
    // The glob library is loaded only when a path does not exist: most runs never need it.
    if (stats.code === 'ENOENT' && (await import('tinyglobby')).isDynamicPattern(given)) {
      yield* expandGlob(given, cwd)
      return
    }
    yield {kind: 'problem', path: given, ...describe(stats, given)}
    return
  }
  if (stats.isDirectory()) {
    let found = false
    for await (const entry of walk(absolute, given, new Set())) {
      found = true
      yield entry
    }
    if (!found) yield {kind: 'problem', path: given, reason: `Folder \`${given}\` holds no files: put articles in it or point at another folder`, ruleId: 'no-match'}
    return
  }
  yield {kind: 'file', path: given, absolute}
}

async function* expandGlob(pattern: string, cwd: string): AsyncGenerator<Entry> {
  const {glob} = await import('tinyglobby')
  const matches = await glob(pattern, {cwd, onlyFiles: true, dot: false, followSymbolicLinks: false, expandDirectories: false})
  matches.sort(compare)
  if (matches.length === 0) {
    yield {kind: 'problem', path: pattern, reason: `Glob \`${pattern}\` matched no files in \`${cwd}\`: check the pattern (quote it so the shell does not expand it) and the folder`, ruleId: 'no-match'}
    return
  }
  const absolutePattern = path.isAbsolute(pattern)
  for (const match of matches) {
    const absolute = path.resolve(cwd, match)
    yield {kind: 'file', path: absolutePattern ? absolute : match, absolute}
  }
}

async function* walk(directory: string, shown: string, seen: Set<string>): AsyncGenerator<Entry> {
  const real = await realpath(directory).catch(() => directory)
  if (seen.has(real)) {
    yield {kind: 'problem', path: shown, reason: `Folder \`${shown}\` links back to a folder already read (a symlink loop): skipped it; remove the link`, ruleId: 'symlink-loop'}
    return
  }
  seen.add(real)
  const entries = await readdir(directory, {withFileTypes: true}).catch((cause: NodeJS.ErrnoException) => cause)
  if (entries instanceof Error) {
    yield {kind: 'problem', path: shown, ...describe(entries, shown)}
    return
  }
  entries.sort((a, b) => compare(a.name, b.name))
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue
    const absolute = path.join(directory, entry.name)
    const child = path.join(shown, entry.name)
    let isDirectory = entry.isDirectory()
    let isFile = entry.isFile()
    if (entry.isSymbolicLink()) {
      const target = await stat(absolute).catch((cause: NodeJS.ErrnoException) => cause)
      if (target instanceof Error) {
        yield {kind: 'problem', path: child, ...describe(target, child)}
        continue
      }
      isDirectory = target.isDirectory()
      isFile = target.isFile()
    }
    if (isDirectory) yield* walk(absolute, child, seen)
    else if (isFile) yield {kind: 'file', path: child, absolute}
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
