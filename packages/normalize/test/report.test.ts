/** `report` makes its messages without capturing a call stack: the same messages as `file.message`, and the caller's stack limit is left as it was. */
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {report} from '../src/report.js'

const place = {start: {line: 2, column: 3, offset: 9}, end: {line: 2, column: 7, offset: 13}}

describe('report', () => {
  it('gives the message file.message gives, fields and key order alike, and restores Error.stackTraceLimit', () => {
    const before = Error.stackTraceLimit
    Error.stackTraceLimit = 7
    try {
      for (const severity of ['info', 'warning', 'error'] as const) {
        const file = new VFile({path: 'a.txt', value: 'one\ntwo three'})
        report(file, severity, 'Changed `x`', place, 'rule')
        expect(Error.stackTraceLimit).toBe(7)
        const expected = new VFile({path: 'a.txt', value: 'one\ntwo three'}).message('Changed `x`', {place, ruleId: 'rule', source: 'copydesk-normalize'})
        expected.fatal = severity === 'error' ? true : severity === 'warning' ? false : undefined
        const [message] = file.messages
        expect(message?.stack).toBe('')
        expect(Reflect.ownKeys(message as object)).toEqual(Reflect.ownKeys(expected))
        expect({...message}).toEqual({...expected})
        expect(JSON.stringify(message)).toBe(JSON.stringify(expected))
      }
    } finally {
      Error.stackTraceLimit = before
    }
  })
})
