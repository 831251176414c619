import {describe, expect, it} from 'vitest'
import {
  applyQuotePolicy,
  articleId,
  buildAuthors,
  cleanText,
  deriveHeadline,
  detectLanguage,
  isAffiliation,
  parseByline,
  parseDate,
  parseDateline,
  parseEmailLine,
  parseSourceLine,
  parseTrailer,
  publisherTimeZone,
  resolveOptions,
  slugify,
  splitParagraphs
} from '../src/index.js'

describe('parseSourceLine', () => {
  it('reads publisher, date and page', () => {
    expect(parseSourceLine('(China Daily 03/20/2012 page11)')).toEqual({publisher: 'China Daily', dateText: '03/20/2012', dateParts: [3, 20, 2012], page: 11})
    expect(parseSourceLine('(China Daily USA 03/20/2012 page 2)')).toMatchObject({publisher: 'China Daily USA', page: 2})
    expect(parseSourceLine('(Source: Xinhua)')).toEqual({publisher: 'Xinhua'})
  })
  it('leaves story text alone', () => {
    expect(parseSourceLine('(He left on 03/20/2012.)')).toBeUndefined()
    expect(parseSourceLine('The source said so.')).toBeUndefined()
  })
})

describe('parseEmailLine', () => {
  it('reads lines of addresses only', () => {
    expect(parseEmailLine('chengguangjin@chinadaily.com.cn')).toEqual(['chengguangjin@chinadaily.com.cn'])
    expect(parseEmailLine('Contact the writer at <Jane.Doe@Example.com> and bob@example.org')).toEqual(['jane.doe@example.com', 'bob@example.org'])
    expect(parseEmailLine('Write to jane@example.com if you saw the crash')).toBeUndefined()
  })
})

describe('parseByline', () => {
  it('reads the usual shapes', () => {
    expect(parseByline('By Jane Doe')).toEqual({names: ['Jane Doe']})
    expect(parseByline('By JANE DOE and JOHN ROE, Associated Press')).toEqual({names: ['Jane Doe', 'John Roe'], rest: 'Associated Press'})
    expect(parseByline('By Cheng Guangjin in Tokyo')).toEqual({names: ['Cheng Guangjin']})
    expect(parseByline('By Jane Doe | Reuters')).toEqual({names: ['Jane Doe'], rest: 'Reuters'})
    expect(parseByline('(Reporting by Jane Doe; Editing by John Roe)')).toEqual({names: ['Jane Doe']})
    expect(parseByline('By JOHN ROE AP Business Writer')).toEqual({names: ['John Roe'], rest: 'AP Business Writer'})
  })
  it('tells affiliation lines', () => {
    expect(isAffiliation('AP Business Writer')).toBe(true)
    expect(isAffiliation('Associated Press')).toBe(true)
    expect(isAffiliation('Stocks fell sharply in the press.')).toBe(false)
  })
  it('does not take sentences', () => {
    expect(parseByline('By the end of the year, prices had doubled.')).toBeUndefined()
    expect(parseByline('By Monday the river had crested')).toBeUndefined()
    expect(parseByline('By Friday, the council will vote on the budget.')).toBeUndefined()
    expect(parseByline('By March, prices had doubled.')).toBeUndefined()
    expect(parseByline('By Sunday night, officials said, the roads were open.')).toBeUndefined()
    expect(parseByline('By Tuesday, Jane Doe had resigned.')).toBeUndefined()
  })
  it('keeps names that share words with dates, and roles after a comma', () => {
    expect(parseByline('By April Smith')).toEqual({names: ['April Smith']})
    expect(parseByline('By May Chen and June Park')).toEqual({names: ['May Chen', 'June Park']})
    expect(parseByline('By Jane Doe, staff writer')).toEqual({names: ['Jane Doe'], rest: 'staff writer'})
    expect(parseByline('By Jane Doe, special to The Times')).toEqual({names: ['Jane Doe'], rest: 'special to The Times'})
  })
})

describe('parseDateline', () => {
  it.each([
    ['BEIJING, March 5 (Xinhua) -- China set a target.', {place: 'Beijing', date: 'March 5', agency: 'Xinhua', text: 'BEIJING, March 5 (Xinhua)'}],
    ['WASHINGTON (AP) \u2014 The Senate voted.', {place: 'Washington', agency: 'AP', text: 'WASHINGTON (AP)'}],
    ['LONDON (Reuters) - Factories shrank.', {place: 'London', agency: 'Reuters', text: 'LONDON (Reuters)'}],
    ['SPRINGFIELD, Ill. (AP) \u2014 A fire broke out.', {place: 'Springfield, Ill.', agency: 'AP', text: 'SPRINGFIELD, Ill. (AP)'}],
    ['NEW YORK, March 5 (Reuters) - Stocks fell.', {place: 'New York', date: 'March 5', agency: 'Reuters', text: 'NEW YORK, March 5 (Reuters)'}],
    ['TOKYO, March 5 \u2014 Officials met.', {place: 'Tokyo', date: 'March 5', text: 'TOKYO, March 5'}],
    ['BEIJING -- Officials met.', {place: 'Beijing', text: 'BEIJING'}]
  ])('%s', (paragraph, expected) => {
    expect(parseDateline(paragraph)).toMatchObject(expected)
  })
  it('needs a place in capitals and text after it', () => {
    expect(parseDateline('Beijing - officials met.')).toBeUndefined()
    expect(parseDateline('WASHINGTON (AP) \u2014')).toBeUndefined()
  })
})

