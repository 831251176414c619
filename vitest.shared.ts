import {defineConfig} from 'vitest/config'

/** Shared test settings: resolve workspace packages to their TypeScript source. */
export const shared = defineConfig({
  resolve: {conditions: ['source', 'module', 'node', 'import', 'default']},
  ssr: {resolve: {conditions: ['source', 'module', 'node', 'import', 'default']}},
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000
  }
})
