import type {Entity} from '@copydesk/schema'
import {unified} from 'unified'
import retextEnglish from 'retext-english'
import retextPos from 'retext-pos'
import {VFile} from 'vfile'
import {describe, expect, test} from 'vitest'
import {retextKeyphrases} from '../src/index.js'

const run = async (text: string, entities?: Entity[], maximum?: number) => {
  const processor = unified()
    .use(retextEnglish)
    .use(retextPos)
    .use(() => (_tree, file) => {
      if (entities) file.data.entities = entities
    })
    .use(retextKeyphrases, maximum ? {maximum} : {})
  const file = new VFile(text)
  await processor.run(processor.parse(file), file)
  return file.data.keyphrases ?? []
}

const text = [
  "Regional cooperation between China and Japan matters, officials said. Japan's sister cities program grew.",
  'Two sister cities signed deals on regional cooperation. It was the first time they met.',
  'More sister cities will follow, Li said.'
].join('\n\n')

describe('retextKeyphrases', () => {
  test('ranks topical multi-word phrases and merges possessives', async () => {
    const phrases = (await run(text)).map((k) => k.phrase)
    expect(phrases).toContain('regional cooperation')
    expect(phrases).toContain('sister cities')
    expect(phrases).toContain('Japan')
    expect(phrases).not.toContain("Japan's")
  })

  test('never pronouns, number words or stop words', async () => {
    const phrases = (await run(text)).map((k) => k.phrase.toLowerCase())
    for (const bad of ['it', 'two', 'they', 'first', 'more', 'the']) expect(phrases).not.toContain(bad)
  })

  test('mentions point at the phrase in the text; scores fall from 1', async () => {
    const keyphrases = await run(text)
    expect(keyphrases[0]?.score).toBe(1)
    for (let i = 1; i < keyphrases.length; i++) expect(keyphrases[i]?.score).toBeLessThanOrEqual(keyphrases[i - 1]?.score ?? 1)
    const sister = keyphrases.find((k) => k.phrase === 'sister cities')
    expect(sister?.mentions.map((m) => text.slice(m.start, m.end))).toEqual(['sister cities', 'sister cities', 'sister cities'])
    expect(sister?.stem).toBe('sister citi')
  })

  test('entity mentions merge under the canonical name', async () => {
    const li: Entity = {id: 'per-li-xiaolin', type: 'PER', name: 'Li Xiaolin', aliases: ['Li'], mentions: [{start: text.indexOf('Li said'), end: text.indexOf('Li said') + 2, text: 'Li'}], salience: 0.5}
    const phrases = (await run(text, [li])).map((k) => k.phrase)
    expect(phrases).toContain('Li Xiaolin')
    expect(phrases).not.toContain('Li')
  })

  test('honours maximum', async () => {
    expect((await run(text, undefined, 2)).length).toBe(2)
  })
})
