import {readFileSync} from 'node:fs'
import {type Entity, entitySchema} from '@copydesk/schema'
import fc from 'fast-check'
import retextEnglish from 'retext-english'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, test} from 'vitest'
import {compileGazetteer} from '../src/entities/gazetteer.js'
import {tokenize} from '../src/entities/tokenize.js'
import {extractEntities, findEntities, retextEntities} from '../src/index.js'

const fixtures = new URL('fixtures/entities/', import.meta.url)
const seedRaw = readFileSync(new URL('seed/input.txt', fixtures), 'utf8')
const expected = JSON.parse(readFileSync(new URL('seed/expected.json', fixtures), 'utf8')) as {
  entities: Array<{type: string; name: string; aliases?: string[]; mentionCount?: number; role?: string}>
  entitiesMustNot: string[]
  article: {bodyMustNotContain: string[]}
}
// The body as normalize hands it over: footer lines dropped, paragraphs split by blank lines.
const seedBody = seedRaw
  .trim()
  .split('\n')
  .filter((line) => !expected.article.bodyMustNotContain.some((bad) => line.includes(bad)))
  .join('\n\n')

function check(entities: Entity[], text: string): void {
  const ids = new Set<string>()
  for (const entity of entities) {
    expect(entitySchema.safeParse(entity).success).toBe(true)
    expect(ids.has(entity.id)).toBe(false)
    ids.add(entity.id)
    for (const m of entity.mentions) {
      expect(m.start).toBeGreaterThanOrEqual(0)
      expect(m.end).toBeLessThanOrEqual(text.length)
      expect(m.start).toBeLessThan(m.end)
      expect(text.slice(m.start, m.end)).toBe(m.text)
    }
  }
}

describe('seed article', () => {
  for (const [label, text] of [
    ['blank-line paragraphs', seedBody],
    ['one line per paragraph', seedBody.replaceAll('\n\n', '\n')]
  ] as const) {
    test(`every expected entity, alias, mention count and role (${label})`, () => {
      const entities = extractEntities(text)
      check(entities, text)
      for (const want of expected.entities) {
        const found = entities.find((e) => e.type === want.type && e.name === want.name)
        expect(found, `${want.type} ${want.name}`).toBeDefined()
        if (!found) continue
        for (const alias of want.aliases ?? []) expect(found.aliases, `${want.name} alias`).toContain(alias)
        if (want.mentionCount !== undefined) expect(found.mentions.length, `${want.name} mentions`).toBe(want.mentionCount)
        if (want.role !== undefined) expect(found.role, `${want.name} role`).toBe(want.role)
      }
    })

    test(`no entity from entitiesMustNot (${label})`, () => {
      const entities = extractEntities(text)
      for (const bad of expected.entitiesMustNot) {
        expect(entities.some((e) => e.name === bad || e.mentions.some((m) => m.text === bad))).toBe(false)
      }
      expect(entities.some((e) => e.name === 'Chinese' || e.name === 'Japanese')).toBe(false)
    })
  }

  test('ids, canonical names and salience', () => {
    const entities = extractEntities(seedBody)
    const li = entities.find((e) => e.name === 'Li Xiaolin')
    expect(li?.id).toBe('per-li-xiaolin')
    const anhui = entities.find((e) => e.name === 'Anhui Province')
    expect(anhui?.id).toBe('loc-anhui-province')
    expect(anhui?.mentions.map((m) => m.text)).toEqual(['Anhui'])
    const japan = entities.find((e) => e.name === 'Japan')
    const tokyo = entities.find((e) => e.name === 'Tokyo')
    expect(japan && tokyo && japan.salience > tokyo.salience).toBe(true)
  })

  test('findEntities lists every mention with its entity type', () => {
    const mentions = findEntities(seedBody)
    const xinhua = mentions.find((m) => m.text === 'Xinhua News Agency')
    expect(xinhua?.type).toBe('ORG')
    expect(mentions.filter((m) => m.text === 'Li').every((m) => m.type === 'PER')).toBe(true)
    expect(mentions.find((m) => m.text === 'Kobe')?.type).toBe('LOC')
    for (let k = 1; k < mentions.length; k++) {
      expect((mentions[k]?.start ?? 0) >= (mentions[k - 1]?.end ?? 0)).toBe(true)
    }
  })
})