describe('parseTrailer', () => {
  it('classifies copyright and boilerplate', () => {
    expect(parseTrailer('Copyright 2012 The Associated Press. All rights reserved.')).toBe('copyright')
    expect(parseTrailer('\u00A9 2012 Thomson Reuters')).toBe('copyright')
    expect(parseTrailer('Enditem')).toBe('boilerplate')
    expect(parseTrailer('Editor: Mu Xuequan')).toBe('boilerplate')
    expect(parseTrailer('The copyright dispute went to court.')).toBeUndefined()
  })
})

describe('parseDate', () => {
  it('keeps dates as dates and offsets as given', () => {
    expect(parseDate('2012-03-20')).toEqual({value: '2012-03-20', dateOnly: true, naive: false, ambiguous: false})
    expect(parseDate('2012-03-20T08:30:00Z')?.value).toBe('2012-03-20T08:30:00Z')
    expect(parseDate('2012-03-20T08:30:00+0800')?.value).toBe('2012-03-20T08:30:00+08:00')
    expect(parseDate('Tue, 20 Mar 2012 08:30:00 GMT')?.value).toBe('2012-03-20T08:30:00+00:00')
    expect(parseDate('March 20, 2012')?.value).toBe('2012-03-20')
    expect(parseDate('20 March 2012')?.value).toBe('2012-03-20')
    expect(parseDate('March 20, 2012 4:15 p.m. EDT')?.value).toBe('2012-03-20T16:15:00-04:00')
  })
  it('gives a naive date-time the zone, daylight saving included', () => {
    expect(parseDate('2012-03-20 08:30', {timeZone: 'Asia/Shanghai'})).toEqual({value: '2012-03-20T08:30:00+08:00', dateOnly: false, naive: true, ambiguous: false})
    expect(parseDate('2012-07-01 12:00', {timeZone: 'America/New_York'})?.value).toBe('2012-07-01T12:00:00-04:00')
    expect(parseDate('2012-01-01 12:00', {timeZone: 'America/New_York'})?.value).toBe('2012-01-01T12:00:00-05:00')
    expect(parseDate('2012-03-20 08:30')?.value).toBe('2012-03-20T08:30:00+00:00')
  })
  it('reads numeric dates by the source convention and flags ambiguous ones', () => {
    expect(parseDate('03/20/2012')).toMatchObject({value: '2012-03-20', ambiguous: false})
    expect(parseDate('20/03/2012')).toMatchObject({value: '2012-03-20', ambiguous: false})
    expect(parseDate('03/04/2012')).toMatchObject({value: '2012-03-04', ambiguous: true})
    expect(parseDate('03/04/2012', {dateOrder: 'dmy'})).toMatchObject({value: '2012-04-03', ambiguous: true})
  })
  it('rejects what is not a real date', () => {
    for (const value of ['2012-02-30', 'yesterday', '2012', '13/13/2012', '2012-03-20 25:00', '']) expect(parseDate(value)).toBeUndefined()
  })
})

describe('deriveHeadline', () => {
  it('takes the main clause without the attribution', () => {
    expect(deriveHeadline('Prices rose sharply in March, the statistics bureau said on Friday. More text.')).toBe('Prices rose sharply in March')
    expect(deriveHeadline('Officials said on Monday that the dam would be finished in 2014.')).toBe('The dam would be finished in 2014')
    expect(deriveHeadline('Is the economy slowing down?')).toBe('Is the economy slowing down?')
    expect(deriveHeadline('The company, which said in March it would cut jobs, hired 200 people.')).toBe('The company, which said in March it would cut jobs, hired 200 people')
  })
  it('cuts long sentences at a word boundary', () => {
    const title = deriveHeadline(`${'word '.repeat(60)}end.`)
    expect(title?.endsWith('\u2026')).toBe(true)
    expect(title?.length).toBeLessThanOrEqual(141)
  })
})

