// The CLI as compiled and bundled by the tests' global setup; the same shim as bin/copydesk.js.
import {startSourceWorker} from '../../.test-dist/bundle/early-worker.js'

const argv = process.argv.slice(2)
startSourceWorker(argv)
const {main} = await import('../../.test-dist/bundle/cli.js')
process.exitCode = await main(argv)
