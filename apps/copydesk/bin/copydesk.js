#!/usr/bin/env node
// The bundle (scripts/bundle.js) loads in a fraction of the time of the ~1,000 modules it holds.
import {startSourceWorker} from '../dist/bundle/early-worker.js'

const argv = process.argv.slice(2)
// A build's first worker thread starts loading the stages now, while the CLI loads.
startSourceWorker(argv)
const {main} = await import('../dist/bundle/cli.js')
process.exitCode = await main(argv)
