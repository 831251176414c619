import {describe, expect, it} from 'vitest'
import * as api from '../src/index.js'

describe('copydesk (the package)', () => {
  it('exports the config helpers and main', () => {
    expect(Object.keys(api).sort()).toEqual(['configSchema', 'defineConfig', 'main'])
  })

  it('defineConfig returns its argument, typed', () => {
    const config = api.defineConfig({site: {url: 'https://news.example.com/', title: 'Example News'}, feed: {maxItems: 20}})
    expect(config).toEqual({site: {url: 'https://news.example.com/', title: 'Example News'}, feed: {maxItems: 20}})
  })
})
