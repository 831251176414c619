/**
 * Per-stage throughput on one thread: ingest, normalize, tag, publish, and the peers doing
 * the same work on the same articles (feed for RSS, compromise for entities). Ingest,
 * normalize and publish run in this process `runs` times; tag and compromise each run in
 * fresh processes, alternating, at least three rounds (see tag-child.js). Medians are reported.
 * @module
 */
import {mkdtemp, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {articleAt} from '../corpus.js'
import {feedRss} from './peers/feed.js'
import {mb, summarize} from './stats.js'
import {runMeasured} from './proc.js'
import {buildRoot, loadStage} from './workspace.js'

const tagChild = join(dirname(fileURLToPath(import.meta.url)), 'tag-child.js')

/**
 * @typedef {object} StageResult
 * @property {string} name
 * @property {number} articles
 * @property {number} bytes Input bytes the stage read (source bytes for ingest, article text otherwise)
 * @property {ReturnType<typeof summarize> & {cpu: ReturnType<typeof summarize>}} [seconds] Wall time; `cpu` is process CPU time
 * @property {number} [articlesPerSecond]
 * @property {number} [mbPerSecond]
 * @property {string} [error]
 * @property {string} [note]
 */

/**
 * Time `fn` `runs` times.
 * @param {number} runs
 * @param {() => Promise<unknown> | unknown} fn
 */
async function timeRuns(runs, fn) {
  const times = []
  const cpu = []
  for (let i = 0; i < runs; i++) {
    const started = performance.now()
    const cpuStarted = process.cpuUsage()
    await fn()
    const used = process.cpuUsage(cpuStarted)
    times.push((performance.now() - started) / 1000)
    cpu.push((used.user + used.system) / 1e6)
  }
  return {...summarize(times), cpu: summarize(cpu)}
}

/**
 * @param {string} name
 * @param {number} articles
 * @param {number} bytes
 * @param {ReturnType<typeof summarize> & {cpu: ReturnType<typeof summarize>}} seconds
 * @param {string} [note]
 * @returns {StageResult}
 */
function result(name, articles, bytes, seconds, note) {
  return {name, articles, bytes, seconds, articlesPerSecond: articles / seconds.median, mbPerSecond: mb(bytes) / seconds.median, ...(note ? {note} : {})}
}

const FEED = {siteUrl: 'https://bench.example/', title: 'copydesk bench', description: 'Articles published with copydesk'}

/**
 * Measure every stage on the first `sample` articles of a corpus.
 * @param {{corpusDir: string, seed: number, sample: number, runs: number, peers: boolean, log: (line: string) => void}} options
 * @returns {Promise<{stages: StageResult[], peers: StageResult[], maxRssMB: number}>}
 */
export async function measureStages(options) {
  const {corpusDir, seed, sample, runs, log} = options
  const paths = Array.from({length: sample}, (_, i) => join(corpusDir, articleAt(i, {seed}).path))
  /** @type {StageResult[]} */
  const stages = []
  /** @type {StageResult[]} */
  const peers = []
  const [ingestPkg, normalizePkg, tagPkg, publishPkg] = await Promise.all(['ingest', 'normalize', 'tag', 'publish'].map(loadStage))

  // ingest
  /** @type {any[] | undefined} */
  let raws
  if (ingestPkg.module) {
    let sourceBytes = 0
    const seconds = await timeRuns(runs, async () => {
      const out = await ingestPkg.module.ingest(paths)
      raws = out.articles
    })
    for (const raw of raws ?? []) sourceBytes += raw.source.byteLength
    stages.push(result('ingest', raws?.length ?? 0, sourceBytes, seconds))
    log(`  ingest     ${raws?.length} articles`)
  } else stages.push({name: 'ingest', articles: 0, bytes: 0, error: ingestPkg.error})

  // normalize
  /** @type {any[]} */
  let articles = []
  if (normalizePkg.module && raws) {
    const textBytes = raws.reduce((sum, raw) => sum + Buffer.byteLength(raw.text), 0)
    const seconds = await timeRuns(runs, () => {
      articles = []
      for (const raw of raws ?? []) {
        const {article} = normalizePkg.module.normalize(raw)
        if (article) articles.push(article)
      }
    })
    stages.push(result('normalize', articles.length, textBytes, seconds, `${raws.length - articles.length} failed`))
    log(`  normalize  ${articles.length} articles`)
  } else stages.push({name: 'normalize', articles: 0, bytes: 0, error: normalizePkg.error ?? 'no ingested articles'})

  // Texts to tag: the normalized bodies; the generator's own bodies while normalize is missing.
  const fallback = articles.length === 0
  const inputs = fallback
    ? paths.map((_, i) => {
        const {story} = articleAt(i, {seed})
        return {text: story.paragraphs.join('\n\n'), date: story.date}
      })
    : articles.map((a) => ({text: a.text, date: a.date ?? a.editionDate}))
  const texts = inputs.map((input) => input.text)
  const textBytes = texts.reduce((sum, t) => sum + Buffer.byteLength(t), 0)
  const textNote = fallback ? 'generator bodies (normalize unavailable)' : undefined

  // tag: timed in fresh processes (see tag-child.js), alternating with compromise, so
  // neither pays for the other's garbage or for the stages imported here; the in-process
  // pass below only makes the published articles for the publish stage.
  /** @type {any[]} */
  let published = []
  /** @type {{tag: {wall: number[], cpu: number[]}, compromise: {wall: number[], cpu: number[]}}} */
  const timed = {tag: {wall: [], cpu: []}, compromise: {wall: [], cpu: []}}
  const rounds = Math.max(3, runs)
  const which = /** @type {const} */ (options.peers ? ['tag', 'compromise'] : ['tag'])
  /** @type {Record<string, string>} */
  const childErrors = {}
  if (tagPkg.module && inputs.length > 0) {
    const temp = await mkdtemp(join(tmpdir(), 'copydesk-bench-tag-'))
    const file = join(temp, 'inputs.json')
    await writeFile(file, JSON.stringify(inputs))
    try {
      for (let round = 0; round < rounds; round++) {
        for (const name of round % 2 === 0 ? which : [...which].reverse()) {
          const child = await runMeasured(process.execPath, [tagChild, '--which', name, '--inputs', file, '--runs', '2', '--build-root', buildRoot()])
          if (child.code !== 0) {
            childErrors[name] = child.stderr.trim().split('\n').at(-1) ?? `exit ${child.code}`
            continue
          }
          const out = JSON.parse(child.stdout)
          timed[name].wall.push(...out.wall)
          timed[name].cpu.push(...out.cpu)
        }
        log(`  tag vs compromise, round ${round + 1}/${rounds}`)
      }
    } finally {
      await rm(temp, {recursive: true, force: true})
    }
    const tagged = []
    for (const input of inputs) tagged.push((await tagPkg.module.tag(input.text, input.date ? {date: input.date} : {})).tags)
    if (!fallback) published = articles.map((article, i) => ({...article, analysis: tagged[i]}))
    if (timed.tag.cpu.length > 0) {
      stages.push(result('tag', inputs.length, textBytes, {...summarize(timed.tag.wall), cpu: summarize(timed.tag.cpu)}, [`${rounds} fresh processes x 2 timed passes after a warm-up pass`, textNote].filter(Boolean).join('; ')))
    } else stages.push({name: 'tag', articles: 0, bytes: 0, error: childErrors.tag ?? 'no timing'})
    log(`  tag        ${inputs.length} texts`)
  } else stages.push({name: 'tag', articles: 0, bytes: 0, error: tagPkg.error})

  // publish
  if (publishPkg.module && published.length > 0) {
    const {renderArticle, renderFeed} = publishPkg.module
    const feedOptions = {...FEED, maxItems: published.length}
    let outBytes = 0
    const seconds = await timeRuns(runs, () => {
      outBytes = 0
      for (const article of published) {
        outBytes += renderArticle(article, 'json', feedOptions).length + renderArticle(article, 'markdown', feedOptions).length
      }
      for (const format of ['rss', 'atom', 'jsonfeed']) outBytes += renderFeed(published, format, feedOptions).length
    })
    stages.push(result('publish', published.length, textBytes, seconds, `JSON + Markdown per article, RSS + Atom + JSON Feed of all; ${(mb(outBytes)).toFixed(1)} MB out`))
    log('  publish    done')
    if (options.peers) {
      const ours = await timeRuns(runs, () => renderFeed(published, 'rss', feedOptions))
      const theirs = await timeRuns(runs, () => feedRss(published, feedOptions))
      peers.push({...result('rss: copydesk renderFeed', published.length, textBytes, ours)}, {...result('rss: feed', published.length, textBytes, theirs)})
    }
  } else stages.push({name: 'publish', articles: 0, bytes: 0, error: publishPkg.error ?? 'no tagged articles'})

  // compromise on the same texts, timed in the same rounds as tag above
  if (options.peers && texts.length > 0) {
    if (timed.compromise.cpu.length > 0) {
      const seconds = {...summarize(timed.compromise.wall), cpu: summarize(timed.compromise.cpu)}
      peers.push(result('entities: compromise', texts.length, textBytes, seconds, ['people + places + organizations', `${rounds} fresh processes x 2 timed passes after a warm-up pass`, textNote].filter(Boolean).join('; ')))
    } else peers.push({name: 'entities: compromise', articles: 0, bytes: 0, error: childErrors.compromise ?? 'no timing'})
    log('  compromise done')
  }
  return {stages, peers, maxRssMB: (process.resourceUsage().maxRSS * 1024) / 1e6}
}
