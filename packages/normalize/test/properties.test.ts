import {articleSchema, isoDateSchema} from '@copydesk/schema'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {cleanText, normalize, parseByline, parseDate, parseDateline, parseEmailLine, parseSourceLine, slugify, splitParagraphs} from '../src/index.js'
import {rawText} from './helpers.js'

// Strings that look like wire copy: words, punctuation, metadata-ish lines, odd characters.
const piece = fc.oneof(
  fc.string(),
  fc.constantFrom(
    'By JANE DOE', 'BEIJING, March 5 (Xinhua) -- ', 'WASHINGTON (AP) \u2014 ', 'chengguangjin@chinadaily.com.cn', '(China Daily 03/04/2012 page2)',
    'Copyright 2012 Reuters.', 'Enditem', '"', "'", '--', 'inter-', '&amp;', '&amp;amp;lt;', '&#8217;', '&#x0;', '&#0;', '\u00AD', '\u200B', '\u0301', '\u0093', '\t', '  ', '\n', '\n\n',
    'The council met on Monday.', 'Prices rose, officials said.', 'Headline without period'
  )
)
const wireText = fc.array(piece, {maxLength: 30}).map((parts) => parts.join(' '))
const anyText = fc.oneof(fc.string({unit: 'binary'}), wireText)

describe('properties', () => {
  it('any text gives a valid article or a positioned error, never a throw', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const {article, file} = normalize(rawText(text))
        if (article) {
          expect(articleSchema.safeParse(article).success).toBe(true)
          expect(article.text).toBe(article.paragraphs.join('\n\n'))
        } else {
          const error = file.messages.find((message) => message.fatal === true)
          expect(error?.line).toBeGreaterThanOrEqual(1)
          expect(error?.column).toBeGreaterThanOrEqual(1)
          expect(error?.ruleId).toBeTruthy()
        }
        for (const message of file.messages) {
          expect(message.source).toBe('copydesk-normalize')
          expect(message.line).toBeGreaterThanOrEqual(1)
        }
      }),
      {numRuns: 400}
    )
  })

  it('normalizing a normalized article again changes nothing', () => {
    fc.assert(
      fc.property(wireText, fc.constantFrom('typographic', 'straight', 'preserve') as fc.Arbitrary<'typographic' | 'straight' | 'preserve'>, (text, quotes) => {
        const first = normalize(rawText(text), {quotes}).article
        if (!first) return
        const meta = {title: first.title, ...(first.publisher ? {publisher: first.publisher} : {}), ...(first.date ? {date: first.date} : {}), language: first.language}
        const second = normalize(rawText(first.text, '<again>', meta), {quotes}).article
        expect(second?.paragraphs).toEqual(first.paragraphs)
        expect(second?.title).toBe(first.title)
        expect(second?.id).toBe(first.id)
      }),
      // Found by a long run: a headline-like line under the byline, derived as the title
      // whole, was kept in the body, then taken out as the headline on the second pass.
      // Also: a byline or e-mail line run on after the dateline was left as the lede, then taken on the second pass.
      {
        numRuns: 300,
        examples: [
          ['By JANE DOE \n A \n\n !', 'typographic'],
          ['A \n WASHINGTON (AP) \u2014  By JANE DOE \n\n !', 'typographic'],
          ['A \n BEIJING, March 5 (Xinhua) --  By JANE DOE \n\n By JANE DOE', 'typographic'],
          ['A \n BEIJING, March 5 (Xinhua) --  chengguangjin@chinadaily.com.cn \n\n By JANE DOE', 'typographic'],
          // and a lede that starts with the title derived from it was taken for a repeated headline.
          ['   BEIJING, March 5 (Xinhua) --  \n The council met on Monday. 0 \n\n By JANE DOE', 'typographic'],
          // and a wrapped headline whose derived title drops a mark was kept in the body.
          [' A \n " \n\n By JANE DOE', 'preserve']
        ]
      }
    )
  })

  it('cleanText is idempotent and leaves no control or invisible characters', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const once = cleanText(text).value
        expect(cleanText(once).value).toBe(once)
        // biome-ignore lint/suspicious/noControlCharactersInRegex: asserting their absence
        expect(once).not.toMatch(/[\u0000-\u001F\u007F-\u009F\u00AD\u200B\u2060\uFEFF]/)
        expect(once).toBe(once.normalize('NFC'))
      })
    )
  })

  it('parsers return a value or undefined for any line, never throw', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        parseByline(text)
        parseDateline(text)
        parseEmailLine(text)
        parseSourceLine(text)
        for (const paragraph of splitParagraphs(text)) expect(paragraph).not.toBe('')
        const slug = slugify(text)
        expect(slug === '' || /^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug)).toBe(true)
      })
    )
  })

  it('parseDate gives ISO 8601 with an offset or a date, or nothing', () => {
    const dates = fc.oneof(
      fc.string(),
      fc.date({min: new Date('1900-01-01'), max: new Date('2100-01-01'), noInvalidDate: true}).map((date) => date.toISOString().slice(0, 16).replace('T', ' ')),
      fc.date({min: new Date('1900-01-01'), max: new Date('2100-01-01'), noInvalidDate: true}).map((date) => date.toUTCString())
    )
    fc.assert(
      fc.property(dates, fc.constantFrom('UTC', 'Asia/Shanghai', 'America/New_York', 'Europe/London'), (value, timeZone) => {
        const parsed = parseDate(value, {timeZone})
        if (parsed) expect(isoDateSchema.safeParse(parsed.value).success).toBe(true)
      })
    )
  })

  it('a naive date-time read in a zone names the same instant as that zone shows', () => {
    fc.assert(
      fc.property(fc.date({min: new Date('1970-01-01'), max: new Date('2060-01-01'), noInvalidDate: true}), (date) => {
        const zone = 'America/New_York'
        const wall = new Intl.DateTimeFormat('sv-SE', {timeZone: zone, dateStyle: 'short', timeStyle: 'medium'}).format(date)
        const parsed = parseDate(wall, {timeZone: zone})
        expect(parsed?.naive).toBe(true)
        const back = new Date(parsed?.value ?? '')
        // Within a DST overlap the earlier reading wins; otherwise the instant is exact.
        expect(Math.abs(back.getTime() - Math.floor(date.getTime() / 1000) * 1000) % 3_600_000).toBe(0)
      })
    )
  })
})

