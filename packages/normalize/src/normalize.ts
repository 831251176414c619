import {type Article, articleSchema, type Extracted, type RawArticle, rawArticleSchema, safeParse} from '@copydesk/schema'
import {VFile} from 'vfile'
import {articleId} from './article-id.js'
import {buildAuthors, parseAuthor} from './build-authors.js'
import {cleanText} from './clean-text.js'
import {cleanLines} from './clean-lines.js'
import {deriveHeadline} from './derive-headline.js'
import {detectLanguage, languageFromTag} from './detect-language.js'
import {extractLines, extractLinesAfterDateline} from './extract-lines.js'
import {pointIn} from './lines.js'
import {type NormalizeOptions, resolveOptions} from './options.js'
import {type Paragraph, buildParagraphs} from './build-paragraphs.js'
import {report} from './report.js'
import {resolveDates} from './resolve-dates.js'
import {slugify} from './slugify.js'
import {stripDateline} from './strip-dateline.js'
import {publisherTimeZone} from './time-zone.js'

/** Publishers named by a dateline's agency. */
export const agencyPublishers: Readonly<Record<string, string>> = {
  AP: 'Associated Press',
  Reuters: 'Reuters',
  Xinhua: 'Xinhua',
  AFP: 'AFP',
  Kyodo: 'Kyodo News',
  Yonhap: 'Yonhap'
}

const start = {start: {line: 1, column: 1, offset: 0}, end: {line: 1, column: 1, offset: 0}}

/**
 * Normalize one raw article: clean text, paragraphs, metadata lines moved out of the body
 * into fields, title (given or derived), dates with offsets, language, slug and stable id.
 * Every change and every undecided point is a positioned message on the returned file.
 *
 * @param raw The raw article.
 * @param options Zones, quote policy, language, date order.
 * @returns The article (`undefined` when the text holds nothing usable; the file then has an error message) and the file.
 * @throws {CopydeskError} `CONFIG` when the options are invalid.
 */
