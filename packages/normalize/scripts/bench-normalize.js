#!/usr/bin/env node
/**
 * CPU time of `normalize` per article, `fingerprint` per article, `findDuplicates` (from texts
 * and from fingerprints) and `normalizeAll` on the bench corpus, median of several runs.
 * Uses the built dist of this package and of `@copydesk/ingest` (build both first).
 *
 *   node bench/corpus.js --size 10000
 *   pnpm turbo run build --filter @copydesk/normalize --filter @copydesk/ingest
 *   node packages/normalize/scripts/bench-normalize.js --size 1000 --runs 3
 *
 * @module
 */
import {readdir} from 'node:fs/promises'
import {join, resolve} from 'node:path'
import {fileURLToPath} from 'node:url'
import {parseArgs} from 'node:util'

const here = fileURLToPath(new URL('.', import.meta.url))
const {values} = parseArgs({
  options: {
    size: {type: 'string', default: '1000'},
    runs: {type: 'string', default: '3'},
    corpus: {type: 'string', default: resolve(here, '../../../bench/.corpus/mixed-n10000-s42')},
    skip: {type: 'string', default: ''}
  }
})
const size = Number(values.size)
const runs = Number(values.runs)
const skip = new Set(values.skip.split(',').filter(Boolean))

// The ingest stage is not a dependency of normalize (stages depend only on schema): load its built dist by path.
const {ingest} = await import(new URL('../../ingest/dist/index.js', import.meta.url).href)
const normalizePkg = await import(new URL('../dist/index.js', import.meta.url).href)
const {normalize, normalizeAll, findDuplicates} = normalizePkg

const folders = (await readdir(values.corpus)).filter((name) => /^b\d+$/.test(name)).sort()
const paths = []
for (const folder of folders) {
  if (paths.length >= size) break
  for (const name of (await readdir(join(values.corpus, folder))).sort()) if (paths.length < size) paths.push(join(values.corpus, folder, name))
}
const {articles: raws} = await ingest(paths)

/** CPU milliseconds (user + system) of `run`. */
function cpu(run) {
  const before = process.cpuUsage()
  const result = run()
  const used = process.cpuUsage(before)
  return {ms: (used.user + used.system) / 1000, result}
}

const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)]
const figures = {}
const record = (name, ms) => {
  figures[name] ??= []
  figures[name].push(ms)
}

let duplicates = 0
for (let run = 0; run < runs; run++) {
  const normalized = cpu(() => raws.map((raw) => normalize(raw).article).filter(Boolean))
  record('normalize per article (ms)', normalized.ms / raws.length)
  const articles = normalized.result
  if (!skip.has('dedupe')) {
    const fromTexts = cpu(() => findDuplicates(articles))
    record('findDuplicates from texts (ms)', fromTexts.ms)
    duplicates = fromTexts.result.length
    if (normalizePkg.fingerprint) {
      const prints = cpu(() => articles.map((article) => ({id: article.id, fingerprint: normalizePkg.fingerprint(article.text)})))
      record('fingerprint per article (ms)', prints.ms / articles.length)
      const fromPrints = cpu(() => findDuplicates(prints.result))
      record('findDuplicates from fingerprints (ms)', fromPrints.ms)
    }
  }
  if (!skip.has('all')) record('normalizeAll (ms)', cpu(() => normalizeAll(raws)).ms)
}

console.log(`${raws.length} raw articles from ${paths.length} files, ${runs} runs, ${duplicates} duplicates; CPU time (user+sys), median:`)
for (const [name, list] of Object.entries(figures)) console.log(`  ${name}: ${median(list).toFixed(name.includes('per article') ? 3 : 0)}  [${list.map((ms) => ms.toFixed(name.includes('per article') ? 3 : 0)).join(', ')}]`)
