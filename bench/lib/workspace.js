/**
 * Where things are in the monorepo, loading the built stage packages, and versions.
 * The bench imports each stage's built `dist` (what users run), never its TypeScript source.
 * @module
 */
import {existsSync, readFileSync} from 'node:fs'
import {arch, availableParallelism, cpus, loadavg, platform, release, totalmem} from 'node:os'
import {dirname, join, resolve} from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'

/** Repository root. */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
/** Where the built packages and the CLI are taken from (the repository, or a frozen snapshot of it). */
const paths = {build: repoRoot}

/**
 * Take the CLI and the stage packages from another checkout, e.g. a snapshot made with
 * `snapshotBuild`, so that packages rebuilt while a long run goes on do not change it.
 * @param {string} dir
 */
export function setBuildRoot(dir) {
  paths.build = resolve(dir)
}

/** @returns {string} the folder the CLI and the stages are loaded from */
export const buildRoot = () => paths.build

/** @returns {string} the CLI entry point */
export const cliBin = () => join(paths.build, 'apps/copydesk/bin/copydesk.js')

/** The stage packages, by short name. */
export const stages = /** @type {const} */ (['ingest', 'normalize', 'tag', 'publish'])

/**
 * Import a built stage package, or report why it cannot be.
 * @param {string} name short name, e.g. `tag`
 * @returns {Promise<{module?: any, error?: string}>}
 */
export async function loadStage(name) {
  const entry = join(paths.build, 'packages', name, 'dist/index.js')
  if (!existsSync(entry)) return {error: `packages/${name}/dist/index.js is missing: run \`pnpm turbo run build\``}
  try {
    return {module: await import(pathToFileURL(entry).href)}
  } catch (error) {
    return {error: `importing @copydesk/${name} failed: ${/** @type {Error} */ (error).message}`}
  }
}

/**
 * Whether the CLI is built.
 * @returns {boolean}
 */
export function cliBuilt() {
  return existsSync(join(paths.build, 'apps/copydesk/dist/cli.js'))
}

/**
 * Version of an installed package (from the root `node_modules` or a workspace folder).
 * @param {string} nameOrFolder npm name, or a workspace folder such as `packages/tag`
 * @returns {string | undefined}
 */
export function versionOf(nameOrFolder) {
  const candidates = [join(paths.build, nameOrFolder, 'package.json'), join(repoRoot, 'node_modules', nameOrFolder, 'package.json')]
  for (const file of candidates) {
    try {
      return JSON.parse(readFileSync(file, 'utf8')).version
    } catch {
      // Try the next place.
    }
  }
  return undefined
}

/**
 * The machine and the versions that a result depends on.
 * @returns {Record<string, unknown>}
 */
export function environment() {
  const cpu = cpus()[0]
  return {
    cpu: cpu ? cpu.model : 'unknown',
    cores: availableParallelism(),
    memoryGB: Math.round(totalmem() / 1e8) / 10,
    os: `${platform()} ${release()} ${arch()}`,
    node: process.version,
    buildRoot: paths.build,
    loadAverageAtStart: loadavg().map((v) => Math.round(v * 100) / 100),
    versions: {
      copydesk: versionOf('apps/copydesk'),
      '@copydesk/ingest': versionOf('packages/ingest'),
      '@copydesk/normalize': versionOf('packages/normalize'),
      '@copydesk/tag': versionOf('packages/tag'),
      '@copydesk/publish': versionOf('packages/publish'),
      feed: versionOf('feed'),
      compromise: versionOf('compromise'),
      '@11ty/eleventy': versionOf('@11ty/eleventy'),
      '@11ty/eleventy-plugin-rss': versionOf('@11ty/eleventy-plugin-rss')
    }
  }
}

/**
 * Copy the built workspace (root node_modules, packages, apps; not .git, not the corpora)
 * to `dir`, keeping pnpm's relative symlinks, and load everything from there.
 * @param {string} dir
 */
export async function snapshotBuild(dir) {
  const {cp, rm} = await import('node:fs/promises')
  await rm(dir, {recursive: true, force: true})
  for (const part of ['package.json', 'node_modules', 'packages', 'apps']) {
    await cp(join(repoRoot, part), join(dir, part), {recursive: true, verbatimSymlinks: true})
  }
  setBuildRoot(dir)
}
