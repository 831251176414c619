import type {Article, RawArticle} from '@copydesk/schema'
import type {VFile} from 'vfile'
import {type Duplicate, findDuplicates} from './find-duplicates.js'
import {normalize} from './normalize.js'
import type {NormalizeOptions} from './options.js'
import {report} from './report.js'
import {maxSlugLength} from './slugify.js'

const start = {start: {line: 1, column: 1, offset: 0}, end: {line: 1, column: 1, offset: 0}}

/**
 * Normalize a whole run: every raw article (see `normalize`), then exact and near
 * duplicates dropped (the first is kept; a message on each file names the other), then
 * slugs made unique (a repeat gets `-2`, `-3`... and a message).
 *
 * @param raws The raw articles, in order.
 * @param options Options for every article.
 * @returns The kept articles, in input order, and one file per raw article (same order as `raws`).
 * @throws {CopydeskError} `CONFIG` when the options are invalid.
 */
export function normalizeAll(raws: readonly RawArticle[], options: NormalizeOptions = {}): {articles: Article[]; files: VFile[]} {
  const results = raws.map((raw) => normalize(raw, options))
  const files = results.map((result) => result.file)
  const present = results.flatMap((result, index) => (result.article ? [{article: result.article, file: result.file, index}] : []))

  const dropped = new Set<number>()
  for (const duplicate of findDuplicates(present.map(({article}) => article))) {
    const repeat = present[duplicate.index]
    const kept = present[duplicate.of]
    if (!repeat || !kept) continue
    dropped.add(duplicate.index)
    const reasons = duplicateReasons(duplicate, {id: repeat.article.id, path: String(repeat.file.path)}, {id: kept.article.id, path: String(kept.file.path)})
    report(repeat.file, 'warning', reasons.dropped, start, 'duplicate')
    report(kept.file, 'info', reasons.kept, start, 'duplicate')
  }

  const slugs = new Set<string>()
  const articles: Article[] = []
  present.forEach(({article, file}, index) => {
    if (dropped.has(index)) return
    const slug = uniqueSlug(article.slug, slugs)
    if (slug !== article.slug) report(file, 'warning', slugCollisionReason(article.slug, slug), start, 'slug-collision')
    slugs.add(slug)
    articles.push(slug === article.slug ? article : {...article, slug})
  })
  return {articles, files}
}

/** An article of a run, as duplicate messages name it. */
export interface RunArticle {
  id: string
  path: string
}

/**
 * The messages of a duplicate: a warning for the dropped repeat and a note for the kept one.
 *
 * @param duplicate What `findDuplicates` (or `DuplicateIndex`) found: its kind and similarity.
 * @param repeat The dropped article.
 * @param kept The earlier article that is kept.
 * @returns Reasons for the repeat's file (`dropped`) and the kept one's (`kept`).
 */
export function duplicateReasons(duplicate: Pick<Duplicate, 'kind' | 'similarity'>, repeat: RunArticle, kept: RunArticle): {dropped: string; kept: string} {
  const what =
    duplicate.kind === 'exact' ? 'the same text as' : duplicate.kind === 'id' ? 'the same id as' : `nearly the same text (${Math.round(duplicate.similarity * 100)}% of word sequences) as`
  return {
    dropped: `Dropped \`${repeat.id}\` (\`${repeat.path}\`): ${what} \`${kept.id}\` (\`${kept.path}\`), which is kept; remove one source if this is wrong`,
    kept: `Kept \`${kept.id}\` (\`${kept.path}\`) over \`${repeat.id}\` (\`${repeat.path}\`), which has ${what} it`
  }
}

/**
 * A slug not yet taken in this run: the slug itself, else with `-2`, `-3`... (kept within
 * `maxSlugLength`). Adds nothing to `taken`.
 *
 * @param slug The article's slug.
 * @param taken Slugs of earlier articles of the run.
 * @returns The slug to use.
 */
export function uniqueSlug(slug: string, taken: ReadonlySet<string>): string {
  let result = slug
  for (let suffix = 2; taken.has(result); suffix++) {
    const tail = `-${suffix}`
    result = `${slug.slice(0, maxSlugLength - tail.length).replace(/-+$/, '')}${tail}`
  }
  return result
}

/**
 * The warning for a slug changed by `uniqueSlug`.
 *
 * @param slug The article's slug.
 * @param used The slug given instead.
 * @returns The reason.
 */
export function slugCollisionReason(slug: string, used: string): string {
  return `The slug \`${slug}\` is taken by an earlier article in this run: used \`${used}\`; give a \`slug\` to choose one`
}
