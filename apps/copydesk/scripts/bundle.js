#!/usr/bin/env node
/**
 * Bundle the compiled CLI into a few files: `node scripts/bundle.js [dist]` reads `<dist>/`
 * (tsc's output) and writes `<dist>/bundle/`, whose `cli.js`, `early-worker.js`,
 * `source-worker.js` and `tag-worker.js` are what `bin/copydesk.js` and the worker threads
 * load. Loading the stages as some 1,000 separate ES modules took about 0.8 s per thread on a
 * 2-core machine, most of a one-article rebuild; loading the bundle takes under 0.2 s.
 *
 * The bundle sits two folders below the app, like `dist/pipeline/`, so the app's own
 * `new URL(..., import.meta.url)` (the worker entries, `package.json`) resolve the same in
 * both. Code of the `@copydesk/*` stages that finds its own files (the tagger's model, the
 * part-of-speech lexicon) gets `import.meta.url` as its original module's URL, found through
 * the package's exported `package.json`, so the bundle works wherever the packages are
 * installed. Any other bundled package that uses `import.meta.url` for more than
 * `createRequire(import.meta.url)` stops the bundle.
 * @module
 */
import {existsSync, readFileSync, rmSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {rolldown} from 'rolldown'

const app = fileURLToPath(new URL('../', import.meta.url))
const dist = path.resolve(app, process.argv[2] ?? 'dist')
const out = path.join(dist, 'bundle')

/** Entry name -> compiled module. */
const entries = {
  cli: path.join(dist, 'cli.js'),
  'early-worker': path.join(dist, 'pipeline/early-worker.js'),
  'source-worker': path.join(dist, 'pipeline/source-worker.js'),
  'tag-worker': path.join(dist, 'pipeline/tag-worker.js')
}

/** Loaded from node_modules as they are: jiti (TypeScript configs) finds its own files at run time. */
const external = /^jiti(\/|$)/

/** @type {Map<string, {root: string, name: string} | undefined>} */
const packages = new Map()

/**
 * The package a file belongs to: the nearest folder with a named package.json.
 * @param {string} file
 * @returns {{root: string, name: string} | undefined}
 */
function packageOf(file) {
  const folder = path.dirname(file)
  if (packages.has(folder)) return packages.get(folder)
  const manifest = path.join(folder, 'package.json')
  let found
  if (existsSync(manifest)) {
    const {name} = JSON.parse(readFileSync(manifest, 'utf8'))
    if (typeof name === 'string') found = {root: folder, name}
  }
  if (!found && path.dirname(folder) !== folder) found = packageOf(folder)
  packages.set(folder, found)
  return found
}

/** @type {import('rolldown').Plugin} */
const originalModuleUrl = {
  name: 'copydesk-original-module-url',
  transform: {
    filter: {code: 'import.meta.url'},
    handler(code, id) {
      const file = id.split('?')[0]
      const owner = packageOf(file)
      if (!owner || file.startsWith(dist + path.sep)) return null
      if (!owner.name.startsWith('@copydesk/')) {
        // A require made where the bundle is finds what the app can find: fine for Node's own
        // modules and optional peers (fdir probes for picomatch that way).
        if (!code.replaceAll('createRequire(import.meta.url)', '').includes('import.meta.url')) return null
        this.error(`${file} (${owner.name}) uses import.meta.url, which would point into the bundle: add it to \`external\` in scripts/bundle.js`)
      }
      const subpath = path.relative(owner.root, file).split(path.sep).join('/')
      const original = `new URL(${JSON.stringify(subpath)}, import.meta.resolve(${JSON.stringify(`${owner.name}/package.json`)})).href`
      return {code: code.replaceAll('import.meta.url', original), map: null}
    }
  }
}

for (const file of Object.values(entries)) if (!existsSync(file)) throw new Error(`${file} is missing: compile the app first (tsc -p tsconfig.build.json)`)
rmSync(out, {recursive: true, force: true})
const bundle = await rolldown({
  input: entries,
  platform: 'node',
  external: (id) => external.test(id),
  plugins: [originalModuleUrl],
  logLevel: 'warn'
})
await bundle.write({dir: out, format: 'esm', entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js', sourcemap: true})
await bundle.close()
