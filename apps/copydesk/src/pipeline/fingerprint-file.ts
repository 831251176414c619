import {endianness} from 'node:os'
import {checkSignature, fingerprintVersion, type Signature, signatureLength} from '@copydesk/normalize'
import {AtomicFileStream} from './json-stream.js'

/**
 * `fingerprints.bin`, the build cache's duplicate-detection signatures, one fixed-size record
 * per article: read as one buffer with no parsing or base64 (10,000 articles are 3 MB, read in
 * milliseconds), and written streaming.
 *
 * Layout (little-endian): the magic `CDFP`, the layout's version (u32), `fingerprintVersion`
 * (u32), the cache context (64 ASCII hex digits); then per article its key (32 bytes, the
 * SHA-256 its hex names), its words hash (16 bytes), its shingle count (u32) and its MinHash
 * (`signatureLength` u16, zeros when it has no shingles).
 */
const magic = 'CDFP'
const layoutVersion = 1
const headerSize = 4 + 4 + 4 + 64
const minhashBytes = signatureLength * 2
/** Bytes per article (even, as the header is, so each MinHash is a 2-byte-aligned view). */
export const fingerprintRecordSize = 32 + 16 + 4 + minhashBytes

const littleEndian = endianness() === 'LE'

function header(context: string): Buffer {
  const bytes = Buffer.alloc(headerSize)
  bytes.write(magic, 0, 'latin1')
  bytes.writeUInt32LE(layoutVersion, 4)
  bytes.writeUInt32LE(fingerprintVersion, 8)
  bytes.write(context, 12, 'latin1')
  return bytes
}

/**
 * Put one article's record at `offset` of `target`.
 *
 * @returns False (nothing written) when the key or signature cannot be stored: the article's
 *   fingerprint is then missing from the file, and a build makes it again.
 */
function encodeRecord(target: Buffer, offset: number, key: string, signature: Signature): boolean {
  // A key is 64 hex digits: checked by the bytes its hex gives (a regular expression cost more
  // than the rest of the record); an upper-case digit also decodes, reads back lower-case and
  // is then only a missing fingerprint, made again.
  if (key.length !== 64 || !storable(signature)) return false
  const {minhash} = signature
  if (target.write(key, offset, 32, 'hex') !== 32) return false
  target.write(signature.words, offset + 32, 'hex')
  target.writeUInt32LE(signature.shingles, offset + 48)
  const start = offset + 52
  if (minhash.length === 0) target.fill(0, start, start + minhashBytes)
  else if (littleEndian) target.set(new Uint8Array(minhash.buffer, minhash.byteOffset, minhashBytes), start)
  else for (let slot = 0; slot < signatureLength; slot++) target.writeUInt16LE(minhash[slot] as number, start + slot * 2)
  return true
}

/** Whether a signature is one of this version (`checkSignature`) whose shingle count fits 32 bits. */
function storable(signature: Signature): boolean {
  try {
    checkSignature(signature)
  } catch {
    return false
  }
  return signature.shingles <= 0xffff_ffff
}

/**
 * Serialize signatures into the file's bytes (what `FingerprintFileWriter` writes streaming).
 *
 * @param context The cache context (64 hex digits).
 * @param entries Article key (64 hex digits) and signature; any other key is left out.
 * @returns The file's bytes.
 */
export function encodeFingerprints(context: string, entries: Iterable<readonly [string, Signature]>): Buffer {
  const parts: Buffer[] = [header(context)]
  for (const [key, signature] of entries) {
    const record = Buffer.alloc(fingerprintRecordSize)
    if (encodeRecord(record, 0, key, signature)) parts.push(record)
  }
  return Buffer.concat(parts)
}

/**
 * Read the file's bytes.
 *
 * @param bytes The file.
 * @param context The cache context it must be for.
 * @returns Article key to signature (MinHash values are views on one copy of the bytes), or
 *   undefined when the bytes are not such a file for this context and fingerprint version.
 */
export function decodeFingerprints(bytes: Uint8Array, context: string): Map<string, Signature> | undefined {
  const found = new Map<string, Signature>()
  if (bytes.length < headerSize || (bytes.length - headerSize) % fingerprintRecordSize !== 0) return undefined
  // One aligned copy (offset 0 of its own buffer): every MinHash is a view on it.
  const own = new Uint8Array(bytes)
  const copy = Buffer.from(own.buffer, own.byteOffset, own.byteLength)
  if (copy.toString('latin1', 0, 4) !== magic || copy.readUInt32LE(4) !== layoutVersion || copy.readUInt32LE(8) !== fingerprintVersion) return undefined
  if (copy.toString('latin1', 12, headerSize) !== context) return undefined
  for (let offset = headerSize; offset < copy.length; offset += fingerprintRecordSize) {
    const key = copy.toString('hex', offset, offset + 32)
    const words = copy.toString('hex', offset + 32, offset + 48)
    const shingles = copy.readUInt32LE(offset + 48)
    const start = copy.byteOffset + offset + 52
    let minhash: Uint16Array
    if (shingles === 0) minhash = new Uint16Array(0)
    else if (littleEndian) minhash = new Uint16Array(copy.buffer, start, signatureLength)
    else {
      minhash = new Uint16Array(signatureLength)
      for (let slot = 0; slot < signatureLength; slot++) minhash[slot] = copy.readUInt16LE(offset + 52 + slot * 2)
    }
    found.set(key, {words, shingles, minhash})
  }
  return found
}

/** Bytes gathered before a write. */
const chunkRecords = 4096

/**
 * Writes `fingerprints.bin` streaming, through an `AtomicFileStream` (replaced only on
 * `commit`). Keeps only the current chunk in memory.
 */
export class FingerprintFileWriter {
  readonly #stream: AtomicFileStream
  readonly #chunk = Buffer.alloc(chunkRecords * fingerprintRecordSize)
  #used = 0

  private constructor(stream: AtomicFileStream) {
    this.#stream = stream
  }

  /**
   * Start the file.
   *
   * @param file Target path.
   * @param context The cache context (64 hex digits).
   * @returns The writer.
   */
  static async open(file: string, context: string): Promise<FingerprintFileWriter> {
    const stream = await AtomicFileStream.open(file)
    try {
      await stream.write(header(context))
    } catch (error) {
      await stream.abort()
      throw error
    }
    return new FingerprintFileWriter(stream)
  }

  /**
   * Add one article's signature (one whose key or fields cannot be stored is left out).
   *
   * @param key Article key (64 hex digits).
   * @param signature Its signature.
   */
  async add(key: string, signature: Signature): Promise<void> {
    if (encodeRecord(this.#chunk, this.#used, key, signature)) this.#used += fingerprintRecordSize
    if (this.#used === this.#chunk.length) await this.#flush()
  }

  /** Finish the file and put it in place of the target. */
  async commit(): Promise<void> {
    try {
      await this.#flush()
    } catch (error) {
      await this.#stream.abort()
      throw error
    }
    await this.#stream.commit()
  }

  /** Drop the file: the target stays as it was. */
  async abort(): Promise<void> {
    await this.#stream.abort()
  }

  async #flush(): Promise<void> {
    if (this.#used === 0) return
    // The bytes are written before the promise settles, so the chunk is reused.
    await this.#stream.write(this.#chunk, this.#used)
    this.#used = 0
  }
}
