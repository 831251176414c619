#!/usr/bin/env node
import {startSourceWorker} from '../dist/pipeline/early-worker.js'

const argv = process.argv.slice(2)
// A build's first worker thread starts loading the stages now, while the CLI loads.
startSourceWorker(argv)
const {main} = await import('../dist/cli.js')
process.exitCode = await main(argv)
