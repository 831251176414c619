import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import {extractEntities} from './find-entities.js'
import {loadModel, type Model} from './model.js'

/** Options for `retextEntities`. */
export interface EntitiesOptions {
  /**
   * Model to tag with (from `compileModel`).
   *
   * @default the shipped `models/ner.json`
   */
  model?: Model
}

/**
 * unified plugin for a retext-english tree: finds people, organisations and
 * places in the file's text and stores them, one record per real-world thing
 * with its mentions, canonical name, aliases, role and salience, on
 * `file.data.entities`. Works on `String(file)`.
 *
 * @param options
 *   Configuration (optional).
 * @returns
 *   Transform.
 */
export function retextEntities(options: EntitiesOptions = {}): (tree: Root, file: VFile) => undefined {
  return (_tree, file) => {
    // The shipped model is read on first use, not when the plugin is attached.
    file.data.entities = extractEntities(String(file), options.model ?? loadModel())
    return undefined
  }
}
