#!/usr/bin/env node
/**
 * Merge the results.json of several bench runs (e.g. a 1,000-article run with peers and a
 * separate 10,000-article run) into one report: stages and startup from the first file
 * that has them, end-to-end and Eleventy rows from all, targets evaluated again.
 *
 *   node bench/merge.js bench/.out/a/results.json bench/.out/b/results.json > merged.md
 * @module
 */
import {readFile, writeFile} from 'node:fs/promises'
import {dirname, join} from 'node:path'
import {evaluateTargets, renderMarkdown} from './lib/report.js'

const files = process.argv.slice(2)
if (files.length === 0) {
  console.error('Expected results.json files to merge, e.g. `node bench/merge.js bench/.out/a/results.json bench/.out/b/results.json`')
  process.exit(2)
}
const all = await Promise.all(files.map(async (file) => JSON.parse(await readFile(file, 'utf8'))))
const [first] = all
const merged = {
  ...first,
  merged: files,
  stages: all.find((r) => r.stages)?.stages,
  startup: all.find((r) => r.startup)?.startup,
  e2e: all.flatMap((r) => r.e2e).sort((a, b) => a.size - b.size),
  eleventy: all.flatMap((r) => r.eleventy ?? []).sort((a, b) => a.size - b.size)
}
merged.environment = {...first.environment, loadAverageAtEnd: all.at(-1).environment.loadAverageAtEnd}
merged.targets = evaluateTargets(merged)
const markdown = renderMarkdown(merged)
await writeFile(join(dirname(files[0]), 'merged.json'), `${JSON.stringify(merged, null, 2)}\n`)
process.stdout.write(markdown)
