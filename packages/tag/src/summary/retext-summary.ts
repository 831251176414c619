import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import {sentences} from '../text/sentences.js'
import {type SummaryOptions, summarize} from './summarize.js'

/**
 * Write an extractive summary of 1 to 3 sentences, using the keyphrases
 * from `retextKeyphrases` when it ran before.
 *
 * Sets `file.data.summary`.
 *
 * @param options
 *   Configuration (optional).
 * @returns
 *   Transform.
 */
export function retextSummary(options: SummaryOptions = {}): (tree: Root, file: VFile) => undefined {
  return (tree, file) => {
    const text = String(file)
    file.data.summary = summarize(text, sentences(tree, text), file.data.keyphrases ?? [], options)
    return undefined
  }
}
