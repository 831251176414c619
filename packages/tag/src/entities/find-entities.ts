import type {Entity} from '@copydesk/schema'
import {clusterMentions} from './cluster.js'
import {decode} from './decode.js'
import {loadModel, type Model} from './model.js'
import {refine} from './refine.js'
import type {TypedMention} from './spans.js'
import {tokenRows} from './token-rows.js'
import {type Token, tokenize} from './tokenize.js'

/**
 * Tag a text with the model and the span rules: mentions as the model and
 * rules see them, before grouping into entities.
 *
 * @param text
 *   Any text.
 * @param model
 *   Model (default: the shipped one).
 * @returns
 *   Mentions in text order, never overlapping.
 */
export function tagMentions(text: string, model: Model = loadModel()): TypedMention[] {
  const tokens = tokenize(text)
  const {rows, words, marks, prefixes} = tokenRows(tokens, model)
  // Whether a line feed comes between a token and the one before it.
  const breaks = new Array<boolean>(tokens.length)
  for (let index = 0; index < tokens.length; index++) {
    let found = false
    if (index > 0) {
      const end = (tokens[index] as Token).start
      for (let at = (tokens[index - 1] as Token).end; at < end; at++) {
        if (text.charCodeAt(at) === 10) {
          found = true
          break
        }
      }
    }
    breaks[index] = found
  }
  const labels = decode(model, rows, words, breaks, prefixes)
  return refine(text, tokens, labels, model.gazetteer, marks)
}

/**
 * Find the people, organisations and places a text names, one record per
 * real-world thing with all its mentions.
 *
 * @param text
 *   Any text (best one article at a time).
 * @param model
 *   Model (default: the shipped `models/ner.json`, read once per process).
 * @returns
 *   Entities ordered by first mention.
 */
export function extractEntities(text: string, model: Model = loadModel()): Entity[] {
  return clusterMentions(text, tagMentions(text, model))
}

/**
 * Find every mention of a person (`PER`), organisation (`ORG`) or place
 * (`LOC`) in a text, with offsets (JavaScript string indices) and the type of
 * the entity it belongs to. Spans cover the proper-name words only (`Anhui
 * province` -> `Anhui`, `Japan's` -> `Japan`); demonyms (`Chinese`) are no
 * entities. This is the `entities` list of `copydesk tag --jsonl`.
 *
 * @param text
 *   Any text (best one article at a time).
 * @param model
 *   Model (default: the shipped `models/ner.json`, read once per process).
 * @returns
 *   Mentions in text order, never overlapping.
 */
export function findEntities(text: string, model: Model = loadModel()): TypedMention[] {
  return entityMentions(extractEntities(text, model))
}

/**
 * Flatten entities to their mentions, each with its entity's type.
 *
 * @param entities
 *   Entities.
 * @returns
 *   Mentions in text order.
 */
export function entityMentions(entities: readonly Entity[]): TypedMention[] {
  return entities
    .flatMap((e) => e.mentions.map((m) => ({start: m.start, end: m.end, type: e.type, text: m.text})))
    .sort((a, b) => a.start - b.start)
}
