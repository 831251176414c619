import type {Nodes} from 'hast'
import {toText} from 'hast-util-to-text'
import {collapseWhitespace} from '../util/collapse-whitespace.js'

/**
 * Reduce a hast tree to plain-text paragraphs: the text as a browser renders it
 * (`innerText`: scripts, styles and hidden elements left out), one paragraph per block or
 * line break, whitespace collapsed, empty lines dropped.
 *
 * @param tree hast node.
 * @returns Paragraphs.
 */
export function hastToParagraphs(tree: Nodes): string[] {
  return toText(tree)
    .split('\n')
    .map((line) => collapseWhitespace(line).trim())
    .filter((line) => line !== '')
}
