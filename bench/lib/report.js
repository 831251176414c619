/**
 * Turn results into Markdown tables and a list of targets met or missed.
 * @module
 */
import {fmt, mb} from './stats.js'

/** @param {string[]} header @param {string[][]} rows */
function table(header, rows) {
  const line = (/** @type {string[]} */ cells) => `| ${cells.join(' | ')} |`
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n')
}

/**
 * Evaluate the issue's targets.
 * @param {any} results
 * @returns {{target: string, measured: string, met: boolean | undefined}[]}
 */
export function evaluateTargets(results) {
  const bySize = (/** @type {number} */ n) => results.e2e.find((/** @type {any} */ e) => e.size === n && !e.skipped)
  const targets = []
  const e10k = bySize(10000)
  targets.push({
    target: '10,000 articles end to end, tagging included, cold < 20 s',
    measured: e10k ? `${fmt(e10k.cold.seconds.median)} s` : 'not measured (add 10000 to --sizes)',
    met: e10k ? e10k.cold.seconds.median < 20 && e10k.published > 0 : undefined
  })
  const tag = results.stages?.stages?.find((/** @type {any} */ s) => s.name === 'tag' && s.seconds)
  const comp = results.stages?.peers?.find((/** @type {any} */ s) => s.name === 'entities: compromise')
  const cpuRatio = tag && comp ? comp.seconds.cpu.median / tag.seconds.cpu.median : undefined
  const wallRatio = tag && comp ? comp.seconds.median / tag.seconds.median : undefined
  targets.push({
    target: 'tagging >= 5x faster than compromise on the same texts (judged on CPU time, one thread each)',
    measured: cpuRatio && wallRatio ? `${fmt(cpuRatio)}x on CPU time, ${fmt(wallRatio)}x on wall time (${fmt(tag.mbPerSecond)} vs ${fmt(comp.mbPerSecond)} MB/s wall)` : 'not measured',
    met: cpuRatio === undefined ? undefined : cpuRatio >= 5
  })
  const measured = results.e2e.filter((/** @type {any} */ e) => !e.skipped)
  const largest = measured.at(-1)
  const start = results.startup?.cliVersion?.median
  if (largest && start !== undefined) {
    const extra = largest.oneChanged.seconds.median - start
    targets.push({
      target: 'rebuild after one change < 1 s plus process start',
      measured: `${fmt(largest.oneChanged.seconds.median)} s at ${largest.size.toLocaleString('en-US')} articles = ${fmt(start)} s start + ${fmt(extra)} s`,
      met: extra < 1
    })
  } else targets.push({target: 'rebuild after one change < 1 s plus process start', measured: 'not measured', met: undefined})
  const e100k = bySize(100000)
  const peak = e100k ? Math.max(...[e100k.cold, e100k.warm, e100k.oneChanged, e100k.coldOneWorker].filter(Boolean).map((p) => p.peakRssMB ?? 0)) : undefined
  targets.push({
    target: '100,000 articles with peak RSS < 1 GB',
    measured: peak !== undefined ? `${fmt(peak, 0)} MB` : 'not measured (opt in: --sizes 100000)',
    met: peak !== undefined ? peak < 1000 && e100k.published > 0 : undefined
  })
  return targets
}

/**
 * The whole report as Markdown.
 * @param {any} results
 * @returns {string}
 */
