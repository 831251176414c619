// The CLI as compiled by the tests' global setup; the same shim as bin/copydesk.js.
import {main} from '../../.test-dist/cli.js'

process.exitCode = await main(process.argv.slice(2))
