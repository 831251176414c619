#!/usr/bin/env node
import {existsSync} from 'node:fs'

// The bundle (scripts/bundle.js) loads in a fraction of the time of the ~1,000 modules it holds;
// a checkout compiled without it (tsc alone), or COPYDESK_UNBUNDLED=1 (profiles and stack
// traces that name each package's own files), runs the compiled modules.
const bundled = process.env.COPYDESK_UNBUNDLED !== '1' && existsSync(new URL('../dist/bundle/cli.js', import.meta.url))
const {startSourceWorker} = await import(bundled ? '../dist/bundle/early-worker.js' : '../dist/pipeline/early-worker.js')

const argv = process.argv.slice(2)
// A build's first worker thread starts loading the stages now, while the CLI loads.
startSourceWorker(argv)
const {main} = await import(bundled ? '../dist/bundle/cli.js' : '../dist/cli.js')
process.exitCode = await main(argv)
