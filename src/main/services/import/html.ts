// Saved web pages to an article. The page is parsed by linkedom (a DOM
// without a script engine: nothing in the page can run here), the metadata
// comes from <meta> tags and JSON-LD, Readability picks the article out of the
// navigation and ads, sanitize-html reduces what is left to plain text
// blocks, and only the text of those blocks is stored. No markup from the page
// survives import, so none can ever run in the reader or in a report.
import { parseHTML } from 'linkedom'
import { Readability } from '@mozilla/readability'
import sanitizeHtml from 'sanitize-html'
import { tidySpaces } from './plain-text'
import type { ImportedText } from './types'

const BLOCK_TAGS = ['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'blockquote', 'pre', 'figcaption', 'td', 'th', 'dd', 'dt']
const IS_BLOCK = new Set(BLOCK_TAGS)

/** Whether a block element holds another one. A walk of its descendants:
 * `querySelector` parsed and compiled the selector again for every block of
 * every page, a sixth of an HTML import. */
function holdsBlock(el: Element): boolean {
  const stack = Array.from(el.children)
  while (stack.length) {
    const child = stack.pop()!
    if (IS_BLOCK.has(child.localName)) return true
    for (const grandchild of Array.from(child.children)) stack.push(grandchild)
  }
  return false
}

function meta(document: Document, ...keys: string[]): string {
  for (const key of keys) {
    const el = document.querySelector(`meta[property="${key}"], meta[name="${key}"], meta[itemprop="${key}"]`)
    const value = plainTextOf(el?.getAttribute('content')?.trim() ?? '')
    if (value) return value
  }
  return ''
}

/** Metadata is plain text: a tag in a <meta> value or a <title> (an attack,
 * or junk) is dropped, with its content when that is a script or a style. */
export function plainTextOf(value: string): string {
  if (!/<[A-Za-z!/?]/.test(value)) return tidySpaces(value)
  const clean = sanitizeHtml(value, { allowedTags: [], allowedAttributes: {} })
  const { document } = parseHTML(`<!doctype html><html><body><p>${clean}</p></body></html>`)
  return tidySpaces(document.body?.textContent ?? '')
}

/** Keeps the calendar date a page gives for publication (YYYY-MM-DD), as the
 * publisher wrote it, without shifting it through a time zone. */
export function normaliseDate(value: string | null | undefined): string {
  const match = /^\s*(\d{4}-\d{2}-\d{2})/.exec(value ?? '')
  if (match) return match[1]
  const parsed = value ? new Date(value) : null
  return parsed && !Number.isNaN(parsed.getTime()) ? parsed.toISOString().slice(0, 10) : ''
}

function cleanByline(byline: string): string {
  return tidySpaces(byline.replace(/^\s*by\s+/i, ''))
}

/** Only safe link schemes are kept as the article's URL. */
function safeUrl(url: string): string {
  return /^https?:\/\//i.test(url) ? url : ''
}

function textBlocks(html: string): string[] {
  // sanitize-html first: whatever Readability let through, only text-bearing
  // tags remain, with no attributes at all.
  const clean = sanitizeHtml(html, { allowedTags: [...BLOCK_TAGS, 'div', 'section', 'article', 'ul', 'ol', 'table', 'tbody', 'tr', 'figure'], allowedAttributes: {} })
  const { document } = parseHTML(`<!doctype html><html><body>${clean}</body></html>`)
  const blocks: string[] = []
  for (const el of document.querySelectorAll(BLOCK_TAGS.join(','))) {
    // An element inside another block (a <p> inside an <li>) is read once, by
    // its innermost block.
    if (holdsBlock(el)) continue
    const text = tidySpaces(el.textContent ?? '')
    if (text) blocks.push(text)
  }
  return blocks
}

/** linkedom gives a page without an <html> element no document element
 * at all (and Readability then throws): such a page is read as the body of
 * one. A plain-text file saved as .html is common. */
function parsePage(html: string): ReturnType<typeof parseHTML> {
  const parsed = parseHTML(html)
  return parsed.document.documentElement ? parsed : parseHTML(`<!doctype html><html><head></head><body>${html}</body></html>`)
}

const MAX_READABILITY_DEPTH = 150

/** The deepest nesting of elements under `root` (without recursion, so a
 * hostile page cannot overflow the stack). */
function nestingDepth(root: Element | null): number {
  let deepest = 0
  const stack: [Element, number][] = root ? [[root, 1]] : []
  while (stack.length) {
    const [el, depth] = stack.pop()!
    deepest = Math.max(deepest, depth)
    for (const child of Array.from(el.children)) stack.push([child, depth + 1])
  }
  return deepest
}

export function importHtml(html: string): ImportedText {
  const { document } = parsePage(html)
  const url = safeUrl(document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? meta(document, 'og:url'))
  const siteName = meta(document, 'og:site_name', 'application-name')
  const author = meta(document, 'author', 'article:author', 'byl', 'dc.creator')
  const published = meta(document, 'article:published_time', 'datePublished', 'date', 'dc.date', 'pubdate')
  const language = document.documentElement?.getAttribute('lang') ?? ''
  // The title as the page gives it, read before Readability changes the
  // document (parsing the page again for it took a third of the import).
  const ogTitle = meta(document, 'og:title', 'twitter:title')
  const pageTitle = document.title
  // Readability mutates the document it is given. On linkedom it slows
  // down steeply with nesting depth (800 levels: 15 s, 3000: 9 minutes), so
  // a page nested deeper than any real article is read without it.
  const article = nestingDepth(document.documentElement) > MAX_READABILITY_DEPTH ? null : new Readability(document as unknown as Document, { charThreshold: 200 }).parse()
  let paragraphs = article?.content ? textBlocks(article.content) : []
  if (paragraphs.length === 0) paragraphs = textBlocks(parsePage(html).document.body?.innerHTML ?? '')
  const title = plainTextOf(ogTitle || article?.title || pageTitle || '')
  return {
    format: 'html',
    paragraphs,
    meta: {
      title,
      outlet: siteName || plainTextOf(article?.siteName ?? ''),
      author: author || cleanByline(plainTextOf(article?.byline ?? '')),
      publishedAt: normaliseDate(published || article?.publishedTime),
      url,
      language: language.slice(0, 20),
    },
  }
}
