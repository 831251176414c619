import {tag} from '@copydesk/tag'
import type {Tags} from '@copydesk/schema'
import {fromVFile, type ReportedMessage} from '../report/reported-message.js'

/** One text to tag. */
export interface TagJob {
  text: string
  /** Reference date for relative dates (the edition date, else the publication date). */
  date?: string | undefined
  /** ISO 639-1 language of the text. */
  language?: string | undefined
}

/** The tagger's answer, as plain data. */
export interface TagOutcome {
  tags: Tags
  messages: Array<Omit<ReportedMessage, 'file'>>
}

/**
 * Tag one text with `@copydesk/tag` and flatten its messages. Runs on the main thread and
 * inside the workers alike, so both give the same bytes.
 *
 * @param job The text and its date and language.
 * @returns Tags and messages.
 */
export async function runTag(job: TagJob): Promise<TagOutcome> {
  const options: {date?: string; language?: string} = {}
  if (job.date) options.date = job.date
  if (job.language) options.language = job.language
  const {tags, file} = await tag(job.text, options)
  const messages = fromVFile(file, '').map(({file: _file, ...rest}) => rest)
  return {tags, messages}
}
