import type {CopydeskConfig} from './config-schema.js'

/**
 * Type a config file. Use it as the default export of `copydesk.config.ts` (or `.js`):
 *
 * ```ts
 * import {defineConfig} from 'copydesk'
 * export default defineConfig({site: {url: 'https://news.example.com/', title: 'Example News'}})
 * ```
 *
 * @param config The settings.
 * @returns The same settings; validation happens when copydesk loads the file.
 */
export function defineConfig(config: CopydeskConfig): CopydeskConfig {
  return config
}
