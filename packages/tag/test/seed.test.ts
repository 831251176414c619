import {readFileSync} from 'node:fs'
import {tagsSchema} from '@copydesk/schema'
import {beforeAll, describe, expect, test} from 'vitest'
import {type TagOptions, tag} from '../src/index.js'

const seedDir = new URL('./fixtures/seed/', import.meta.url)
const raw = readFileSync(new URL('000_b7608c04dfb86d9d.txt', seedDir), 'utf8')
const expected = JSON.parse(readFileSync(new URL('seed.expected.json', seedDir), 'utf8'))
// The body as the normalize stage hands it over: trailer lines removed, paragraphs on their own lines.
const body = raw.slice(0, raw.indexOf('\nchengguangjin@')).trim()
const paragraphs = body.split('\n')
const options: TagOptions = {date: expected.article.editionDate}

type Result = Awaited<ReturnType<typeof tag>>

describe.each([
  ['single line breaks (JSON Lines input)', body],
  ['blank lines between paragraphs', paragraphs.join('\n\n')]
])('the seed with %s', (_name, text) => {
  let result: Result
  beforeAll(async () => {
    result = await tag(text, options)
  })
  const paragraphOf = (offset: number) => text.slice(0, offset).split(/\n+/).length

  test('tags are schema-valid', () => {
    expect(tagsSchema.parse(result.tags)).toEqual(result.tags)
    expect(result.file.messages).toEqual([])
  })

  test('every expected quote: kind, paragraph, speaker, text and cue', () => {
    for (const want of expected.quotes) {
      const got = result.tags.quotes.find((q) => q.kind === want.kind && paragraphOf(q.start) === want.paragraph)
      expect(got, `${want.kind} quote in paragraph ${want.paragraph}`).toBeDefined()
      expect(got?.speaker).toBe(want.speaker)
      if (want.text) expect(got?.text).toBe(want.text)
      if (want.cue) expect(got?.cue).toBe(want.cue)
    }
  })

  test('no direct or partial quotes beyond the expected ones', () => {
    const direct = result.tags.quotes.filter((q) => q.kind !== 'indirect').map((q) => paragraphOf(q.start))
    expect(direct).toEqual(expected.quotes.filter((q: {kind: string}) => q.kind === 'direct').map((q: {paragraph: number}) => q.paragraph))
  })

  test('speaker offsets point at a mention of the speaker', () => {
    for (const q of result.tags.quotes) {
      const mention = text.slice(q.speakerStart, q.speakerEnd)
      expect(q.speaker?.split(' ')).toContain(mention.split(' ')[0])
    }
  })

  test('every expected date, resolved', () => {
    const dates = result.tags.dates.map((d) => ({text: d.text, value: d.value}))
    for (const want of expected.dates) expect(dates).toContainEqual({text: want.text, value: want.value})
  })

  test('every expected number', () => {
    for (const want of expected.numbers) {
      const got = result.tags.numbers.find((n) => n.text === want.text)
      expect(got).toMatchObject(want)
    }
  })

  test('keyphrases: the top ten include the topics and none of the banned words', () => {
    const top = result.tags.keyphrases.slice(0, 10).map((k) => k.phrase)
    for (const want of expected.keyphrases.topTenShouldInclude) expect(top).toContain(want)
    for (const bad of expected.keyphrases.topTenShouldNotInclude) expect(top).not.toContain(bad)
  })

  test('summary opens with the lede; word count and reading time', () => {
    expect(result.tags.summary.startsWith('Regional cooperation between China and Japan plays an important part')).toBe(true)
    expect(result.tags.wordCount).toBe(410)
    expect(result.tags.readingTime).toBe(2)
  })
})