describe('news snippets', () => {
  const entity = (entities: Entity[], name: string) => entities.find((e) => e.name === name)

  test('a title before a name stops at the end of the sentence or paragraph before it', () => {
    for (const gap of ['\n\n', ' ']) {
      const text = `The plant will add a shift, the company said on Thursday.${gap}Union representative Per Nilsson said the shift would bring 400 jobs.`
      const entities = extractEntities(text)
      check(entities, text)
      expect(entity(entities, 'Per Nilsson')?.role, JSON.stringify(gap)).toBe('Union representative')
    }
    // A place ending the sentence before is left out; an abbreviation inside the title is kept.
    const titled = extractEntities('The talks were held in Tokyo. Former U.S. ambassador John Roe left on Friday.')
    expect(entity(titled, 'John Roe')?.role).toBe('former U.S. ambassador')
  })

  test('a role set off by commas before the name, after a determiner or possessive', () => {
    const text = "The association warned of losses. Its chairman, Anne Dubois, said the state must act. The company's chief executive, John Smith, said sales fell."
    const entities = extractEntities(text)
    check(entities, text)
    expect(entity(entities, 'Anne Dubois')?.role).toBe('chairman')
    expect(entity(entities, 'John Smith')?.role).toBe('chief executive')
    // Without a comma after the name, the title may be someone else's.
    expect(entity(extractEntities('He thanked the minister, Anne Dubois said on Monday.'), 'Anne Dubois')?.role).toBeUndefined()
    // Not a role noun before the comma: no role.
    expect(entity(extractEntities('In the report, Anne Dubois, a lawyer, said it was wrong.'), 'Anne Dubois')?.role).toBeUndefined()
  })

  test('appositive roles, surnames and organisations', () => {
    const text =
      'Maria Gonzalez, the mayor of Madrid, met German Chancellor Olaf Scholz in Berlin on Tuesday.\n\n' +
      'Gonzalez said the European Union must act. Scholz did not comment.'
    const entities = extractEntities(text)
    check(entities, text)
    expect(entity(entities, 'Maria Gonzalez')?.type).toBe('PER')
    expect(entity(entities, 'Maria Gonzalez')?.mentions.length).toBe(2)
    expect(entity(entities, 'Maria Gonzalez')?.role).toBe('mayor of Madrid')
    expect(entity(entities, 'Olaf Scholz')?.mentions.length).toBe(2)
    expect(entity(entities, 'Madrid')?.type).toBe('LOC')
    expect(entity(entities, 'Berlin')?.type).toBe('LOC')
    expect(entity(entities, 'European Union')?.type).toBe('ORG')
    expect(entity(entities, 'German')).toBeUndefined()
  })

  test('possessives, provinces and news agencies', () => {
    const text =
      "Heavy rain flooded parts of Sichuan province, China's Ministry of Water Resources said on Sunday, " +
      'according to the Xinhua News Agency. Xinhua said 12 people were missing in Sichuan.'
    const entities = extractEntities(text)
    check(entities, text)
    expect(entity(entities, 'Sichuan Province')?.mentions.map((m) => m.text)).toEqual(['Sichuan', 'Sichuan'])
    expect(entity(entities, 'China')?.type).toBe('LOC')
    expect(entity(entities, 'Ministry of Water Resources')?.type).toBe('ORG')
    expect(entity(entities, 'Xinhua News Agency')?.mentions.length).toBe(2)
    expect(entity(entities, 'Xinhua News Agency')?.aliases).toContain('Xinhua')
  })

  test('titles before a name give the role', () => {
    const text = 'Former World Bank president James Wolfensohn said on Monday that the plan for Gaza would fail.'
    const entities = extractEntities(text)
    expect(entity(entities, 'James Wolfensohn')?.role).toBe('former World Bank president')
    expect(entity(entities, 'World Bank')?.type).toBe('ORG')
    expect(entity(entities, 'Gaza')?.type).toBe('LOC')
    expect(entities.some((e) => e.name === 'Former')).toBe(false)
  })

  test('sentence-initial common words are no entities', () => {
    const text = 'However, officials said. Meanwhile the talks went on. Cooperation matters, Kenya said.'
    const names = extractEntities(text).map((e) => e.name)
    expect(names).not.toContain('However')
    expect(names).not.toContain('Meanwhile')
    expect(names).not.toContain('Cooperation')
    expect(names).toContain('Kenya')
  })
})

describe('retextEntities', () => {
  test('sets file.data.entities in a unified pipeline', async () => {
    const processor = unified().use(retextEnglish).use(retextEntities)
    const file = new VFile(seedBody)
    await processor.run(processor.parse(file), file)
    expect(file.data.entities?.find((e) => e.name === 'Yasushi Kudo')?.role).toBe("representative of Japan's Genron NPO")
  })

  test('an empty text has no entities', async () => {
    const processor = unified().use(retextEnglish).use(retextEntities)
    const file = new VFile('')
    await processor.run(processor.parse(file), file)
    expect(file.data.entities).toEqual([])
  })
})

describe('properties', () => {
  const words = fc.constantFrom(
    'Li', 'Xiaolin', ',', 'province', 'autonomous', 'region', 'Association', 'for', 'of', 'the', 'Japan', "'s", '.', '\n',
    'said', 'Former', 'United', 'Nations', 'magazine', 'East', 'China', 'head', 'minister', '"', 'Ministry', 'al-Qaida', 'U.S.'
  )

  test('any string gives valid entities with in-range offsets', () => {
    fc.assert(
      fc.property(fc.string({unit: 'binary', maxLength: 300}), (text) => {
        check(extractEntities(text), text)
      }),
      {numRuns: 200}
    )
  })

  test('name-like word salad gives valid entities', () => {
    fc.assert(
      fc.property(fc.array(words, {maxLength: 60}), (parts) => {
        const text = parts.join(' ')
        check(extractEntities(text), text)
      }),
      {numRuns: 300}
    )
  })
})

describe('gazetteer', () => {
  test('a name of ASCII words between single spaces compiles to the words tokenize finds', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[A-Za-z]{1,8}$/), {minLength: 1, maxLength: 5}), (parts) => {
        const name = parts.join(' ')
        const compiled = compileGazetteer({LOC: [name], ORG: [], GIVEN: [], DEMONYM: [], COMMON: []})
        const phrase = compiled.phrases.get(parts[0] as string)?.[0]
        expect(phrase?.words).toEqual(tokenize(name).map((t) => t.text))
      })
    )
  })
})
