import {expect, test} from 'vitest'
import * as api from '../src/index.js'

test('public API', () => {
  expect(Object.keys(api).sort()).toMatchSnapshot()
})
