import {closeSync, fstatSync, openSync, readSync} from 'node:fs'

/** Outcome of reading with a size limit. */
export type Limited = {ok: true; bytes: Uint8Array} | {ok: false; size: number; code?: string}

/**
 * Read a file, refusing it when it is larger than `maxBytes` (checked on the open handle,
 * so a file that grows meanwhile is still bounded). The calls are synchronous: sources are
 * local files of at most `maxBytes`, and each promise-based call costs a thread-pool round
 * trip, which made reading a small article cost about as much CPU as parsing it.
 *
 * @param file Absolute path.
 * @param maxBytes Largest accepted size.
 * @returns The bytes, or the size that was too large (or the error code).
 */
export async function readFileLimited(file: string, maxBytes: number): Promise<Limited> {
  let descriptor: number | undefined
  try {
    descriptor = openSync(file, 'r')
    const {size} = fstatSync(descriptor)
    if (size > maxBytes) return {ok: false, size}
    const buffer = new Uint8Array(Math.min(size, maxBytes) + 1)
    let length = 0
    while (length < buffer.length) {
      const bytesRead = readSync(descriptor, buffer, length, buffer.length - length, null)
      if (bytesRead === 0) break
      length += bytesRead
    }
    if (length > maxBytes) return {ok: false, size: length}
    return {ok: true, bytes: buffer.subarray(0, length)}
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code
    return {ok: false, size: -1, ...(code ? {code} : {})}
  } finally {
    if (descriptor !== undefined) closeSync(descriptor)
  }
}

/**
 * Read a stream (standard input) to the end, stopping once it exceeds `maxBytes`.
 *
 * @param stream Stream of chunks.
 * @param maxBytes Largest accepted size.
 * @returns The bytes, or the size reached when the limit was passed.
 */
export async function readStreamLimited(stream: AsyncIterable<Uint8Array | string>, maxBytes: number): Promise<Limited> {
  const chunks: Uint8Array[] = []
  let size = 0
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? new TextEncoder().encode(chunk) : chunk
    size += bytes.length
    if (size > maxBytes) return {ok: false, size}
    chunks.push(bytes)
  }
  const bytes = new Uint8Array(size)
  let offset = 0
  for (const chunk of chunks) {
    bytes.set(chunk, offset)
    offset += chunk.length
  }
  return {ok: true, bytes}
}
