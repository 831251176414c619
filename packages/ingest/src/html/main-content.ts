import type {Element, ElementContent, Root} from 'hast'
import {selectAll} from 'hast-util-select'
import {toText} from 'hast-util-to-text'

/** Where article text lives, most specific first. */
const candidates = [
  '[itemprop~="articleBody" i]',
  'article',
  'main',
  '[role="main" i]',
  '.article-body, .article__body, .story-body, .post-content, .entry-content, .article-content, .story-content, #article-body, #story',
  '#content, .content, #main, .main'
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
  for (const selector of candidates) {
    for (const element of selectAll(selector, tree)) {
      if (seen.has(element)) continue
      seen.add(element)
      const cleaned = clean(element)
      const length = paragraphLength(cleaned)
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
  const body = selectAll('body', tree)[0]
  return clean(body ?? tree)
}

/** Length of the text in `<p>` descendants: a cheap signal of where the prose is. */
function paragraphLength(element: Element): number {
  let length = 0
  for (const paragraph of selectAll('p', element)) length += toText(paragraph).trim().length
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
