import type {VFile} from 'vfile'
import type {BodyLine} from './clean-lines.js'
import {positionIn} from './lines.js'
import {report} from './report.js'
import {groupParagraphs, joinLines} from './split-paragraphs.js'

/** A paragraph of the body and the lines it came from. */
export interface Paragraph {
  text: string
  lines: BodyLine[]
}

/**
 * Group the remaining lines into paragraphs, rejoin hard-wrapped lines and mend words
 * hyphenated across line breaks, reporting each rejoined paragraph block and each
 * hyphen decision (a warning when nothing in the text confirmed it).
 *
 * @param lines The clean lines, extracted ones blanked.
 * @param file File to report on.
 * @returns The paragraphs.
 */
export function buildParagraphs(lines: BodyLine[], file: VFile): Paragraph[] {
  const context = lines.map((line) => line.text).join(' ')
  const groups = groupParagraphs(lines)
  let rejoined = 0
  let firstJoined: BodyLine | undefined
  const paragraphs = groups.map((group) => {
    const {text, mends} = joinLines(
      group.map((line) => line.text),
      context
    )
    if (group.length > 1) {
      rejoined++
      firstJoined ??= group[0]
    }
    for (const mend of mends) {
      const line = group[mend.line]
      if (!line) continue
      const end = line.raw.trimEnd().length
      const place = positionIn(line.line, Math.max(0, end - mend.left.length - 1), end)
      const result = mend.kept ? `${mend.left}-${mend.right}` : `${mend.left}${mend.right}`
      const reason = mend.confirmed
        ? `Joined \`${mend.left}-\` and \`${mend.right}\` across a line break as \`${result}\`, as elsewhere in the text`
        : `Joined \`${mend.left}-\` and \`${mend.right}\` across a line break as \`${result}\`; nothing in the text confirms it: check the spelling`
      report(file, mend.confirmed ? 'info' : 'warning', reason, place, 'hyphenation')
    }
    return {text, lines: group}
  })
  if (firstJoined) {
    report(file, 'info', `Rejoined ${rejoined} hard-wrapped paragraph${rejoined === 1 ? '' : 's'}, first at \`${firstJoined.text.slice(0, 30)}\``, positionIn(firstJoined.line), 'hard-wrap')
  }
  return paragraphs
}

