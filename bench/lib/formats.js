/**
 * Serialize a story the way different newsroom sources deliver it: plain wire copy
 * (with or without headline, dateline, byline and trailer lines), Markdown with YAML
 * front matter, JSON, and full HTML pages with navigation boilerplate.
 * @module
 */

const EDITORS = ['Mark Heinrich', 'Ros Russell', 'Nick Macfie', 'Alison Williams', 'Kim Coghill']
const MONTHS_SHORT = ['Jan', 'Feb', 'March', 'April', 'May', 'June', 'July', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec']

/** @typedef {import('./story.js').Story} Story */
/** @typedef {'text' | 'markdown' | 'json' | 'html'} Format */

/** File extension per format. */
export const extensions = /** @type {const} */ ({text: '.txt', markdown: '.md', json: '.json', html: '.html'})

/**
 * Plain wire copy. Odd variants look like the seed (no headline, one paragraph per line,
 * reporter mailbox and a `(Publisher MM/DD/YYYY pageN)` source line); even ones carry a
 * headline, a byline, a dateline and blank lines between paragraphs.
 * @param {Story} story
 * @param {number} variant
 * @returns {string}
 */
export function toText(story, variant) {
  const {when} = story
  const mmddyyyy = `${String(when.month).padStart(2, '0')}/${String(when.day).padStart(2, '0')}/${when.year}`
  if (variant % 2 === 1) {
    return `${story.paragraphs.join('\n')}\n${story.email}\n(${story.publisher.name} ${mmddyyyy} page${story.page})\n`
  }
  const dateline = `${story.city.toUpperCase()}, ${MONTHS_SHORT[when.month - 1]} ${when.day} (${story.publisher.agency}) - `
  const [lede, ...rest] = story.paragraphs
  return [
    story.headline,
    '',
    `By ${story.authors.join(' and ')}`,
    '',
    dateline + lede,
    ...rest.flatMap((p) => ['', p]),
    '',
    `(Reporting by ${story.authors[0]}; Editing by ${EDITORS[variant % EDITORS.length]})`,
    ''
  ].join('\n')
}

/**
 * Markdown with YAML front matter (strings JSON-quoted, which is valid YAML), a subheading
 * half way through on some stories.
 * @param {Story} story
 * @param {number} variant
 * @returns {string}
 */
export function toMarkdown(story, variant) {
  const q = JSON.stringify
  const front = [
    '---',
    `title: ${q(story.headline)}`,
    `date: ${story.date}`,
    `authors: [${story.authors.map((a) => q(a)).join(', ')}]`,
    `tags: [${story.tags.map((t) => q(t)).join(', ')}]`,
    ...(story.dek ? [`summary: ${q(story.dek)}`] : []),
    `publisher: ${q(story.publisher.name)}`,
    '---',
    ''
  ]
  const body = story.paragraphs.slice()
  if (variant % 3 === 0 && body.length > 6) body.splice(Math.floor(body.length / 2), 0, `## ${story.headline.split(' ').slice(0, 4).join(' ')}`)
  return `${front.join('\n')}\n${body.join('\n\n')}\n`
}

/**
 * A JSON document as a CMS export gives it.
 * @param {Story} story
 * @param {number} index
 * @returns {string}
 */
export function toJson(story, index) {
  return `${JSON.stringify(
    {
      id: `bench-${index}`,
      title: story.headline,
      ...(story.dek ? {summary: story.dek} : {}),
      date: story.date,
      authors: story.authors,
      tags: story.tags,
      publisher: story.publisher.name,
      language: 'en',
      body: story.paragraphs.join('\n\n')
    },
    null,
    2
  )}\n`
}

/** @param {string} s */
const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/**
 * A whole HTML page: head metadata, navigation and footer around an `<article>`.
 * @param {Story} story
 * @returns {string}
 */
export function toHtml(story) {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${esc(story.headline)} | ${esc(story.publisher.name)}</title>
${story.dek ? `<meta name="description" content="${esc(story.dek)}">\n` : ''}<meta name="author" content="${esc(story.authors.join(', '))}">
<meta property="article:published_time" content="${story.date}">
</head>
<body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/business">Business</a></nav>
<article>
<h1>${esc(story.headline)}</h1>
<p class="byline">By ${esc(story.authors.join(' and '))}</p>
${story.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('\n')}
</article>
<footer>&copy; ${story.when.year} ${esc(story.publisher.name)}. All rights reserved.</footer>
</body>
</html>
`
}

/**
 * Which format article `index` is delivered in: 40% text, 30% Markdown, 15% JSON, 15% HTML.
 * @param {number} bucket a number from the article's seed, in [0, 20)
 * @returns {Format}
 */
export function mixedFormat(bucket) {
  if (bucket < 8) return 'text'
  if (bucket < 14) return 'markdown'
  if (bucket < 17) return 'json'
  return 'html'
}

/**
 * Serialize a story in a format.
 * @param {Story} story
 * @param {Format} format
 * @param {number} index
 * @returns {string}
 */
export function serialize(story, format, index) {
  if (format === 'text') return toText(story, index)
  if (format === 'markdown') return toMarkdown(story, index)
  if (format === 'json') return toJson(story, index)
  if (format === 'html') return toHtml(story)
  throw new Error(`Unknown format \`${format}\`: expected one of ${Object.keys(extensions).join(', ')}`)
}
