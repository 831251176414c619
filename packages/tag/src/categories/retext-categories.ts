import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import {type CategorizeOptions, categorize} from './categorize.js'

/**
 * Derive feed categories from `file.data.entities` and
 * `file.data.keyphrases`; run it after the entity and keyphrase plugins.
 *
 * Sets `file.data.categories`.
 *
 * @param options
 *   Configuration (optional).
 * @returns
 *   Transform.
 */
export function retextCategories(options: CategorizeOptions = {}): (tree: Root, file: VFile) => undefined {
  return (_tree, file) => {
    file.data.categories = categorize(file.data.entities ?? [], file.data.keyphrases ?? [], options)
    return undefined
  }
}