export function renderMarkdown(results) {
  const out = []
  const env = results.environment
  out.push(`Machine: ${env.cpu}, ${env.cores} cores, ${env.memoryGB} GB RAM, ${env.os}; Node ${env.node}.`)
  out.push(`Versions: ${Object.entries(env.versions).map(([k, v]) => `${k} ${v ?? 'missing'}`).join(', ')}.`)
  out.push(`Runs: median of ${results.config.runs}; seed ${results.config.seed}; stage sample ${results.config.sample} articles.`)
  if (env.loadAverageAtStart) out.push(`Load average (1, 5, 15 min): ${env.loadAverageAtStart.join(', ')} at start, ${env.loadAverageAtEnd?.join(', ')} at end${env.loadAverageAtStart[0] > env.cores * 0.5 ? ' - the machine was busy: compare CPU times rather than wall times' : ''}.`)
  if (results.startup) out.push(`Process start: \`node -e ""\` ${fmt(results.startup.node.median)} s, \`copydesk --version\` ${fmt(results.startup.cliVersion.median)} s.`)

  out.push('\n### End to end (`copydesk build`, subprocess)\n')
  const cores = env.cores
  out.push(
    table(
      ['articles', 'MB', `cold, ${cores} workers (s)`, 'cold CPU (s)', 'articles/s', 'MB/s', 'peak RSS (MB)', 'warm, no change (s)', 'one changed (s)', 'one edit while watching (s)', 'cold, 1 worker (s)', '1 worker / all', 'published'],
      results.e2e.map((/** @type {any} */ e) =>
        e.skipped
          ? [e.size.toLocaleString('en-US'), fmt(mb(e.bytes ?? 0), 1), `skipped: ${e.skipped}`, '', '', '', '', '', '', '', '', '', '']
          : [
              e.size.toLocaleString('en-US'),
              fmt(mb(e.bytes), 1),
              fmt(e.cold.seconds.median),
              fmt(e.cold.cpuSeconds?.median),
              fmt(e.cold.articlesPerSecond, 0),
              fmt(e.cold.mbPerSecond),
              fmt(Math.max(e.cold.peakRssMB ?? 0, e.warm.peakRssMB ?? 0, e.oneChanged.peakRssMB ?? 0, e.coldOneWorker?.peakRssMB ?? 0), 0),
              fmt(e.warm.seconds.median),
              fmt(e.oneChanged.seconds.median),
              e.watchEdit ? `${fmt(e.watchEdit.seconds.median)} (${fmt(e.watchEdit.wall.median)} from the save)` : 'n/a',
              e.coldOneWorker ? fmt(e.coldOneWorker.seconds.median) : 'n/a',
              e.coldOneWorker ? `${fmt(e.coldOneWorker.seconds.median / e.cold.seconds.median)}x` : 'n/a',
              `${e.published}${e.failure ? ` (${e.failure})` : ''}`
            ]
      )
    )
  )

  if (results.stages) {
    out.push(`\n### Stages (in process, one thread, first ${results.config.sample} articles)\n`)
    out.push(
      table(
        ['stage', 'articles', 'MB in', 'median (s)', 'CPU (s)', 'articles/s', 'MB/s', 'note'],
        results.stages.stages.map((/** @type {any} */ s) =>
          s.error
            ? [s.name, '', '', '', '', '', '', `not measured: ${s.error}`]
            : [s.name, String(s.articles), fmt(mb(s.bytes)), fmt(s.seconds.median, 3), fmt(s.seconds.cpu.median, 3), fmt(s.articlesPerSecond, 0), fmt(s.mbPerSecond), s.note ?? '']
        )
      )
    )
  }

  out.push('\n### Peers, same work, same run\n')
  const rows = []
  const find = (/** @type {string} */ name) => results.stages?.peers?.find((/** @type {any} */ p) => p.name === name)
  const ourRss = find('rss: copydesk renderFeed')
  const feedRss = find('rss: feed')
  if (ourRss && feedRss) {
    rows.push([
      `RSS 2.0 of ${ourRss.articles} articles`,
      `renderFeed ${fmt(ourRss.seconds.median, 3)} s`,
      `feed ${fmt(feedRss.seconds.median, 3)} s`,
      fmt(ourRss.seconds.median / feedRss.seconds.median),
      fmt(ourRss.seconds.cpu.median / feedRss.seconds.cpu.median)
    ])
  }
  const tag = results.stages?.stages?.find((/** @type {any} */ s) => s.name === 'tag' && s.seconds)
  const comp = find('entities: compromise')
  if (comp && !tag) rows.push([`Entities in ${comp.articles} texts (${fmt(mb(comp.bytes))} MB), one thread`, 'tag() not measured', `compromise ${fmt(comp.seconds.median)} s`, 'n/a', 'n/a'])
  if (tag && comp) {
    rows.push([
      `Entities in ${tag.articles} texts (${fmt(mb(tag.bytes))} MB), one thread`,
      `tag() ${fmt(tag.seconds.median)} s`,
      `compromise ${fmt(comp.seconds.median)} s`,
      fmt(tag.seconds.median / comp.seconds.median),
      fmt(tag.seconds.cpu.median / comp.seconds.cpu.median)
    ])
  }
  for (const e of results.eleventy ?? []) {
    rows.push([
      `Build ${e.size.toLocaleString('en-US')} Markdown articles to pages + RSS (cold)`,
      `copydesk ${fmt(e.copydesk.seconds.median)} s, ${fmt(e.copydesk.peakRssMB, 0)} MB`,
      `Eleventy ${fmt(e.eleventy.seconds.median)} s, ${fmt(e.eleventy.peakRssMB, 0)} MB`,
      fmt(e.copydesk.seconds.median / e.eleventy.seconds.median),
      e.copydesk.cpuSeconds && e.eleventy.cpuSeconds ? fmt(e.copydesk.cpuSeconds.median / e.eleventy.cpuSeconds.median) : 'n/a'
    ])
  }
  out.push(rows.length ? table(['work', 'copydesk', 'peer', 'wall time ours/theirs', 'CPU time ours/theirs'], rows) : 'No peer measured in this run.')
  out.push('\ntag() finds entities, keyphrases, quotes with speakers, dates and numbers; compromise is asked only for people, places and organizations. A ratio below 1 means copydesk is faster. copydesk build also tags every article; Eleventy does not.')

  out.push('\n### Targets\n')
  out.push(table(['target', 'measured', 'met'], results.targets.map((/** @type {any} */ t) => [t.target, t.measured, t.met === undefined ? 'n/a' : t.met ? 'yes' : '**no**'])))
  return `${out.join('\n')}\n`
}