export function normalize(raw: RawArticle, options: NormalizeOptions = {}): {article: Article | undefined; file: VFile} {
  const settings = resolveOptions(options)
  const input = safeParse(rawArticleSchema, raw)
  const file = new VFile({path: typeof raw?.source?.path === 'string' ? raw.source.path : undefined, value: typeof raw?.text === 'string' ? raw.text : ''})
  if (!input.success) {
    const issues = input.error.issues.map((issue) => `\`${issue.path.join('.') || '(root)'}\`: ${issue.message}`).join('; ')
    report(file, 'error', `Not a raw article: ${issues}; pass what \`@copydesk/ingest\` returns`, start, 'raw-article')
    return {article: undefined, file}
  }
  const {source, text, meta} = input.data

  const clean = (value: string | undefined): string | undefined => {
    if (value === undefined) return undefined
    const result = cleanText(value.replace(/\s+/g, ' '), {quotes: settings.quotes}).value
    return result === '' ? undefined : result
  }
  const givenTitle = clean(meta.title)
  const lines = cleanLines(text, settings.quotes, file)
  const paragraphs: Paragraph[] = buildParagraphs(lines, file)
  const found = extractLines(paragraphs, givenTitle, file)
  const extracted: Extracted[] = [...found.extracted]

  const dateline = stripDateline(paragraphs, extracted, file)
  if (dateline) extractLinesAfterDateline(paragraphs, found, extracted, file)
  const lede = paragraphs.find((paragraph) => paragraph.text !== '')
  extracted.sort((a, b) => (a.position.start.offset ?? 0) - (b.position.start.offset ?? 0))
  const body = paragraphs.map((paragraph) => paragraph.text).filter((paragraph) => paragraph !== '')

  let title = givenTitle ?? found.headline
  const titleDerived = title === undefined
  if (title === undefined && body[0] !== undefined) {
    title = deriveHeadline(body[0])
    if (title !== undefined) report(file, 'info', `Derived the title \`${title}\` from the lede; give a \`title\` to use another`, lede?.lines[0] ? {start: pointIn(lede.lines[0].line, 0), end: pointIn(lede.lines[0].line, lede.lines[0].raw.length)} : start, 'headline')
  }
  if (title === undefined || body.length === 0) {
    report(file, 'error', body.length === 0 ? 'No body text left after clean-up: the article is empty; check the source' : 'No title given and none could be derived: give a `title`', start, 'empty-article')
    return {article: undefined, file: sortMessages(file)}
  }

  const agency = dateline?.agency
  const publisher = clean(meta.publisher) ?? found.sourceLine?.publisher ?? (agency ? (agencyPublishers[agency] ?? agency) : undefined)
  const timeZone = publisherTimeZone(publisher, settings.timeZones) ?? settings.timeZone
  const dates = resolveDates({meta, sourceLine: found.sourceLine, dateline, timeZone, dateOrder: settings.dateOrder, extracted}, file)

  const joined = body.join('\n\n')
  const tag = meta.language === undefined ? undefined : languageFromTag(meta.language)
  if (meta.language !== undefined && tag === undefined) report(file, 'warning', `Cannot read the language \`${meta.language}\`: give an ISO 639-1 code such as \`en\`; detecting it instead`, start, 'language')
  let language = tag ?? settings.language
  if (language === undefined) {
    language = detectLanguage(joined).language
    if (language === 'und') report(file, 'warning', 'Could not tell the language of the text (too short or unknown): set `language` in the options or the source', start, 'language')
  }

  const given = (meta.authors ?? []).map((author) => parseAuthor(clean(author) ?? '')).filter((author) => author !== undefined)
  const authors = buildAuthors(given, found.names, found.emails)
  const id = articleId({id: meta.id, publisher, date: dates.editionDate ?? dates.date?.slice(0, 10), text: joined})
  let slug = slugify(meta.slug ?? title)
  if (!/[a-z]/.test(slug)) {
    slug = slugify(id) || 'article'
    report(file, 'warning', `The title \`${title}\` has no Latin letters for a slug: used \`${slug}\`; give a \`slug\` to choose one`, start, 'slug')
  }

  const article: Article = {
    id,
    slug,
    title,
    titleDerived,
    ...(found.dek === undefined ? {} : {dek: found.dek}),
    ...(clean(meta.summary) === undefined ? {} : {summary: clean(meta.summary)}),
    ...(dates.date === undefined ? {} : {date: dates.date}),
    ...(dates.updated === undefined ? {} : {updated: dates.updated}),
    ...(timeZone === undefined ? {} : {timeZone}),
    language,
    authors,
    ...(publisher === undefined ? {} : {publisher}),
    ...(dates.editionDate === undefined ? {} : {editionDate: dates.editionDate}),
    ...(found.sourceLine?.page === undefined ? {} : {page: found.sourceLine.page}),
    ...(dateline === undefined
      ? {}
      : {dateline: {place: dateline.place, ...(dateline.date ? {date: dateline.date} : {}), ...(dateline.agency ? {agency: dateline.agency} : {})}}),
    ...(meta.url === undefined ? {} : {url: meta.url.trim()}),
    tags: [...new Set((meta.tags ?? []).map((value) => clean(value)).filter((value): value is string => value !== undefined))],
    paragraphs: body,
    text: joined,
    extracted,
    source
  } as Article
  const checked = safeParse(articleSchema, article)
  if (!checked.success) {
    const issues = checked.error.issues.map((issue) => `\`${issue.path.join('.')}\`: ${issue.message}`).join('; ')
    report(file, 'error', `The article does not fit the schema (${issues}); this is a bug in @copydesk/normalize, please report it`, start, 'article-schema')
    return {article: undefined, file}
  }
  return {article: checked.data, file: sortMessages(file)}
}

/** Messages in text order, so a reader goes through the file once. */
function sortMessages(file: VFile): VFile {
  file.messages.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0))
  return file
}
