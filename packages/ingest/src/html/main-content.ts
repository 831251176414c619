import type {Element, ElementContent, Root} from 'hast'
import {toText} from 'hast-util-to-text'
import {attributeHasWord, attributeIs, type Found, hasClass, selectFirst, walkElements} from './select.js'

/** Where article text lives, most specific first. */
const candidates: ReadonlyArray<(found: Found) => boolean> = [
  // [itemprop~="articleBody" i]
  (found) => attributeHasWord(found, 'itemprop', 'articleBody', true),
  // article
  (found) => found.element.tagName === 'article',
  // main
  (found) => found.element.tagName === 'main',
  // [role="main" i]
  (found) => attributeIs(found, 'role', 'main'),
  // .article-body, .article__body, .story-body, .post-content, .entry-content, .article-content, .story-content, #article-body, #story
  ({element}) => ['article-body', 'article__body', 'story-body', 'post-content', 'entry-content', 'article-content', 'story-content'].some((name) => hasClass(element, name)) || element.properties.id === 'article-body' || element.properties.id === 'story',
  // #content, .content, #main, .main
  ({element}) => element.properties.id === 'content' || hasClass(element, 'content') || element.properties.id === 'main' || hasClass(element, 'main')
]

/** Elements that are never article text. */
const dropTags = new Set(['nav', 'aside', 'footer', 'header', 'form', 'button', 'script', 'style', 'noscript', 'template', 'iframe', 'figure', 'svg', 'select', 'input', 'textarea', 'dialog', 'menu', 'h1', 'object', 'embed', 'video', 'audio', 'canvas'])

/** Class or id words that mark navigation, ads, share widgets, comments and other boilerplate. */
const dropWords = /(?:^|[\s_-])(?:ad|ads|advert|advertisement|adslot|sponsor(?:ed)?|promo|share|sharing|social|comments?|discussion|related|recommended|more-stories|newsletter|subscribe|signup|sidebar|cookie|consent|breadcrumbs?|byline|author|timestamp|tags|nav|navbar|navigation|menu|popup|modal|paywall|outbrain|taboola|disqus|toolbar|masthead|site-header|site-footer|skip-link|visually-hidden|sr-only)(?:$|[\s_-])/i

const dropRoles = new Set(['navigation', 'complementary', 'banner', 'contentinfo', 'search', 'dialog', 'alert'])

/**
 * Find the element holding the article text and return a copy without boilerplate:
 * navigation, header/footer, forms, figures, ads, share and social widgets, comments,
 * related-story lists, bylines and the `<h1>` headline (read separately as metadata).
 * Among the candidates (`articleBody`, `<article>`, `<main>`, common content classes) the
 * one with the most paragraph text wins; a candidate inside it that holds most of that text
 * is preferred, being more specific.
 *
 * @param tree Page.
 * @returns The cleaned content element (or the cleaned page when nothing better is found).
 */
export function mainContent(tree: Root): Element | Root {
  const seen = new Set<Element>()
  const scored: Array<{element: Element; cleaned: Element; length: number}> = []
  const matched: Element[][] = candidates.map(() => [])
  walkElements(tree, (found) => {
    for (const [index, test] of candidates.entries()) if (test(found)) matched[index]?.push(found.element)
    return undefined
  })
  // With one candidate only whether it has paragraph text matters, not how much.
  const single = new Set(matched.flat()).size === 1
  for (const elements of matched) {
    for (const element of elements) {
      if (seen.has(element)) continue
      seen.add(element)
      const cleaned = clean(element)
      const length = paragraphLength(cleaned, single)
      if (length > 0) scored.push({element, cleaned, length})
    }
  }
  let best = scored.reduce<(typeof scored)[number] | undefined>((winner, candidate) => (!winner || candidate.length > winner.length ? candidate : winner), undefined)
  for (let narrowed = true; best && narrowed; ) {
    narrowed = false
    for (const candidate of scored) {
      if (candidate !== best && candidate.length >= best.length * 0.7 && contains(best.element, candidate.element)) {
        best = candidate
        narrowed = true
        break
      }
    }
  }
  if (best) return best.cleaned
  const body = selectFirst(tree, (found) => found.element.tagName === 'body')?.element
  return clean(body ?? tree)
}

/** Length of the text in `<p>` descendants (or only whether there is any, when `any`): a cheap signal of where the prose is. */
function paragraphLength(element: Element, any: boolean): number {
  let length = 0
  walkElements(element, ({element: paragraph}) => {
    if (paragraph.tagName === 'p') length += toText(paragraph).trim().length
    return any && length > 0 ? true : undefined
  })
  return length
}

function contains(ancestor: Element, node: Element): boolean {
  const stack: ElementContent[] = [...ancestor.children]
  while (stack.length > 0) {
    const current = stack.pop() as ElementContent
    if (current === node) return true
    if (current.type === 'element') stack.push(...current.children)
  }
  return false
}

function clean<T extends Element | Root>(node: T): T {
  const copy = {...node, children: [...node.children]} as T
  const stack: Array<Element | Root> = [copy]
  while (stack.length > 0) {
    const parent = stack.pop() as Element | Root
    const kept: ElementContent[] = []
    for (const child of parent.children as ElementContent[]) {
      if (child.type === 'comment') continue
      if (child.type === 'element') {
        if (isBoilerplate(child)) continue
        const copied: Element = {...child, children: [...child.children]}
        kept.push(copied)
        stack.push(copied)
      } else kept.push(child)
    }
    parent.children = kept as typeof parent.children
  }
  return copy
}

function isBoilerplate(element: Element): boolean {
  if (dropTags.has(element.tagName)) return true
  const {className, id, role, hidden, ariaHidden} = element.properties
  if (hidden !== undefined && hidden !== false) return true
  if (String(ariaHidden) === 'true') return true
  if (typeof role === 'string' && dropRoles.has(role.toLowerCase())) return true
  const words = `${Array.isArray(className) ? className.join(' ') : String(className ?? '')} ${String(id ?? '')}`
  return dropWords.test(words)
}
