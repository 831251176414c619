/** Encodings the server can send. */
export type Encoding = 'br' | 'gzip' | 'identity'

/**
 * Pick the encoding to send from an `Accept-Encoding` header, honouring q-values:
 * brotli, then gzip, else none.
 *
 * @param header The header value.
 * @returns The encoding.
 */
export function negotiateEncoding(header: string | undefined): Encoding {
  if (!header) return 'identity'
  const weights = new Map<string, number>()
  for (const part of header.split(',')) {
    const [name = '', ...parameters] = part.trim().toLowerCase().split(';')
    let q = 1
    for (const parameter of parameters) {
      const match = /^\s*q=([0-9.]+)\s*$/.exec(parameter)
      if (match) q = Number(match[1])
    }
    if (name) weights.set(name.trim(), Number.isFinite(q) ? q : 0)
  }
  const weight = (name: string) => weights.get(name) ?? weights.get('*') ?? 0
  const br = weight('br')
  const gzip = weight('gzip')
  if (br > 0 && br >= gzip) return 'br'
  if (gzip > 0) return 'gzip'
  return 'identity'
}
