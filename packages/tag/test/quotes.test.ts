import type {Entity} from '@copydesk/schema'
import {unified} from 'unified'
import retextEnglish from 'retext-english'
import retextPos from 'retext-pos'
import {VFile} from 'vfile'
import {describe, expect, test} from 'vitest'
import {retextQuotes} from '../src/index.js'

// Without an entity plugin: speakers come from capitalized names, so these tests pin the quote logic alone.
const quotes = async (text: string, entities?: Entity[]) => {
  const processor = unified()
    .use(retextEnglish)
    .use(retextPos)
    .use(() => (_tree, file) => {
      if (entities) file.data.entities = entities
    })
    .use(retextQuotes)
  const file = new VFile(text)
  await processor.run(processor.parse(file), file)
  return file.data.quotes ?? []
}
const brief = (q: {kind: string; text: string; speaker?: string | undefined}) => [q.kind, q.text, q.speaker]

describe('retextQuotes', () => {
  test('direct quote with a cue after it, curly marks', async () => {
    const text = 'Talks ended.\n\n“We will meet again in May,” Li Xiaolin said.'
    const [q] = await quotes(text)
    expect(q).toMatchObject({kind: 'direct', text: 'We will meet again in May,', speaker: 'Li Xiaolin', cue: 'Li Xiaolin said'})
    expect(text.slice(q?.start, q?.end)).toBe('We will meet again in May,')
    expect(text.slice(q?.speakerStart, q?.speakerEnd)).toBe('Li Xiaolin')
  })

  test('speakers resolve to entities: canonical name, id and the mention in the cue', async () => {
    const text = 'Li Xiaolin met Japanese officials.\n\n"We agree," Li said.'
    const li: Entity = {
      id: 'per-li-xiaolin',
      type: 'PER',
      name: 'Li Xiaolin',
      aliases: ['Li'],
      mentions: [
        {start: 0, end: 10, text: 'Li Xiaolin'},
        {start: text.lastIndexOf('Li'), end: text.lastIndexOf('Li') + 2, text: 'Li'}
      ],
      salience: 1
    }
    const [q] = await quotes(text, [li])
    expect(q).toMatchObject({kind: 'direct', speaker: 'Li Xiaolin', speakerId: 'per-li-xiaolin', speakerStart: text.lastIndexOf('Li'), cue: 'Li said'})
  })

  test('inverted cue with a role: said NAME, ROLE', async () => {
    const [q] = await quotes('"Both sides gain," said Wei Jianguo, former deputy minister of commerce.')
    expect(q).toMatchObject({kind: 'direct', speaker: 'Wei Jianguo', cue: 'said Wei Jianguo'})
  })

  test('cue before the quote with an apposition and a colon', async () => {
    const [q] = await quotes('Chen Haosu, former president of the association, said: "Never hurt cooperation."')
    expect(q).toMatchObject({kind: 'direct', text: 'Never hurt cooperation.', speaker: 'Chen Haosu', cue: 'said:'})
  })

  test('pronoun cue resolves to the earlier speaker; offsets point at the antecedent', async () => {
    const text = 'Maria Santos, a WHO spokeswoman, said the outbreak was spreading.\n\n"We need clean water," she said.'
    const all = await quotes(text)
    const direct = all.find((q) => q.kind === 'direct')
    expect(direct).toMatchObject({speaker: 'Maria Santos', cue: 'she said'})
    expect(text.slice(direct?.speakerStart, direct?.speakerEnd)).toBe('Maria Santos')
  })

  test('split quote: both halves, one speaker', async () => {
    const all = await quotes('"There is mistrust," Bashir said, "but we are moving forward."')
    expect(all.map(brief)).toEqual([
      ['direct', 'There is mistrust,', 'Bashir'],
      ['direct', 'but we are moving forward.', 'Bashir']
    ])
  })

  test('a quote over two paragraphs, the first without a closing mark', async () => {
    const text = '"Whole villages are gone," said Pierre Krahenbuhl. "People sleep outside.\n\n"We need tents today."'
    const all = await quotes(text)
    expect(all.map(brief)).toEqual([
      ['direct', 'Whole villages are gone,', 'Pierre Krahenbuhl'],
      ['direct', 'People sleep outside. We need tents today.', 'Pierre Krahenbuhl']
    ])
    expect(all[1]?.end).toBe(text.length - 1)
  })

  test('fragments and scare quotes are partial', async () => {
    const all = await quotes('Markus Brandt called the levy "a tax by another name" and the so-called "mini-livers" drew interest.')
    expect(all.filter((q) => q.kind === 'partial').map(brief)).toEqual([
      ['partial', 'a tax by another name', 'Markus Brandt'],
      ['partial', 'mini-livers', undefined]
    ])
  })

  test('indirect speech: said that, according to, trailing cue, pronoun', async () => {
    const text = [
      'Li Xiaolin, head of the association, said there are many areas for cooperation.',
      'According to Li, the forum opens on April 18.',
      'Five governors will attend the forum, Li said.',
      'They are eager to talk, he said.'
    ].join('\n')
    const all = await quotes(text)
    expect(all.map((q) => [q.kind, q.text, q.speaker, q.cue])).toEqual([
      ['indirect', 'there are many areas for cooperation', 'Li Xiaolin', 'said'],
      ['indirect', 'the forum opens on April 18', 'Li Xiaolin', 'According to Li'],
      ['indirect', 'Five governors will attend the forum', 'Li Xiaolin', 'Li said'],
      ['indirect', 'They are eager to talk', 'Li Xiaolin', 'he said']
    ])
  })

  test('reported speech without a named speaker is left out', async () => {
    expect(await quotes('Relations improved, diplomats and officials said on Monday.')).toEqual([])
  })

  test('unbalanced and stray marks never throw and stay in range', async () => {
    const text = 'He is 6\'2" tall. "Open "nested “marks” here.\n\n”'
    const all = await quotes(text)
    for (const q of all) {
      expect(q.start).toBeLessThan(q.end)
      expect(q.end).toBeLessThanOrEqual(text.length)
    }
  })
})
