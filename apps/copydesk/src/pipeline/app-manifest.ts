import {readFileSync} from 'node:fs'

/**
 * The app's `package.json`. Two folders up from this module, both as compiled
 * (`dist/pipeline/`) and as bundled (`dist/bundle/`, see `scripts/bundle.js`), so keep this
 * module in a folder of the same depth.
 */
export const appManifestUrl = new URL('../../package.json', import.meta.url)

let version: string | undefined

/**
 * The app's version, from its `package.json`.
 *
 * @returns E.g. `0.1.0`.
 */
export function appVersion(): string {
  version ??= (JSON.parse(readFileSync(appManifestUrl, 'utf8')) as {version: string}).version
  return version
}
