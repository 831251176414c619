import {existsSync} from 'node:fs'
import {readFile, stat} from 'node:fs/promises'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {CopydeskError, validate} from '@copydesk/schema'
import {configSchema, type ValidConfig} from './config-schema.js'

/** Config file names looked for, in this order. */
export const configNames = [
  'copydesk.config.ts',
  'copydesk.config.mts',
  'copydesk.config.js',
  'copydesk.config.mjs',
  'copydesk.config.json'
] as const

/** A loaded config and where it came from. */
export interface LoadedConfig {
  config: ValidConfig
  /** Absolute path of the file, when one was found. */
  path?: string
  /** Folder relative paths in the config resolve against. */
  root: string
}

/**
 * Find the config file: the one given, or the first of `configNames` in `cwd`.
 *
 * @param cwd Working directory.
 * @param given Path from `--config`.
 * @returns Absolute path, or undefined when there is none.
 */
export function findConfig(cwd: string, given?: string): string | undefined {
  if (given) {
    const file = path.resolve(cwd, given)
    if (!existsSync(file)) {
      throw new CopydeskError('CONFIG', `Cannot find config file \`${given}\`: check the path given to \`--config\``)
    }
    return file
  }
  for (const name of configNames) {
    const file = path.join(cwd, name)
    if (existsSync(file)) return file
  }
  return undefined
}

/**
 * Load and validate the config. No file means every default.
 *
 * @param cwd Working directory.
 * @param given Path from `--config`.
 * @returns The validated config.
 */
export async function loadConfig(cwd: string, given?: string): Promise<LoadedConfig> {
  const file = findConfig(cwd, given)
  if (!file) return {config: {}, root: cwd}
  let value: unknown
  try {
    value = await readConfigFile(file)
  } catch (error) {
    throw new CopydeskError(
      'CONFIG',
      `Cannot load config file \`${file}\`: ${(error as Error).message}. Fix the file or pass another with \`--config\``,
      {cause: error}
    )
  }
  const config = validate(configSchema, value, `config file \`${file}\``)
  return {config, path: file, root: path.dirname(file)}
}

async function readConfigFile(file: string): Promise<unknown> {
  if (file.endsWith('.json')) return JSON.parse(await readFile(file, 'utf8'))
  if (file.endsWith('.ts') || file.endsWith('.mts') || file.endsWith('.cts')) {
    const {createJiti} = await import('jiti')
    const jiti = createJiti(import.meta.url, {moduleCache: false, fsCache: false})
    return jiti.import(file, {default: true})
  }
  // The modification time busts Node's module cache so `watch` sees edits.
  const {mtimeMs} = await stat(file)
  const module = (await import(`${pathToFileURL(file).href}?t=${mtimeMs}`)) as {default?: unknown}
  return module.default
}
