import type {Root} from 'hast'
import {fromParse5} from 'hast-util-from-parse5'
import {parse, parseFragment} from 'parse5'

/**
 * Parse HTML into a hast tree as browsers do: the tree `hast-util-from-html` builds, with
 * the same parser settings, but without source positions. Nothing here reads positions,
 * and recording them (one object copy per text run) is most of the parser's time.
 *
 * @param html HTML page or fragment.
 * @param fragment Whether `html` is a fragment (no `<html>`, `<head>`, `<body>` added).
 * @returns The tree.
 */
export function parseHtml(html: string, fragment = false): Root {
  const options = {scriptingEnabled: false}
  return fromParse5(fragment ? parseFragment(html, options) : parse(html, options)) as Root
}