describe('paragraph recovery', () => {
  const word = fc.stringMatching(/^[a-z]{1,12}$/)
  const sentence = fc.array(word, {minLength: 3, maxLength: 20}).map((words) => `${words.join(' ')}.`.replace(/^./, (char) => char.toUpperCase()))
  const paragraph = fc.array(sentence, {minLength: 1, maxLength: 5}).map((sentences) => sentences.join(' '))

  function wrap(text: string, width: number, indent = ''): string[] {
    const lines: string[] = []
    let line = indent
    for (const token of text.split(' ')) {
      if (line.trim() && line.length + 1 + token.length > width) {
        lines.push(line)
        line = token
      } else {
        line = line.trim() ? `${line} ${token}` : line + token
      }
    }
    lines.push(line)
    return lines
  }

  // Known ambiguity: two lines, the first ending a sentence, read the same as two one-line
  // paragraphs (the seed's shape), and are kept apart.
  const ambiguous = (lines: string[]) => lines.length === 2 && /\.$/.test(lines[0] ?? '')

  it('rejoins greedily hard-wrapped paragraphs separated by blank lines', () => {
    fc.assert(
      fc.property(fc.array(paragraph, {minLength: 1, maxLength: 6}), fc.integer({min: 40, max: 100}), (paragraphs, width) => {
        fc.pre(!paragraphs.some((value) => ambiguous(wrap(value, width))))
        const text = paragraphs.map((value) => wrap(value, width).join('\n')).join('\n\n')
        expect(splitParagraphs(text)).toEqual(paragraphs)
      })
    )
  })

  it('rejoins hard-wrapped paragraphs marked by indentation only', () => {
    fc.assert(
      fc.property(fc.array(paragraph, {minLength: 1, maxLength: 6}), fc.integer({min: 40, max: 100}), (paragraphs, width) => {
        const text = paragraphs.map((value) => wrap(value, width, '    ').join('\n')).join('\n')
        expect(splitParagraphs(text)).toEqual(paragraphs)
      }),
      // Found by a long run: one-line paragraphs, every line indented, had been joined as one.
      {examples: [[['A a aaaaaaa.', 'Aa aaaaaaaa a.', 'A a a.'], 40]]}
    )
  })

  it('keeps one long line per paragraph as it is (the seed shape)', () => {
    const long = fc.array(sentence, {minLength: 4, maxLength: 8}).map((sentences) => sentences.join(' ')).filter((value) => value.length > 110)
    fc.assert(
      fc.property(fc.array(long, {minLength: 1, maxLength: 6}), (paragraphs) => {
        expect(splitParagraphs(paragraphs.join('\n'))).toEqual(paragraphs)
      })
    )
  })
})
