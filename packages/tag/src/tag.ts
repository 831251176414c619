import type {Tags} from '@copydesk/schema'
import {VFile} from 'vfile'
import {copydesk} from './preset.js'

/** Options for `tag`. */
export interface TagOptions {
  /**
   * Reference date (ISO 8601, e.g. the article's edition date `2012-03-20`)
   * used to resolve relative dates such as `on Monday`.
   */
  date?: string
  /**
   * Language of the text (BCP 47). Only English is supported; other values
   * are tagged as English with a warning on the file.
   *
   * @default 'en'
   */
  language?: string
}

const isoDate = /^\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/

/**
 * Tag an article body with the `copydesk` preset.
 *
 * @param text
 *   Article body, paragraphs separated by blank lines (single line breaks
 *   also work).
 * @param options
 *   Configuration (optional).
 * @returns
 *   The tags (offsets into `text`) and the file, whose `messages` hold
 *   any problems found.
 */
export async function tag(text: string, options: TagOptions = {}): Promise<{tags: Tags; file: VFile}> {
  const file = new VFile({value: text})
  if (options.date !== undefined) {
    if (isoDate.test(options.date) && !Number.isNaN(Date.parse(options.date.slice(0, 10)))) {
      file.data.referenceDate = options.date.slice(0, 10)
    } else {
      const message = file.message(
        `Unexpected reference date \`${options.date}\`: expected an ISO 8601 date such as \`2012-03-20\`; relative dates are left unresolved`,
        {ruleId: 'reference-date', source: 'copydesk-tag'}
      )
      message.fatal = false
    }
  }
  if (options.language !== undefined && !/^en(?:-|$)/i.test(options.language)) {
    file.message(`Unsupported language \`${options.language}\`: only English (\`en\`) is supported; tagged as English`, {
      ruleId: 'language',
      source: 'copydesk-tag'
    })
  }
  const tree = copydesk.parse(file)
  await copydesk.run(tree, file)
  const data = file.data
  const wordCount = data.wordCount ?? 0
  const tags: Tags = {
    entities: data.entities ?? [],
    keyphrases: data.keyphrases ?? [],
    quotes: data.quotes ?? [],
    dates: data.dates ?? [],
    numbers: data.numbers ?? [],
    summary: data.summary ?? '',
    categories: data.categories ?? [],
    wordCount,
    readingTime: data.readingTime ?? 0
  }
  return {tags, file}
}
