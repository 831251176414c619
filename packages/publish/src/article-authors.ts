import type {PublishedArticle} from '@copydesk/schema'
import {cleanLine} from './clean-text.js'

/** An author ready to publish: a display name, and the e-mail when it looks like one. */
export interface PublishedAuthor {
  name: string
  email?: string
}

const emailPattern = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:"]+$/

/**
 * The article's authors to publish: each with a name (the e-mail when no name is known),
 * falling back to the feed-level author when the article credits nobody.
 *
 * @param article Published article.
 * @param fallback Feed-level author name (`options.author`).
 * @returns Authors, possibly empty.
 */
export function articleAuthors(article: Pick<PublishedArticle, 'authors'>, fallback?: string): PublishedAuthor[] {
  const result: PublishedAuthor[] = []
  for (const author of article.authors) {
    const email = cleanLine(author.email ?? '')
    const name = cleanLine(author.name ?? '') || email
    if (!name) continue
    result.push(emailPattern.test(email) ? {name, email} : {name})
  }
  const name = cleanLine(fallback ?? '')
  if (result.length === 0 && name) result.push({name})
  return result
}
