import type {Article, RawArticle} from '@copydesk/schema'
import type {VFile} from 'vfile'
import {findDuplicates} from './find-duplicates.js'
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
    const what = duplicate.kind === 'exact' ? 'the same text as' : duplicate.kind === 'id' ? 'the same id as' : `nearly the same text (${Math.round(duplicate.similarity * 100)}% of word sequences) as`
    report(
      repeat.file,
      'warning',
      `Dropped \`${repeat.article.id}\` (\`${repeat.file.path}\`): ${what} \`${kept.article.id}\` (\`${kept.file.path}\`), which is kept; remove one source if this is wrong`,
      start,
      'duplicate'
    )
    report(kept.file, 'info', `Kept \`${kept.article.id}\` (\`${kept.file.path}\`) over \`${repeat.article.id}\` (\`${repeat.file.path}\`), which has ${what} it`, start, 'duplicate')
  }

  const slugs = new Set<string>()
  const articles: Article[] = []
  present.forEach(({article, file}, index) => {
    if (dropped.has(index)) return
    let slug = article.slug
    for (let suffix = 2; slugs.has(slug); suffix++) {
      const tail = `-${suffix}`
      slug = `${article.slug.slice(0, maxSlugLength - tail.length).replace(/-+$/, '')}${tail}`
    }
    if (slug !== article.slug) {
      report(file, 'warning', `The slug \`${article.slug}\` is taken by an earlier article in this run: used \`${slug}\`; give a \`slug\` to choose one`, start, 'slug-collision')
    }
    slugs.add(slug)
    articles.push(slug === article.slug ? article : {...article, slug})
  })
  return {articles, files}
}
