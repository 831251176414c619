import {execFileSync} from 'node:child_process'
import {fileURLToPath} from 'node:url'
import {expect, test} from 'vitest'

const script = fileURLToPath(new URL('../scripts/eval.js', import.meta.url))
const fixture = (name: string) => fileURLToPath(new URL(`fixtures/entities/eval/${name}`, import.meta.url))

test('pnpm eval scores a prediction file against gold', () => {
  const output = execFileSync(process.execPath, [script, fixture('gold.jsonl'), '--pred', fixture('pred.jsonl'), '--json'], {encoding: 'utf8'})
  const result = JSON.parse(output)
  expect(result.documents).toBe(2)
  expect(result.entities.PER).toMatchObject({tp: 2, predicted: 2, gold: 3})
  expect(result.entities.LOC).toMatchObject({tp: 0, predicted: 0, gold: 1})
  expect(result.entities.ORG).toMatchObject({tp: 1, predicted: 2, gold: 1})
  expect(result.entities.ALL.f1).toBeCloseTo(6 / 9)
  expect(result.keyphrases).toMatchObject({documents: 1})
  expect(result.keyphrases.f).toBeCloseTo((2 * 0.5 * 1) / 1.5)
  expect(result.quotes.direct).toMatchObject({tp: 1, predicted: 1, gold: 1, speakerAccuracy: 1})
})

test('pnpm eval prints a table and fails on usage errors', () => {
  const output = execFileSync(process.execPath, [script, fixture('gold.jsonl'), '--pred', fixture('pred.jsonl')], {encoding: 'utf8'})
  expect(output).toContain('ALL')
  expect(output).toContain('keyphrases F@10')
  expect(() => execFileSync(process.execPath, [script], {stdio: 'pipe'})).toThrow()
})
