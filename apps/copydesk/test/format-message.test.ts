import fc from 'fast-check'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {formatMessage, sortMessages} from '../src/report/format-message.js'
import {fromVFile} from '../src/report/reported-message.js'

describe('formatMessage', () => {
  it('prints vfile messages like vfile-reporter', () => {
    const file = new VFile({path: 'content/a.txt'})
    file.message('Empty file `content/a.txt`: add text or remove it', {place: {line: 3, column: 7}, ruleId: 'empty-file', source: 'copydesk-ingest'})
    file.info('Derived a headline', {ruleId: 'headline', source: 'copydesk-normalize'})
    try {
      file.fail('Binary file', {ruleId: 'binary', source: 'copydesk-ingest'})
    } catch {}
    const lines = fromVFile(file).map(formatMessage)
    expect(lines).toEqual([
      'content/a.txt:3:7  warning  Empty file `content/a.txt`: add text or remove it  copydesk-ingest:empty-file',
      'content/a.txt:1:1  info  Derived a headline  copydesk-normalize:headline',
      'content/a.txt:1:1  error  Binary file  copydesk-ingest:binary'
    ])
  })

  it('keeps any reason on its own block and sorts by file and place', () => {
    fc.assert(
      fc.property(fc.string(), fc.nat(), fc.nat(), (reason, line, column) => {
        const text = formatMessage({file: 'x.txt', line: line + 1, column: column + 1, severity: 'warning', reason, source: 's', ruleId: 'r'})
        expect(text.startsWith(`x.txt:${line + 1}:${column + 1}  warning  `)).toBe(true)
        expect(text.split('\n').slice(1).every((rest) => rest.startsWith('    '))).toBe(true)
      })
    )
    const sorted = sortMessages([
      {file: 'b', line: 1, severity: 'error', reason: 'x'},
      {file: 'a', line: 9, severity: 'error', reason: 'y'},
      {file: 'a', line: 2, severity: 'error', reason: 'z'}
    ])
    expect(sorted.map((message) => message.reason)).toEqual(['z', 'y', 'x'])
  })
})
