// Clean the GMB silver entity data for training and scoring.

const particles = new Set(['al', 'el', 'bin', 'ibn', 'abu', 'de', 'da', 'di', 'du', 'van', 'von', 'der', 'den', 'la', 'le', 'del', 'dos', 'das'])

/**
 * Whether a GMB pseudo-document is held out (for dev scoring, never trained on):
 * those whose number ends in 0.
 *
 * @param {string} id
 * @returns {boolean}
 */
export function isHeldOut(id) {
  return /0$/.test(id)
}

/**
 * Clean GMB entities to the CoNLL-style span convention of the other gold
 * sets: `gpe` spans are kept as places only when the same text is tagged
 * `geo` at least as often (countries), dropped otherwise (demonyms such as `Iraqi`); organisation
 * spans naming countries (`U.S.`, `Turkey`) become places and places naming
 * organisations (`U.N.`) organisations;
 * leading lower-case words (`southern Afghanistan`, `the Netherlands`) and
 * possessives are cut off.
 *
 * @param {Array<{id: string, text: string, entities: Array<{text: string, type: string, start: number, end: number, orig?: string}>}>} docs
 * @param {Set<string>} [placeNames] names always tagged as places (countries: `Turkey` the government is still `Turkey` the place)
 * @param {Set<string>} [orgNames] names always tagged as organisations (`U.N.`)
 * @returns {Array<{id: string, text: string, entities: Array<{text: string, type: string, start: number, end: number}>}>}
 */
export function cleanGmb(docs, placeNames = new Set(), orgNames = new Set()) {
  const geo = new Map()
  const org = new Map()
  const gpe = new Map()
  for (const d of docs) for (const e of d.entities) {
    const table = e.orig === 'geo' ? geo : e.orig === 'org' ? org : e.orig === 'gpe' ? gpe : undefined
    if (table) table.set(e.text, (table.get(e.text) ?? 0) + 1)
  }
  return docs.map((d) => {
    const entities = []
    for (const e of d.entities) {
      let type = e.type
      if (e.orig === 'gpe') {
        if ((geo.get(e.text) ?? 0) < (gpe.get(e.text) ?? 0)) continue
        type = 'LOC'
      }
      if (e.orig === 'org' && placeNames.has(e.text)) type = 'LOC'
      if (e.orig === 'geo' && orgNames.has(e.text)) type = 'ORG'
      let start = e.start
      let text = d.text.slice(e.start, e.end)
      for (;;) {
        const m = /^(?:['’]s\s*|(\p{Ll}[\p{L}-]*)\s+)/u.exec(text)
        if (!m || (m[1] && (particles.has(m[1]) || /^(?:al|el|ad|as|an|abu|bin)-/u.test(m[1])))) break
        start += m[0].length
        text = text.slice(m[0].length)
      }
      if (!/\p{Lu}/u.test(text)) continue
      entities.push({text, type, start, end: e.end})
    }
    return {id: d.id, text: d.text, entities}
  })
}
