import {PassThrough} from 'node:stream'
import type {Tags} from '@copydesk/schema'
import {describe, expect, it} from 'vitest'
import {toTagRecord} from '../src/pipeline/tag-record.js'
import {createLogger} from '../src/report/logger.js'
import {createProgress, formatSeconds} from '../src/report/progress.js'

function collect() {
  const stream = new PassThrough()
  let text = ''
  stream.setEncoding('utf8').on('data', (chunk: string) => {
    text += chunk
  })
  return {stream, text: () => text}
}

describe('createProgress', () => {
  it('draws a bar with counts, rate and time left on a terminal', () => {
    const out = collect()
    let clock = 0
    const progress = createProgress({stream: out.stream, logger: createLogger({stream: out.stream}), bar: true, now: () => clock})
    clock = 1000
    progress.update(10, 40)
    expect(out.text()).toContain('10/40 articles  10.0/s  3s left')
    progress.done()
    expect(out.text().endsWith('\r\u001B[2K')).toBe(true)
  })

  it('logs a line every interval without a terminal, and nothing when silent', () => {
    const out = collect()
    let clock = 0
    const logger = createLogger({stream: out.stream, format: 'json'})
    const progress = createProgress({stream: out.stream, logger, bar: false, interval: 5, now: () => clock})
    clock = 1000
    progress.update(1, 10)
    expect(out.text()).toBe('')
    clock = 6000
    progress.update(6, 10)
    const record = JSON.parse(out.text().trim())
    expect(record).toMatchObject({msg: '6/10 articles', done: 6, total: 10, rate: 1, secondsLeft: 4})
    const quiet = collect()
    const silent = createProgress({stream: quiet.stream, logger, bar: true, silent: true, now: () => clock})
    silent.update(1, 2)
    expect(quiet.text()).toBe('')
  })

  it('formats durations for people', () => {
    expect(formatSeconds(4.4)).toBe('4s')
    expect(formatSeconds(125)).toBe('2m 05s')
  })
})

describe('createLogger', () => {
  it('writes JSON or readable lines, and honours --quiet', () => {
    const json = collect()
    createLogger({stream: json.stream, format: 'json'}).info({count: 2}, 'hello')
    expect(JSON.parse(json.text())).toMatchObject({level: 30, msg: 'hello', count: 2, name: 'copydesk'})
    const pretty = collect()
    const logger = createLogger({stream: pretty.stream, quiet: true})
    logger.info('hidden')
    logger.warn('shown')
    expect(pretty.text()).not.toContain('hidden')
    expect(pretty.text()).toMatch(/WARN.*shown/)
  })
})

describe('toTagRecord', () => {
  it('lists every mention of every entity by offset and keyphrases as strings', () => {
    const tags: Tags = {
      entities: [
        {id: 'per-li', type: 'PER', name: 'Li Xiaolin', aliases: ['Li'], mentions: [{start: 0, end: 10, text: 'Li Xiaolin'}, {start: 40, end: 42, text: 'Li'}], salience: 1},
        {id: 'loc-tokyo', type: 'LOC', name: 'Tokyo', aliases: [], mentions: [{start: 20, end: 25, text: 'Tokyo'}], salience: 0.5}
      ],
      keyphrases: [{phrase: 'regional cooperation', stem: 'region cooper', score: 1, mentions: []}],
      quotes: [{start: 50, end: 60, kind: 'direct', text: 'x', speaker: 'Li Xiaolin', speakerStart: 40, speakerEnd: 42, confidence: 0.9}],
      dates: [],
      numbers: [],
      summary: '',
      categories: [],
      wordCount: 10,
      readingTime: 1
    }
    expect(toTagRecord('a', tags)).toEqual({
      id: 'a',
      entities: [
        {start: 0, end: 10, type: 'PER', text: 'Li Xiaolin'},
        {start: 20, end: 25, type: 'LOC', text: 'Tokyo'},
        {start: 40, end: 42, type: 'PER', text: 'Li'}
      ],
      keyphrases: ['regional cooperation'],
      quotes: [{start: 50, end: 60, kind: 'direct', speaker: 'Li Xiaolin', speakerStart: 40, speakerEnd: 42}]
    })
  })
})
