// Measures the incremental build: N articles (default 1000) made from the seed and the test
// fixtures, a cold build, a rebuild with nothing changed, a rebuild after editing one article.
// Run after `pnpm build`: node scripts/bench-incremental.js [N] [--from texts.jsonl] [--keep]
// With --from, articles are the `text` fields of a JSON Lines file (e.g. shared/eval/ner/gmb.jsonl);
// without it, variations of the seed and the fixtures (which normalize may merge as near duplicates).
import {spawnSync} from 'node:child_process'
import {mkdir, mkdtemp, readdir, readFile, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

const app = fileURLToPath(new URL('../', import.meta.url))
const count = Number(process.argv[2] ?? 1000)
const sources = [path.join(app, 'content')]
const fixtures = path.join(app, 'test', 'fixtures', 'wire')
const from = process.argv.indexOf('--from')
const texts = []
if (from !== -1) {
  const lines = (await readFile(process.argv[from + 1], 'utf8')).split('\n').filter(Boolean)
  for (const line of lines) texts.push(JSON.parse(line).text.replace(/\n/g, '\n\n'))
} else {
  for (const folder of [...sources, fixtures]) {
    for (const name of await readdir(folder)) texts.push(await readFile(path.join(folder, name), 'utf8'))
  }
}
const dir = await mkdtemp(path.join(tmpdir(), 'copydesk-bench-'))
await mkdir(path.join(dir, 'content'))
let bytes = 0
for (let index = 0; index < count; index++) {
  const base = texts[index % texts.length]
  // A distinct article each time: a numbered sentence at the end of the lede.
  const lines = base.split('\n')
  const lede = lines.findIndex((line) => line.length > 80)
  lines[lede] += ` Report number ${index} of the series was filed by desk ${index % 17}.`
  const text = lines.join('\n')
  bytes += Buffer.byteLength(text)
  await writeFile(path.join(dir, 'content', `article-${String(index).padStart(5, '0')}.txt`), text)
}

/** Run a build; print its wall time and summary counts. */
function measure(label) {
  const started = performance.now()
  const {stderr} = spawnSync(
    process.execPath,
    [path.join(app, 'bin', 'copydesk.js'), 'build', 'content', '--out', 'public', '--log-format', 'json', '--site', 'https://bench.example.com/'],
    {cwd: dir, encoding: 'utf8', maxBuffer: 1 << 28}
  )
  const seconds = (performance.now() - started) / 1000
  const summary = stderr
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line))
    .find((record) => String(record.msg).startsWith('published'))
  const {published, tagged, unchanged, errors} = summary ?? {}
  console.log(`${label.padEnd(28)} ${seconds.toFixed(2).padStart(6)} s  published ${published} tagged ${tagged} unchanged ${unchanged} errors ${errors}`)
}

console.log(`${count} articles, ${(bytes / 1e6).toFixed(2)} MB in ${dir}`)
measure('cold build')
measure('rebuild, nothing changed')
const one = path.join(dir, 'content', 'article-00042.txt')
await writeFile(one, `${await readFile(one, 'utf8')}\nA correction was appended to this report.\n`)
measure('rebuild, one article edited')
if (!process.argv.includes('--keep')) await rm(dir, {recursive: true, force: true})
