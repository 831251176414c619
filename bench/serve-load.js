#!/usr/bin/env node
/**
 * Load test of `copydesk serve` on loopback: `pnpm bench:serve` (or `node bench/serve-load.js`).
 *
 *   --articles 200      articles in the published folder served (a bench corpus, built once)
 *   --connections 100   concurrent connections
 *   --duration 10       seconds per run
 *   --runs 3            runs; the median run is reported
 *   --out bench/.out    where the site is built and serve-load.json written
 *
 * Builds a site with the built CLI, starts `copydesk serve` in its own process, and drives it
 * with autocannon: a mix of feeds, article JSON and Markdown, with and without gzip/brotli,
 * and conditional requests (304). Prints requests/s, latency and the server's CPU time, and
 * exits 1 if any request failed (connection error, timeout or a status other than 200/304).
 * @module
 */
import {spawn} from 'node:child_process'
import {mkdir, readdir, readFile, writeFile} from 'node:fs/promises'
import {join, resolve} from 'node:path'
import {parseArgs} from 'node:util'
import autocannon from 'autocannon'
import {ensureCorpus} from './corpus.js'
import {runMeasured} from './lib/proc.js'
import {cliBin, cliBuilt, environment, repoRoot} from './lib/workspace.js'

const {values} = parseArgs({
  options: {
    articles: {type: 'string', default: '200'},
    connections: {type: 'string', default: '100'},
    duration: {type: 'string', default: '10'},
    runs: {type: 'string', default: '3'},
    out: {type: 'string', default: join(repoRoot, 'bench/.out')}
  }
})
const log = (/** @type {string} */ line) => process.stderr.write(`${line}\n`)
const articles = Number(values.articles)
const connections = Number(values.connections)
const duration = Number(values.duration)
const runs = Math.max(1, Number(values.runs))
const outDir = resolve(values.out)

if (!cliBuilt()) {
  log('The CLI is not built: run `pnpm turbo run build --filter copydesk...` first')
  process.exit(2)
}

const corpus = await ensureCorpus({size: articles})
const site = join(outDir, `serve-site-n${articles}`)
await mkdir(outDir, {recursive: true})
log(`building ${articles} articles into ${site}`)
const built = await runMeasured(process.execPath, [cliBin(), 'build', corpus.dir, '--out', site, '--site', 'https://news.example.com/', '--quiet', '--cache-dir', join(outDir, 'serve-cache')])
if (built.code !== 0 && built.code !== 1) {
  log(`build failed (${built.code}): ${built.stderr}`)
  process.exit(1)
}

const files = (await readdir(join(site, 'articles'))).sort()
const server = spawn(process.execPath, [cliBin(), 'serve', site, '--port', '0', '--quiet'], {stdio: ['ignore', 'pipe', 'inherit']})
const url = await new Promise((resolve_, reject) => {
  let text = ''
  server.stdout.setEncoding('utf8').on('data', (chunk) => {
    text += chunk
    if (text.includes('\n')) resolve_(text.trim())
  })
  server.on('exit', (code) => reject(new Error(`serve exited with ${code}`)))
})
log(`serving at ${url}`)

// First, the ETag of each feed, for conditional requests.
const etag = await fetch(new URL('feed.xml', url)).then((response) => response.headers.get('etag') ?? '')
const pick = (/** @type {number} */ index) => `/articles/${files[index % files.length]}`
/** @type {import('autocannon').Request[]} */
const requests = [
  {path: '/feed.xml'},
  {path: '/atom.xml', headers: {'accept-encoding': 'gzip'}},
  {path: '/feed.json', headers: {'accept-encoding': 'br'}},
  {path: '/feed.xml', headers: {'if-none-match': etag}},
  ...Array.from({length: 16}, (_, index) => ({path: pick(index * 7), headers: index % 2 ? {'accept-encoding': 'gzip, br'} : {}}))
]
// No HEAD requests: autocannon waits for a body after a HEAD response (until the server's keep-alive timeout), which measures the client.

/** CPU seconds (user + sys) of a process so far, from /proc (Linux). */
async function cpuSeconds(/** @type {number | undefined} */ pid) {
  try {
    const fields = (await readFile(`/proc/${pid}/stat`, 'utf8')).split(') ')[1]?.split(' ') ?? []
    return (Number(fields[11]) + Number(fields[12])) / 100
  } catch {
    return Number.NaN
  }
}

const results = []
for (let index = 0; index < runs; index++) {
  const before = await cpuSeconds(server.pid)
  const result = await autocannon({url, connections, duration, requests, timeout: 10})
  const cpu = (await cpuSeconds(server.pid)) - before
  const summary = {
    requestsPerSecond: result.requests.average,
    requests: result.requests.total,
    latencyP50: result.latency.p50,
    latencyP99: result.latency.p99,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    statusCodes: result.statusCodeStats,
    serverCpuSeconds: Math.round(cpu * 100) / 100,
    throughputMBps: Math.round((result.throughput.average / 1e6) * 100) / 100
  }
  results.push(summary)
  log(`run ${index + 1}: ${summary.requestsPerSecond.toFixed(0)} req/s, p50 ${summary.latencyP50} ms, p99 ${summary.latencyP99} ms, errors ${summary.errors}, timeouts ${summary.timeouts}, non-2xx ${summary.non2xx}, server CPU ${summary.serverCpuSeconds} s`)
}
server.kill('SIGTERM')

const sorted = [...results].sort((a, b) => a.requestsPerSecond - b.requestsPerSecond)
const median = sorted[Math.floor(sorted.length / 2)]
// 304s are non-2xx for autocannon: count as failures only statuses other than 200 and 304.
const failed = results.reduce((sum, r) => sum + r.errors + r.timeouts + Object.entries(r.statusCodes ?? {}).filter(([code]) => code !== '200' && code !== '304').reduce((n, [, stat]) => n + stat.count, 0), 0)
const report = {startedAt: new Date().toISOString(), environment: environment(), config: {articles, connections, duration, runs}, median, runs: results, failed}
await writeFile(join(outDir, 'serve-load.json'), `${JSON.stringify(report, null, 2)}\n`)
console.log(
  [
    `| connections | duration | runs | requests/s (median run) | latency p50 / p99 | requests | failed | server CPU per run |`,
    `| --- | --- | --- | --- | --- | --- | --- | --- |`,
    `| ${connections} | ${duration} s | ${runs} | ${median.requestsPerSecond.toFixed(0)} | ${median.latencyP50} / ${median.latencyP99} ms | ${results.reduce((n, r) => n + r.requests, 0)} | ${failed} | ${median.serverCpuSeconds} s |`
  ].join('\n')
)
process.exit(failed === 0 ? 0 : 1)
