import {existsSync, readFileSync, writeFileSync} from 'node:fs'
import {describe, expect, test} from 'vitest'
import {renderArticle, renderFeed} from '../src/index.js'
import {fixtureNames, fixturesRoot, loadFixture, options} from './helpers/fixtures.js'

/** Compare with `fixtures/<case>/<file>`; `UPDATE=1` rewrites the expectation. */
function expectFile(name: string, file: string, actual: string): void {
  const url = new URL(`${name}/${file}`, fixturesRoot)
  if (process.env.UPDATE || !existsSync(url)) writeFileSync(url, actual)
  expect(actual).toBe(readFileSync(url, 'utf8'))
}

describe.each(fixtureNames)('fixture %s', (name) => {
  const article = loadFixture(name)
  // One-item feeds, future articles included so every fixture has one.
  const feedOptions = {...options, includeFuture: true}

  test('json', () => expectFile(name, 'expected.json', renderArticle(article, 'json', options)))
  test('markdown', () => expectFile(name, 'expected.md', renderArticle(article, 'markdown', options)))
  test('rss', () => expectFile(name, 'expected.rss.xml', renderFeed([article], 'rss', feedOptions)))
  test('atom', () => expectFile(name, 'expected.atom.xml', renderFeed([article], 'atom', feedOptions)))
  test('json feed', () => expectFile(name, 'expected.feed.json', renderFeed([article], 'jsonfeed', feedOptions)))
})
