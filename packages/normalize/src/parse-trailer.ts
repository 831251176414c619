/** Kind of a trailer line. */
export type TrailerKind = 'copyright' | 'boilerplate'

const copyright = [/^(?:\u00A9|\(c\)|copyright\b)/i, /\ball rights reserved\b/i, /^\(?c\)?\s*\d{4}\s+(?:the\s+)?(?:associated press|thomson reuters|reuters|afp|xinhua)/i]
const boilerplate = [
  /\bmay not be (?:published|reproduced|broadcast|rewritten|redistributed)\b/i,
  /^(?:enditem|end item|end)\.?$/i,
  /^editor\s*:\s*\p{L}/iu,
  /^(?:follow|like) (?:us|him|her|them) on\b/i,
  /^(?:read more|related|click here|subscribe|sign up)\b.{0,120}$/i,
  /^(?:[-_*=~#]\s*){3,}$/,
  /^share (?:this|the) (?:article|story)\b/i,
  /\bcontributed to this (?:report|story)\.?$/i
]

/**
 * Classify a trailer line: a copyright notice (`© 2012 The Associated Press`,
 * `Copyright 2012 Reuters. All rights reserved.`) or boilerplate (`This material may not be
 * published...`, `Enditem`, `Editor: Mu Xuequan`, `Follow us on ...`, rules like `___`,
 * `... contributed to this report.`).
 *
 * @param line A trimmed line.
 * @returns The kind, or `undefined` when the line is story text.
 */
export function parseTrailer(line: string): TrailerKind | undefined {
  const text = line.trim()
  if (text.length > 300) return undefined
  if (copyright.some((pattern) => pattern.test(text))) return 'copyright'
  if (boilerplate.some((pattern) => pattern.test(text))) return 'boilerplate'
  return undefined
}
