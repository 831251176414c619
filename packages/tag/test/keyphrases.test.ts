import {readFileSync} from 'node:fs'
import type {Entity} from '@copydesk/schema'
import type {Sentence} from 'nlcst'
import {toString as nlcstToString} from 'nlcst-to-string'
import {unified} from 'unified'
import retextEnglish from 'retext-english'
import retextPos from 'retext-pos'
import {visit} from 'unist-util-visit'
import {VFile} from 'vfile'
import {describe, expect, test} from 'vitest'
import {retextKeyphrases} from '../src/index.js'
import {tagWord} from '../src/keyphrases/part-of-speech.js'

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

describe('part-of-speech tags without retext-pos', () => {
  // Quirky inputs for the tagger's rules: `DT` + verb, `would` + noun,
  // numbers, URLs, `-ly`, `-al`, `-ed`, `-ing`, `-s` and the first-occurrence
  // `endsWith` (`needed`, `seeded`), inherited names (`constructor`).
  const quirks = [
    'The said decision would review the needed changes. The seeded players went to www.example.com and paid 4.5 percent.',
    'A constructor called toString, the valueOf method and __proto__ were mentioned. The rally ended; the medical federal signal is falling.',
    "Japan's Kobe and Tianjin became sister cities in 1973. They would talk, he said, 'quietly' about it: \"Reading is fundamental.\""
  ].join('\n\n')
  const seedDir = new URL('./fixtures/seed/', import.meta.url)
  const seed = readFileSync(new URL('000_b7608c04dfb86d9d.txt', seedDir), 'utf8')

  test.each([
    ['quirks', quirks],
    ['the seed', seed]
  ])('keyphrases on %s are the same as after retext-pos', async (_name, value) => {
    const withPos = unified().use(retextEnglish).use(retextPos).use(retextKeyphrases)
    const withoutPos = unified().use(retextEnglish).use(retextKeyphrases)
    const a = new VFile(value)
    const b = new VFile(value)
    await withPos.run(withPos.parse(a), a)
    await withoutPos.run(withoutPos.parse(b), b)
    expect(b.data.keyphrases).toEqual(a.data.keyphrases)
    expect(a.data.keyphrases?.length).toBeGreaterThan(0)
  })

  test('each word gets the tag retext-pos gives it', async () => {
    const processor = unified().use(retextEnglish).use(retextPos)
    for (const value of [quirks, seed]) {
      const tree = processor.parse(value)
      await processor.run(tree)
      visit(tree, 'SentenceNode', (sentence: Sentence) => {
        let previousTag: string | undefined
        let previousWord: string | undefined
        for (const child of sentence.children) {
          if (child.type !== 'WordNode') continue
          const word = nlcstToString(child)
          const tag = tagWord(word, previousTag, previousWord)
          expect(tag, word).toBe((child.data as {partOfSpeech?: string}).partOfSpeech)
          previousTag = tag
          previousWord = word
        }
        return 'skip'
      })
    }
  })
})
