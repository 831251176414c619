import path from 'node:path'

/** Why a request path was refused. */
export type Refusal = 'bad-request' | 'forbidden'

/**
 * Map a request target to a file inside `root`, refusing anything that could leave it:
 * `..` segments (also percent-encoded, double-encoded or with backslashes), NUL bytes,
 * malformed escapes, and dot-files (such as the build manifest).
 *
 * @param root Absolute folder served.
 * @param target The request target (`/feed.xml?x=1`).
 * @returns `{file}` (absolute path inside root, may not exist) or `{refused}`.
 */
export function resolveRequestPath(root: string, target: string): {file: string} | {refused: Refusal} {
  const pathname = target.split(/[?#]/, 1)[0] ?? ''
  if (!pathname.startsWith('/')) return {refused: 'bad-request'}
  let decoded: string
  try {
    decoded = decodeURIComponent(pathname)
  } catch {
    return {refused: 'bad-request'}
  }
  if (decoded.includes('\0') || decoded.includes('\\') || /%2e|%2f|%5c/i.test(decoded)) return {refused: 'forbidden'}
  const segments = decoded.split('/')
  if (segments.some((segment) => segment === '..' || (segment.startsWith('.') && segment !== '.' && segment !== ''))) {
    return {refused: 'forbidden'}
  }
  const file = path.resolve(root, `.${path.posix.normalize(decoded)}`)
  const relative = path.relative(root, file)
  if (relative.startsWith('..') || path.isAbsolute(relative)) return {refused: 'forbidden'}
  return {file}
}