describe('cleanText', () => {
  it('cleans and reports each kind of change', () => {
    const result = cleanText('Cafe\u0301\u200b  caf&eacute;\u00ad \u0093ok\u0094\u0007')
    expect(result.value).toBe('Caf\u00e9 caf\u00e9 "ok"')
    expect(result.changes.map((change) => change.ruleId).sort()).toEqual(['control-character', 'control-character', 'html-entity', 'invisible-character', 'quotes', 'soft-hyphen', 'unicode-nfc', 'whitespace'])
  })
  it('applies the quote policy', () => {
    expect(applyQuotePolicy(`"It's the '90s," he said -- 'really'.`, 'typographic')).toBe('\u201CIt\u2019s the \u201990s,\u201D he said \u2014 \u2018really\u2019.')
    expect(applyQuotePolicy('\u201CIt\u2019s\u201D', 'straight')).toBe(`"It's"`)
    expect(applyQuotePolicy('\u201CIt\u2019s\u201D', 'preserve')).toBe('\u201CIt\u2019s\u201D')
  })
})

describe('splitParagraphs', () => {
  it('keeps one-line paragraphs and rejoins hard-wrapped ones', () => {
    expect(splitParagraphs('First paragraph is one line.\nSecond one is another line.')).toEqual(['First paragraph is one line.', 'Second one is another line.'])
    expect(splitParagraphs('The mayor said the roads would\nstay closed for several more\ndays.\n\nNext.')).toEqual(['The mayor said the roads would stay closed for several more days.', 'Next.'])
  })
  it('mends hyphenation by what the text says', () => {
    expect(splitParagraphs('This was a post-\ndisaster effort in the area\nof a well-known post-disaster zone.')).toEqual(['This was a post-disaster effort in the area of a well-known post-disaster zone.'])
    expect(splitParagraphs('The inter-\nnational team and the international\nmedia were all there in the city.')).toEqual(['The international team and the international media were all there in the city.'])
  })
})

describe('identity', () => {
  it('slugifies to readable ASCII', () => {
    expect(slugify("Zürich's café: 5 things — ÆSIR Straße")).toBe('zurichs-cafe-5-things-aesir-strasse')
    expect(slugify('\u4E2D\u6587')).toBe('')
    expect(slugify('a '.repeat(100)).length).toBeLessThanOrEqual(80)
  })
  it('derives ids from publisher, date and opening words only', () => {
    const base = {publisher: 'China Daily', date: '2012-03-20', text: 'Regional cooperation between China and Japan.'}
    const id = articleId(base)
    expect(id).toMatch(/^cd-[0-9a-f]{16}$/)
    expect(articleId({...base, text: '\u201CRegional\u201D  cooperation between China and Japan!'})).toBe(id)
    expect(articleId({...base, date: '2012-03-21'})).not.toBe(id)
    expect(articleId({...base, id: ' urn:x:1 '})).toBe('urn:x:1')
  })
  it('cleans a given id as the feeds write it: no control characters, one line, single spaces', () => {
    const base = {publisher: 'China Daily', date: '2012-03-20', text: 'Regional cooperation between China and Japan.'}
    expect(articleId({...base, id: 'a  b\t\nc\u0000d\u007f\uFFFE\uD800e'})).toBe('a b cde')
    // Nothing left: derived from the story instead, as with no id.
    expect(articleId({...base, id: '\u0000 \u0001'})).toBe(articleId(base))
  })
  it('pairs e-mail addresses with the names they spell', () => {
    expect(buildAuthors([], ['Cheng Guangjin', 'Jane Doe'], ['chengguangjin@chinadaily.com.cn', 'jdoe@example.com', 'desk@example.com'])).toEqual([
      {name: 'Cheng Guangjin', email: 'chengguangjin@chinadaily.com.cn'},
      {name: 'Jane Doe', email: 'jdoe@example.com'},
      {email: 'desk@example.com'}
    ])
  })
})

describe('zones, language and options', () => {
  it('finds publisher zones, options first', () => {
    expect(publisherTimeZone('China Daily')).toBe('Asia/Shanghai')
    expect(publisherTimeZone('china daily', {'China Daily': 'Asia/Hong_Kong'})).toBe('Asia/Hong_Kong')
    expect(publisherTimeZone('Reuters')).toBeUndefined()
  })
  it('detects languages as ISO 639-1', () => {
    expect(detectLanguage('The quick brown fox jumps over the lazy dog near the river bank today.').language).toBe('en')
    expect(detectLanguage('Le gouvernement a annoncé lundi un nouveau plan pour les écoles de la région.').language).toBe('fr')
    expect(detectLanguage('ok').language).toBe('und')
  })
  it('rejects bad options naming every problem', () => {
    expect(() => resolveOptions({timeZone: 'Mars/Olympus', quotes: 'curly' as never})).toThrowError(/`timeZone` is `Mars\/Olympus`.*`quotes` is `curly`/)
  })
})
