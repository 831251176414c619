/**
 * The bytes of a source value: strings are encoded as UTF-8.
 *
 * @param value Source value.
 * @returns Its bytes.
 */
export function toBytes(value: string | Uint8Array): Uint8Array {
  return typeof value === 'string' ? new TextEncoder().encode(value) : value
}
