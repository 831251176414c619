/** Elements with no end tag, or whose end tag is implied by a sibling: they never nest deeply. */
const flat = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr', 'p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'option', 'html', 'head', 'body', 'tbody', 'thead', 'colgroup', 'rp', 'rt', 'optgroup'])

const token = /<!--[\s\S]*?(?:-->|$)|<(script|style|textarea|title)\b[^>]*>[\s\S]*?(?:<\/\1\s*>|$)|<(\/?)([A-Za-z][A-Za-z0-9-]*)\b[^>]*?(\/?)>/g

/**
 * Estimate how deeply an HTML page nests elements, without parsing it: a cheap linear scan
 * so pages nested deep enough to exhaust a tree builder's stack are recognised up front.
 * Overestimates only for sloppy markup with many unclosed elements.
 *
 * @param html HTML page.
 * @returns The deepest nesting seen.
 */
export function htmlDepth(html: string): number {
  let depth = 0
  let deepest = 0
  token.lastIndex = 0
  for (let match = token.exec(html); match; match = token.exec(html)) {
    const name = match[3]?.toLowerCase()
    if (name === undefined || flat.has(name) || match[4] === '/') continue
    if (match[2] === '/') depth = Math.max(0, depth - 1)
    else deepest = Math.max(deepest, ++depth)
  }
  return deepest
}
