#!/usr/bin/env node
/**
 * Deterministic corpora of realistic news articles for the benchmarks.
 *
 *   node bench/corpus.js --size 1000 [--seed 42] [--variant mixed|markdown] [--root bench/.corpus]
 *
 * Article `i` depends only on (seed, i): a 1,000 corpus is the first 1,000 articles of the
 * 10,000 one. Files are written streaming, 1,000 per folder, with bounded concurrency, so a
 * 100,000-article corpus (about 300 MB) never sits in memory. A `corpus.json` manifest is
 * written last (as `<folder>.json`, beside the folder); a corpus whose manifest matches the generator's fingerprint is reused.
 * @module
 */
import {createHash} from 'node:crypto'
import {mkdir, readFile, readdir, rm, writeFile} from 'node:fs/promises'
import {dirname, join, resolve} from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {parseArgs} from 'node:util'
import {mixSeed} from './lib/rng.js'
import {generateStory} from './lib/story.js'
import {extensions, mixedFormat, serialize} from './lib/formats.js'

const here = dirname(fileURLToPath(import.meta.url))
const PER_FOLDER = 1000

/** @typedef {'mixed' | 'markdown'} Variant */

/**
 * @typedef {object} CorpusInfo
 * @property {string} dir Absolute folder of the corpus
 * @property {number} size Number of articles
 * @property {number} seed
 * @property {Variant} variant
 * @property {number} bytes Total bytes of all files
 * @property {Record<string, number>} formats Count per format
 * @property {string} fingerprint Hash of the generator's source
 * @property {boolean} [reused] True when an existing corpus was kept
 */

/**
 * The article at `index`: its relative path, format and content.
 * @param {number} index
 * @param {{seed?: number, variant?: Variant}} [options]
 * @returns {{path: string, format: import('./lib/formats.js').Format, content: string, story: import('./lib/story.js').Story}}
 */
export function articleAt(index, options = {}) {
  const seed = options.seed ?? 42
  const storySeed = mixSeed(seed, index)
  const story = generateStory(storySeed)
  const format = options.variant === 'markdown' ? 'markdown' : mixedFormat(mixSeed(storySeed, 7) % 20)
  const folder = `b${String(Math.floor(index / PER_FOLDER)).padStart(3, '0')}`
  const path = `${folder}/${String(index).padStart(6, '0')}${extensions[format]}`
  return {path, format, content: serialize(story, format, index), story}
}

/**
 * Hash of the generator's own source files: a changed generator regenerates corpora.
 * @returns {Promise<string>}
 */
export async function generatorFingerprint() {
  const files = ['corpus.js', 'lib/rng.js', 'lib/story.js', 'lib/formats.js']
  const vocab = (await readdir(join(here, 'lib/vocab'))).sort().map((f) => `lib/vocab/${f}`)
  const hash = createHash('sha256')
  for (const file of [...files, ...vocab]) hash.update(await readFile(join(here, file)))
  return hash.digest('hex').slice(0, 16)
}

/**
 * Make sure a corpus exists on disk, generating it if missing or stale.
 * @param {{size: number, seed?: number, variant?: Variant, root?: string, concurrency?: number, onProgress?: (done: number, size: number) => void}} options
 * @returns {Promise<CorpusInfo>}
 */
export async function ensureCorpus(options) {
  const seed = options.seed ?? 42
  const variant = options.variant ?? 'mixed'
  const size = options.size
  const root = resolve(options.root ?? join(here, '.corpus'))
  const dir = join(root, `${variant}-n${size}-s${seed}`)
  const fingerprint = await generatorFingerprint()
  // The manifest sits beside the folder, not in it: the folder is handed whole to the CLI.
  const manifestPath = `${dir}.json`
  try {
    const manifest = JSON.parse(await readFile(manifestPath, 'utf8'))
    if (manifest.fingerprint === fingerprint && manifest.size === size) return {...manifest, dir, reused: true}
  } catch {
    // Missing or unreadable manifest: generate.
  }
  await rm(manifestPath, {force: true})
  await rm(dir, {recursive: true, force: true})
  await mkdir(dir, {recursive: true})
  /** @type {Record<string, number>} */
  const formats = {}
  let bytes = 0
  let next = 0
  let done = 0
  /** @type {Map<string, Promise<unknown>>} */
  const made = new Map()
  const worker = async () => {
    while (next < size) {
      const index = next++
      const {path, format, content} = articleAt(index, {seed, variant})
      const file = join(dir, path)
      const folder = dirname(file)
      if (!made.has(folder)) made.set(folder, mkdir(folder, {recursive: true}))
      await made.get(folder)
      await writeFile(file, content)
      bytes += Buffer.byteLength(content)
      formats[format] = (formats[format] ?? 0) + 1
      done++
      if (options.onProgress && done % 10000 === 0) options.onProgress(done, size)
    }
  }
  await Promise.all(Array.from({length: options.concurrency ?? 32}, worker))
  const info = {size, seed, variant, bytes, formats, fingerprint}
  await writeFile(manifestPath, `${JSON.stringify(info, null, 2)}\n`)
  return {...info, dir, reused: false}
}

async function main() {
  const {values} = parseArgs({
    options: {
      size: {type: 'string', default: '1000'},
      seed: {type: 'string', default: '42'},
      variant: {type: 'string', default: 'mixed'},
      root: {type: 'string'},
      show: {type: 'string'}
    }
  })
  if (values.show !== undefined) {
    process.stdout.write(articleAt(Number(values.show), {seed: Number(values.seed), variant: /** @type {Variant} */ (values.variant)}).content)
    return
  }
  const started = performance.now()
  const info = await ensureCorpus({
    size: Number(values.size),
    seed: Number(values.seed),
    variant: /** @type {Variant} */ (values.variant),
    root: values.root,
    onProgress: (done, size) => process.stderr.write(`  ${done}/${size}\n`)
  })
  const seconds = (performance.now() - started) / 1000
  console.log(`${info.reused ? 'reused' : 'wrote'} ${info.size} articles, ${(info.bytes / 1e6).toFixed(1)} MB in ${info.dir} (${seconds.toFixed(1)} s) formats ${JSON.stringify(info.formats)}`)
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((error) => {
    console.error(error)
    process.exit(1)
  })
}
