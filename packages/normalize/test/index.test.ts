import {describe, expect, it} from 'vitest'
import * as api from '../src/index.js'

describe('@copydesk/normalize', () => {
  it('pins the public API', () => {
    expect(Object.keys(api).sort()).toMatchSnapshot()
  })
})
