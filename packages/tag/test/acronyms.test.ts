import {describe, expect, it} from 'vitest'
import {extractEntities} from '../src/index.js'

const text = [
  'The World Trade Organization (WTO) said on Monday that trade slowed. WTO economists expect a rebound.',
  'The United Nations warned of famine. A UN spokesman said aid was blocked.',
  "China's People's Liberation Army held drills. The PLA said the drills were routine."
].join('\n')

describe('acronyms', () => {
  const entities = extractEntities(text)
  const named = (name: string) => entities.find((e) => e.name === name)

  it('links a bracketed acronym to the name it follows, with its later mentions', () => {
    const wto = named('World Trade Organization')
    expect(wto?.type).toBe('ORG')
    expect(wto?.aliases).toContain('WTO')
    expect(wto?.mentions.map((m) => m.text)).toEqual(['World Trade Organization', 'WTO', 'WTO'])
    expect(entities.filter((e) => e.name === 'WTO')).toEqual([])
  })

  it('links an acronym spelling the initials of a name in the same text', () => {
    expect(named('United Nations')?.aliases).toContain('UN')
    expect(named('United Nations')?.mentions.map((m) => m.text)).toContain('UN')
    expect(named("People's Liberation Army")?.aliases).toContain('PLA')
    expect(named("People's Liberation Army")?.mentions.map((m) => m.text)).toContain('PLA')
  })

  it('keeps mention offsets pointing at the acronym', () => {
    for (const entity of entities) for (const m of entity.mentions) expect(text.slice(m.start, m.end)).toBe(m.text)
  })
})
