import {defineProject, mergeConfig} from 'vitest/config'
import {shared} from '../../vitest.shared.js'

// The end-to-end tests build sites in `beforeAll` with the real CLI: give hooks as long as tests.
export default mergeConfig(
  shared,
  defineProject({test: {name: 'copydesk', globalSetup: ['test/global-setup.ts'], hookTimeout: 120_000, testTimeout: 120_000}})
)
