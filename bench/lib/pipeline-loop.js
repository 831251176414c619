/**
 * Child script for profiling: ingest, normalize, tag and publish the first `count`
 * articles of a corpus on one thread, so `node --cpu-prof` sees the whole in-process
 * pipeline. Prints the time of each stage on stderr.
 *
 *   node --cpu-prof bench/lib/pipeline-loop.js <corpusDir> <count> [seed]
 * @module
 */
import {join} from 'node:path'
import {articleAt} from '../corpus.js'
import {loadStage} from './workspace.js'

const [corpusDir, countArg, seedArg] = process.argv.slice(2)
const count = Number(countArg ?? 500)
const seed = Number(seedArg ?? 42)
const [ingestPkg, normalizePkg, tagPkg, publishPkg] = await Promise.all(['ingest', 'normalize', 'tag', 'publish'].map(loadStage))
if (!tagPkg.module) throw new Error(tagPkg.error)
/** @type {Record<string, number>} */
const times = {}
/**
 * @template T
 * @param {string} name
 * @param {() => Promise<T> | T} fn
 * @returns {Promise<T>}
 */
async function timed(name, fn) {
  const started = performance.now()
  const value = await fn()
  times[name] = Math.round(performance.now() - started)
  return value
}

/** @type {any[]} */
let articles = []
if (ingestPkg.module && normalizePkg.module) {
  const paths = Array.from({length: count}, (_, i) => join(corpusDir, articleAt(i, {seed}).path))
  const {articles: raws} = await timed('ingest', () => ingestPkg.module.ingest(paths))
  articles = await timed('normalize', () => raws.map((/** @type {any} */ raw) => normalizePkg.module.normalize(raw).article).filter(Boolean))
} else {
  articles = Array.from({length: count}, (_, i) => {
    const {story} = articleAt(i, {seed})
    return {text: story.paragraphs.join('\n\n'), date: story.date}
  })
}
const published = await timed('tag', async () => {
  const out = []
  for (const article of articles) {
    const date = article.date ?? article.editionDate
    out.push({...article, analysis: (await tagPkg.module.tag(article.text, date ? {date} : {})).tags})
  }
  return out
})
if (publishPkg.module && ingestPkg.module && normalizePkg.module) {
  const options = {siteUrl: 'https://bench.example/', title: 'copydesk bench', maxItems: published.length}
  await timed('publish', () => {
    for (const article of published) {
      publishPkg.module.renderArticle(article, 'json', options)
      publishPkg.module.renderArticle(article, 'markdown', options)
    }
    for (const format of ['rss', 'atom', 'jsonfeed']) publishPkg.module.renderFeed(published, format, options)
  })
}
process.stderr.write(`${articles.length} articles, ms per stage: ${JSON.stringify(times)}\n`)
