import {stat} from 'node:fs/promises'
import path from 'node:path'
import {CopydeskError} from '@copydesk/schema'
import {loadConfig} from '../config/load-config.js'

/**
 * The published folder a command works on: the one positional argument, else the config's `out`
 * (default `public`), resolved and checked to be a folder.
 *
 * @param cwd Working directory.
 * @param positionals Positional arguments of the command.
 * @param configPath `--config` value, if any.
 * @param verb What the command does with it, for the message (`check`, `serve`).
 * @param fix What to tell the user when the folder is missing.
 * @returns The absolute folder and the loaded config.
 */
export async function publishedFolder(cwd: string, positionals: string[], configPath: string | undefined, verb: string, fix: string) {
  if (positionals.length > 1) throw new CopydeskError('CONFIG', `Expected one folder, got ${positionals.length}: \`${positionals.join(' ')}\``)
  const loaded = await loadConfig(cwd, configPath)
  const root = positionals[0] ? path.resolve(cwd, positionals[0]) : path.resolve(loaded.root, loaded.config.out ?? 'public')
  const info = await stat(root).catch(() => undefined)
  if (!info?.isDirectory()) throw new CopydeskError('CONFIG', `Cannot ${verb} \`${root}\`: it is not a folder. ${fix}`)
  return {root, config: loaded.config}
}
