import {existsSync} from 'node:fs'
import path from 'node:path'

/**
 * The folders or files to watch for a list of inputs: a glob is watched from its static
 * prefix, a path that does not exist yet from its nearest existing parent, stdin not at all.
 *
 * @param inputs Inputs as given.
 * @param base Folder they are relative to.
 * @returns Absolute, de-duplicated paths.
 */
export function watchRoots(inputs: readonly string[], base: string): string[] {
  const roots = new Set<string>()
  for (const input of inputs) {
    if (input === '-') continue
    const wildcard = input.search(/[*?[{]/)
    let target = path.resolve(base, wildcard === -1 ? input : input.slice(0, wildcard))
    if (wildcard !== -1 && !input.slice(0, wildcard).endsWith('/')) target = path.dirname(target)
    while (!existsSync(target) && path.dirname(target) !== target) target = path.dirname(target)
    roots.add(target)
  }
  return [...roots].sort()
}
