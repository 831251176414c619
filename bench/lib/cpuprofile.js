/**
 * Summarize a V8 `.cpuprofile` (from `node --cpu-prof`): self time per function and per
 * package, and inclusive time per function, so the hot path is visible without DevTools.
 * @module
 */
import {readFile} from 'node:fs/promises'

/**
 * Which package a script URL belongs to: `compromise`, `@copydesk/tag`, `node:internal`...
 * @param {string} url
 * @returns {string}
 */
export function packageOf(url) {
  if (!url) return '(native / GC / idle)'
  if (url.startsWith('node:')) return 'node internals'
  const nm = url.lastIndexOf('node_modules/')
  if (nm !== -1) {
    const rest = url.slice(nm + 'node_modules/'.length).split('/')
    return rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0]
  }
  if (url.includes('/bench/')) return 'bench'
  const ws = /\/(packages|apps)\/([^/]+)\//.exec(url)
  if (ws) return ws[1] === 'apps' ? ws[2] : `@copydesk/${ws[2]}`
  return url.replace(/^file:\/\//, '')
}

/**
 * @typedef {object} ProfileSummary
 * @property {number} totalMs Sampled time
 * @property {{name: string, ms: number, share: number}[]} selfByFunction
 * @property {{name: string, ms: number, share: number}[]} selfByPackage
 * @property {{name: string, ms: number, share: number}[]} inclusiveByFunction
 * @property {{name: string, ms: number, share: number}[]} inclusiveOwn Inclusive time of copydesk's own functions (workspace packages and the app)
 */

/**
 * Summarize one profile file.
 * @param {string} file path of a `.cpuprofile`
 * @param {number} [top] rows per list
 * @returns {Promise<ProfileSummary>}
 */
export async function summarizeProfile(file, top = 15) {
  /** @type {{nodes: {id: number, callFrame: {functionName: string, url: string, lineNumber: number}, children?: number[]}[], samples: number[], timeDeltas: number[]}} */
  const profile = JSON.parse(await readFile(file, 'utf8'))
  /** @type {Map<number, {key: string, pkg: string, parent?: number}>} */
  const nodes = new Map()
  for (const node of profile.nodes) {
    const {functionName, url, lineNumber} = node.callFrame
    const pkg = packageOf(url)
    const short = url ? url.replace(/^.*\/(node_modules|packages|apps)\//, '') : ''
    nodes.set(node.id, {key: `${functionName || '(anonymous)'} ${short ? `${short}:${lineNumber + 1}` : ''}`.trim(), pkg})
  }
  for (const node of profile.nodes) for (const child of node.children ?? []) {
    const entry = nodes.get(child)
    if (entry) entry.parent = node.id
  }
  /** @type {Map<string, number>} */
  const self = new Map()
  /** @type {Map<string, number>} */
  const byPkg = new Map()
  /** @type {Map<string, number>} */
  const inclusive = new Map()
  /** @type {Map<string, number>} */
  const inclusiveOwn = new Map()
  let total = 0
  const add = (/** @type {Map<string, number>} */ map, /** @type {string} */ key, /** @type {number} */ ms) => map.set(key, (map.get(key) ?? 0) + ms)
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i] ?? 0) / 1000
    total += ms
    const leaf = nodes.get(id)
    if (!leaf) return
    add(self, leaf.key, ms)
    add(byPkg, leaf.pkg, ms)
    const seen = new Set()
    for (let n = /** @type {typeof leaf | undefined} */ (leaf); n; n = n.parent === undefined ? undefined : nodes.get(n.parent)) {
      if (seen.has(n.key) || n.key === '(root)') continue
      seen.add(n.key)
      add(inclusive, n.key, ms)
      if (n.pkg.startsWith('@copydesk/') || n.pkg === 'copydesk') add(inclusiveOwn, n.key, ms)
    }
  })
  const rank = (/** @type {Map<string, number>} */ map) =>
    [...map.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, ms]) => ({name, ms: Math.round(ms), share: Math.round((ms / total) * 1000) / 10}))
  return {totalMs: Math.round(total), selfByFunction: rank(self), selfByPackage: rank(byPkg), inclusiveByFunction: rank(inclusive), inclusiveOwn: rank(inclusiveOwn)}
}
