import {TextDecoder} from 'node:util'
/** How many leading bytes may hold a charset declaration (the HTML spec looks at 1024). */
const window = 1024

const latin1 = new TextDecoder('latin1')

/**
 * Find the charset a document declares about itself in its first kilobyte: an XML
 * declaration (`<?xml version="1.0" encoding="ISO-8859-1"?>`), an HTML
 * `<meta charset>` or `<meta http-equiv="Content-Type" content="...; charset=...">`.
 *
 * @param bytes Source bytes.
 * @returns The declared label as written (lower-cased), or `undefined`.
 */
export function sniffCharset(bytes: Uint8Array): string | undefined {
  const head = latin1.decode(bytes.subarray(0, window))
  const xml = /^\s*<\?xml[^>]*?\sencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/.exec(head)
  if (xml?.[1]) return xml[1].toLowerCase()
  const meta = /<meta\b[^>]*?\bcharset\s*=\s*["']?([A-Za-z0-9._:-]+)/i.exec(head)
  if (meta?.[1]) return meta[1].toLowerCase()
  return undefined
}
