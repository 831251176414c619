import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {decode, readText} from '../src/index.js'

const sample = 'Café “Zürich” — naïve résumé'

function utf16(text: string, endian: 'le' | 'be'): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2)
  bytes.set(endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff])
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    const [high, low] = [code >> 8, code & 0xff]
    bytes.set(endian === 'le' ? [low, high] : [high, low], 2 + index * 2)
  }
  return bytes
}

describe('decode', () => {
  it('decodes UTF-8 without and with a BOM (removing it)', () => {
    expect(decode(Buffer.from(sample))).toEqual({text: sample, encoding: 'utf-8', messages: []})
    expect(decode(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(sample)]))).toEqual({text: sample, encoding: 'utf-8', messages: []})
  })

  it('decodes UTF-16 LE and BE with a BOM', () => {
    expect(decode(utf16(sample, 'le'))).toMatchObject({text: sample, encoding: 'utf-16le'})
    expect(decode(utf16(sample, 'be'))).toMatchObject({text: sample, encoding: 'utf-16be'})
  })

  it('guesses UTF-16 LE without a BOM and says so', () => {
    const result = decode(utf16('Plain ASCII wire copy, no BOM at all.', 'le').subarray(2))
    expect(result.text).toBe('Plain ASCII wire copy, no BOM at all.')
    expect(result.messages.map((message) => message.ruleId)).toEqual(['encoding-guessed'])
  })

  it('falls back to Windows-1252 for legacy single-byte text', () => {
    // "Café “quoted” – 5€" in Windows-1252
    const bytes = Uint8Array.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x93, 0x71, 0x75, 0x6f, 0x74, 0x65, 0x64, 0x94, 0x20, 0x96, 0x20, 0x35, 0x80])
    const result = decode(bytes)
    expect(result.text).toBe('Café “quoted” – 5€')
    expect(result.encoding).toBe('windows-1252')
    expect(result.messages[0]?.reason).toMatch(/decoded as `windows-1252`/)
  })

  it('decodes ISO-8859-1 declared in an XML declaration', () => {
    const bytes = Buffer.concat([Buffer.from('<?xml version="1.0" encoding="ISO-8859-1"?><rss><t>'), Buffer.from([0x4d, 0xfc, 0x6e, 0x63, 0x68, 0x65, 0x6e]), Buffer.from('</t></rss>')])
    const result = decode(bytes)
    expect(result.text).toContain('<t>München</t>')
    expect(result.encoding).toBe('windows-1252')
    expect(result.messages).toEqual([])
  })

  it('decodes UTF-8 that wrongly declares ISO-8859-1 as UTF-8, with a warning', () => {
    const result = decode(Buffer.from('<html><head><meta charset="iso-8859-1"></head><body>München</body></html>'))
    expect(result.text).toContain('München')
    expect(result.messages).toMatchObject([{ruleId: 'encoding-mismatch', fatal: false}])
  })

  it('uses an explicit encoding over sniffing', () => {
    expect(decode(Uint8Array.from([0x82, 0xa0]), {encoding: 'shift_jis'}).text).toBe('あ')
  })

  it('keeps mostly-UTF-8 text as UTF-8 and points at the bad byte', () => {
    const bytes = Buffer.concat([Buffer.from('Zürich, São Paulo and '), Buffer.from([0xff]), Buffer.from(' Málaga')])
    const result = decode(bytes)
    expect(result.encoding).toBe('utf-8')
    expect(result.text).toBe('Zürich, São Paulo and \uFFFD Málaga')
    expect(result.messages).toMatchObject([{ruleId: 'encoding-invalid', fatal: false, offset: 22}])
  })

  it('refuses binary files', () => {
    expect(decode(Uint8Array.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37]))).toMatchObject({text: '', encoding: 'binary', messages: [{ruleId: 'binary', fatal: true}]})
    expect(decode(Uint8Array.from([0x41, 0x00, 0x00, 0x00, 0x42, 0x00, 0x01]))).toMatchObject({encoding: 'binary'})
  })

  it('never throws and always returns well-formed text (property)', () => {
    fc.assert(
      fc.property(fc.uint8Array({maxLength: 2048}), (bytes) => {
        const result = decode(bytes)
        expect(Buffer.from(result.text).toString()).toBe(result.text)
        expect(result.text.includes('\uFEFF') && result.text.indexOf('\uFEFF') === 0).toBe(false)
        if (result.encoding === 'binary') expect(result.messages.some((message) => message.fatal)).toBe(true)
      }),
      {numRuns: 500}
    )
  })
})

describe('readText: bytes in, article or positioned messages out', () => {
  it('removes control characters with a positioned warning', () => {
    const {file, articles} = readText('LONDON (Reuters) -\nMarkets\u0007 rose.\fPage two.')
    expect(articles[0]?.text).toBe('LONDON (Reuters) -\nMarkets rose.\nPage two.')
    expect(file.messages).toHaveLength(1)
    expect(file.messages[0]).toMatchObject({ruleId: 'control-character', line: 2, column: 8, fatal: false})
  })

  it('reports a binary file as an error with no article', () => {
    const {file, articles} = readText(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]), {path: 'photo.txt'})
    expect(articles).toEqual([])
    expect(file.messages[0]?.reason).toMatch(/^Cannot read a PNG file as text/)
  })

  it('yields an article or a fatal message for any bytes (property)', () => {
    fc.assert(
      fc.property(fc.uint8Array({maxLength: 1024}), (bytes) => {
        const {file, articles} = readText(bytes, {path: 'x.txt'})
        const fatal = file.messages.some((message) => message.fatal)
        expect(articles.length === 1 || fatal).toBe(true)
        for (const article of articles) {
          expect(Buffer.from(article.text).toString()).toBe(article.text)
          // biome-ignore lint/suspicious/noControlCharactersInRegex: checking they are gone
          expect(article.text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\r]/)
        }
        for (const message of file.messages) expect(message.source).toBe('copydesk-ingest')
      }),
      {numRuns: 500}
    )
  })
})
