import {unified} from 'unified'
import retextEnglish from 'retext-english'
import {VFile} from 'vfile'
import {describe, expect, test} from 'vitest'
import {countWords, retextStats} from '../src/index.js'

describe('countWords', () => {
  test('keeps possessives, decimals and hyphenated words whole', () => {
    expect(countWords("Japan's post-disaster exports rose 38.5 percent.")).toBe(6)
  })
  test('counts nothing in punctuation or whitespace', () => {
    expect(countWords(' -- ,. \n\n ')).toBe(0)
  })
})

describe('retextStats', () => {
  const run = async (text: string, options?: {wordsPerMinute?: number}) => {
    const processor = unified().use(retextEnglish).use(retextStats, options)
    const file = new VFile(text)
    await processor.run(processor.parse(file), file)
    return file.data
  }
  test('rounds reading time up at 230 words per minute', async () => {
    const data = await run(Array.from({length: 231}, () => 'word').join(' '))
    expect(data.wordCount).toBe(231)
    expect(data.readingTime).toBe(2)
  })
  test('honours wordsPerMinute', async () => {
    const data = await run('one two three four', {wordsPerMinute: 2})
    expect(data.readingTime).toBe(2)
  })
  test('an empty text takes no time', async () => {
    const data = await run('')
    expect(data).toMatchObject({wordCount: 0, readingTime: 0})
  })
})
