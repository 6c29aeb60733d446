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

function meta(document: Document, ...keys: string[]): string {
  for (const key of keys) {
    const el = document.querySelector(`meta[property="${key}"], meta[name="${key}"], meta[itemprop="${key}"]`)
    const value = el?.getAttribute('content')?.trim()
    if (value) return tidySpaces(value)
  }
  return ''
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
    if (el.querySelector(BLOCK_TAGS.join(','))) continue
    const text = tidySpaces(el.textContent ?? '')
    if (text) blocks.push(text)
  }
  return blocks
}

export function importHtml(html: string): ImportedText {
  const { document } = parseHTML(html)
  const url = safeUrl(document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? meta(document, 'og:url'))
  const siteName = meta(document, 'og:site_name', 'application-name')
  const author = meta(document, 'author', 'article:author', 'byl', 'dc.creator')
  const published = meta(document, 'article:published_time', 'datePublished', 'date', 'dc.date', 'pubdate')
  const language = document.documentElement?.getAttribute('lang') ?? ''
  // Readability mutates the document it is given.
  const article = new Readability(document as unknown as Document, { charThreshold: 200 }).parse()
  let paragraphs = article?.content ? textBlocks(article.content) : []
  if (paragraphs.length === 0) paragraphs = textBlocks(parseHTML(html).document.body?.innerHTML ?? '')
  const title = tidySpaces(meta(parseHTML(html).document, 'og:title', 'twitter:title') || article?.title || '')
  return {
    format: 'html',
    paragraphs,
    meta: {
      title,
      outlet: siteName || tidySpaces(article?.siteName ?? ''),
      author: author || cleanByline(article?.byline ?? ''),
      publishedAt: normaliseDate(published || article?.publishedTime),
      url,
      language: language.slice(0, 20),
    },
  }
}
