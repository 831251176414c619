/**
 * Child script for profiling: ingest, normalize and tag the first `count` articles of a
 * corpus on one thread, so `node --cpu-prof` sees only the in-process pipeline.
 *
 *   node --cpu-prof bench/lib/tag-loop.js <corpusDir> <count> [seed]
 * @module
 */
import {join} from 'node:path'
import {articleAt} from '../corpus.js'
import {loadStage} from './workspace.js'

const [corpusDir, countArg, seedArg] = process.argv.slice(2)
const count = Number(countArg ?? 500)
const seed = Number(seedArg ?? 42)
const [ingestPkg, normalizePkg, tagPkg] = await Promise.all(['ingest', 'normalize', 'tag'].map(loadStage))
if (!tagPkg.module) throw new Error(tagPkg.error)

/** @type {{text: string, date?: string}[]} */
let inputs
if (ingestPkg.module && normalizePkg.module) {
  const paths = Array.from({length: count}, (_, i) => join(corpusDir, articleAt(i, {seed}).path))
  const {articles: raws} = await ingestPkg.module.ingest(paths)
  inputs = raws.map((/** @type {any} */ raw) => normalizePkg.module.normalize(raw).article).filter(Boolean).map((/** @type {any} */ a) => ({text: a.text, date: a.date}))
} else {
  inputs = Array.from({length: count}, (_, i) => {
    const {story} = articleAt(i, {seed})
    return {text: story.paragraphs.join('\n\n'), date: story.date}
  })
}
const started = performance.now()
for (const input of inputs) await tagPkg.module.tag(input.text, input.date ? {date: input.date} : {})
process.stderr.write(`tagged ${inputs.length} texts in ${((performance.now() - started) / 1000).toFixed(2)} s\n`)
