import os from 'node:os'
import {createInterface} from 'node:readline'
import {CopydeskError} from '@copydesk/schema'
import {z} from 'zod'
import {commonFlags, integerFlag, parseCommand} from '../args/parse.js'
import type {Io} from '../io.js'
import {toTagRecord, type TagRecord} from '../pipeline/tag-record.js'
import {createTagger} from '../pipeline/tagger.js'
import {formatMessage} from '../report/format-message.js'
import {commandLogger, exitCodes} from './context.js'
import {helpTexts} from './help.js'

const lineSchema = z.object({
  id: z.union([z.string(), z.number()]),
  text: z.string(),
  date: z.string().optional()
})

/**
 * `copydesk tag --jsonl`: tag JSON Lines from stdin, one output line per input line, in order.
 * A bad line gets an output line with `error` (and empty tags) and the exit code 1.
 *
 * @param args Arguments after `tag`.
 * @param io Streams.
 * @returns Exit code.
 */
export async function tagCommand(args: string[], io: Io): Promise<number> {
  const {values, positionals} = parseCommand('tag', args, {jsonl: {type: 'boolean'}, concurrency: {type: 'string', short: 'j'}})
  const common = commonFlags(values)
  if (common.help) {
    io.stdout.write(`${helpTexts.tag}\n`)
    return exitCodes.ok
  }
  if (values.jsonl !== true) throw new CopydeskError('CONFIG', 'Missing `--jsonl`: `copydesk tag` reads and writes JSON Lines only. See `copydesk tag --help`')
  if (positionals.length > 0) throw new CopydeskError('CONFIG', `Unexpected argument \`${positionals[0]}\`: \`copydesk tag --jsonl\` reads stdin`)
  const logger = commandLogger(io, common)
  const tagger = createTagger(integerFlag('concurrency', values.concurrency) ?? os.availableParallelism())
  const results: Array<Promise<TagRecord>> = []
  let failed = 0
  let lineNumber = 0
  let written = 0
  const flush = async () => {
    while (written < results.length) {
      const record = await (results[written] as Promise<TagRecord>)
      io.stdout.write(`${JSON.stringify(record)}\n`)
      written++
    }
  }
  const lines = createInterface({input: io.stdin, crlfDelay: Number.POSITIVE_INFINITY})
  let flushing: Promise<void> = Promise.resolve()
  for await (const line of lines) {
    lineNumber++
    if (line.trim() === '') continue
    const place = lineNumber
    results.push(
      (async (): Promise<TagRecord> => {
        let id: unknown = null
        try {
          const input = lineSchema.parse(JSON.parse(line))
          id = input.id
          const outcome = await tagger.tag({text: input.text, date: input.date})
          return toTagRecord(input.id, outcome.tags)
        } catch (error) {
          failed++
          const expected = 'expected one JSON object `{"id": string | number, "text": string, "date"?: string}` per line'
          const reason =
            error instanceof z.ZodError
              ? `Unexpected line: ${expected}`
              : error instanceof SyntaxError
                ? `Not JSON (${error.message}): ${expected}`
                : `Cannot tag this line: ${(error as Error).message}`
          io.stderr.write(`${formatMessage({file: '<stdin>', line: place, column: 1, severity: 'error', reason, source: 'copydesk', ruleId: 'tag-jsonl'})}\n`)
          return {id, entities: [], keyphrases: [], quotes: [], error: reason}
        }
      })()
    )
    flushing = flushing.then(flush)
  }
  await flushing.then(flush)
  await tagger.close()
  logger.debug({lines: results.length, failed}, 'tagged')
  return failed > 0 ? exitCodes.failed : exitCodes.ok
}
