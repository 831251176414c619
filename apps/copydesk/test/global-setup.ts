// Compile the app once (emit only: `pnpm typecheck` checks types) into .test-dist/ (not dist/, which turbo's build task may be writing at
// the same time) and bundle it as `pnpm build` does (.test-dist/bundle/), so tests run the real CLI as a subprocess, worker threads included.
import {execFile} from 'node:child_process'
import {rm} from 'node:fs/promises'
import {createRequire} from 'node:module'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {promisify} from 'node:util'

const app = fileURLToPath(new URL('../', import.meta.url))

export default async function setup(): Promise<void> {
  await rm(new URL('../.test-dist/', import.meta.url), {recursive: true, force: true})
  const tsc = path.join(path.dirname(createRequire(import.meta.url).resolve('typescript/package.json')), 'bin', 'tsc')
  await promisify(execFile)(process.execPath, [tsc, '-p', 'tsconfig.build.json', '--outDir', '.test-dist', '--declaration', 'false', '--noCheck'], {cwd: app})
  await promisify(execFile)(process.execPath, ['scripts/bundle.js', '.test-dist'], {cwd: app})
}
