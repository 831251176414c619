import {fileURLToPath} from 'node:url'
import {defineConfig} from 'vitest/config'

/** Shared test settings: resolve workspace packages to their TypeScript source. */
export const shared = defineConfig({
  resolve: {conditions: ['source', 'module', 'node', 'import', 'default']},
  ssr: {resolve: {conditions: ['source', 'module', 'node', 'import', 'default']}},
  test: {
    include: ['test/**/*.test.ts'],
    setupFiles: [fileURLToPath(new URL('vitest.setup.ts', import.meta.url))],
    testTimeout: 60_000
  }
})
