import {createHash} from 'node:crypto'

/**
 * SHA-256 of `bytes`, lower-case hex.
 *
 * @param bytes Source bytes.
 * @returns 64 hex digits.
 */
export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex')
}
