// Markdown to paragraphs: the markup goes, the words stay. Headings, list
// items, quotes and table rows each become a paragraph; the lines of a
// paragraph are joined (Markdown's own rule); links keep their text, images
// and link definitions go; YAML front matter gives the metadata. Non-breaking
// spaces, curly quotes and apostrophes are never touched.
import { parseHTML } from 'linkedom'
import type { ArticleMeta } from '../../../shared/domain'
import { normaliseDate } from './html'
import { guessTitle, tidySpaces } from './plain-text'
import type { ImportedText } from './types'

const FENCE = /^ {0,3}(`{3,}|~{3,})/
const ATX_HEADING = /^ {0,3}#{1,6}(?:\s+|$)/
const SETEXT = /^ {0,3}(=+|-+)\s*$/
const RULE = /^ {0,3}([-*_])(?:\s*\1){2,}\s*$/
const LIST_ITEM = /^\s*(?:[-*+]|\d{1,9}[.)])\s+/
const QUOTE = /^ {0,3}>\s?/
const TABLE_DIVIDER = /^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/
const LINK_DEFINITION = /^ {0,3}\[[^\]]+\]:\s*\S+/

/** Decodes HTML entities (&amp;, &nbsp;, &#8217;) the way a browser would. */
let entityDecoder: { innerHTML: string; textContent: string | null } | null = null
function decodeEntities(s: string): string {
  if (!/&(#\d+|#x[\da-f]+|[a-z]+\d*);/i.test(s)) return s
  entityDecoder ??= parseHTML('<!doctype html><html><body></body></html>').document.createElement('div')
  entityDecoder.innerHTML = s.replace(/</g, '&lt;')
  return entityDecoder.textContent ?? s
}

/** Inline markup to its text. Order matters: code spans first (their
 * content is literal), then images before links, then emphasis. */
export function stripInline(line: string): string {
  const codes: string[] = []
  let s = line.replace(/(`+)([\s\S]*?[^`])\1(?!`)/g, (_, __, code: string) => `\u0000${codes.push(code.trim()) - 1}\u0000`)
  s = s
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/!\[[^\]]*\]\[[^\]]*\]/g, '')
    .replace(/\[([^\]]*)\]\((?:[^()]|\([^)]*\))*\)/g, '$1')
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
    .replace(/<((?:https?|mailto):[^>\s]+)>/g, '$1')
    .replace(/<\/?[A-Za-z][^>]*>/g, '')
    .replace(/(\*\*\*|___)(?=\S)([\s\S]*?\S)\1/g, '$2')
    .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, '$2')
    .replace(/\*(?=\S)([^*]*?\S)\*/g, '$1')
    // An underscore inside a word (snake_case) is not emphasis.
    .replace(/(^|[^\p{L}\p{N}_])_(?=\S)([^_]*?\S)_(?![\p{L}\p{N}_])/gu, '$1$2')
    .replace(/~~(?=\S)([\s\S]*?\S)~~/g, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!|>~])/g, '$1')
    .replace(/ {2,}$|\\$/, '')
  s = decodeEntities(s)
  return s.replace(/\u0000(\d+)\u0000/g, (_, i: string) => codes[Number(i)])
}

type FrontMatter = { meta: Partial<ArticleMeta>; rest: string }

/** A YAML front matter block (`---` … `---`) with simple `key: value`
 * lines; lists as `[a, b]` or `- a` lines. */
export function readFrontMatter(text: string): FrontMatter {
  const match = /^---[ \t]*\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/.exec(text)
  if (!match) return { meta: {}, rest: text }
  const fields = new Map<string, string[]>()
  let lastKey = ''
  for (const line of match[1].split('\n')) {
    const item = /^\s*-\s+(.*)$/.exec(line)
    if (item && lastKey) {
      fields.get(lastKey)!.push(unquote(item[1]))
      continue
    }
    const kv = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/.exec(line)
    if (!kv) continue
    lastKey = kv[1].toLowerCase()
    const value = kv[2].trim()
    const list = /^\[(.*)\]$/.exec(value)
    fields.set(lastKey, list ? list[1].split(',').map(unquote).filter(Boolean) : value ? [unquote(value)] : [])
  }
  const first = (...keys: string[]) => keys.map((k) => fields.get(k)?.[0]).find(Boolean) ?? ''
  const meta: Partial<ArticleMeta> = {}
  const set = <K extends keyof ArticleMeta>(key: K, value: ArticleMeta[K] | '') => {
    if (value !== '' && !(Array.isArray(value) && value.length === 0)) meta[key] = value as ArticleMeta[K]
  }
  set('title', tidySpaces(first('title', 'headline')).slice(0, 1_000))
  set('author', tidySpaces(first('author', 'authors', 'byline')).slice(0, 1_000))
  set('outlet', tidySpaces(first('outlet', 'publisher', 'source', 'site', 'publication')).slice(0, 1_000))
  set('publishedAt', normaliseDate(first('date', 'published', 'publishedat', 'published_at', 'pubdate')))
  const url = first('url', 'link', 'canonical')
  set('url', /^https?:\/\//i.test(url) ? url.slice(0, 4_000) : '')
  set('language', first('language', 'lang').slice(0, 20))
  set('tags', [...(fields.get('tags') ?? []), ...(fields.get('keywords') ?? [])].map((t) => t.slice(0, 100)).slice(0, 100))
  return { meta, rest: text.slice(match[0].length) }
}

function unquote(s: string): string {
  const t = s.trim()
  return /^(['"]).*\1$/.test(t) ? t.slice(1, -1) : t
}

/** Raw HTML in Markdown is markup, never text a reader sees: comments,
 * CDATA, processing instructions and doctypes go, elements whose content is
 * not text (script, style, …) go whole, and so does a tag that runs over
 * several lines (a tag on one line is stripped by stripInline, which spares
 * code spans). Fenced code is left as it is. Every pattern is linear: an
 * unclosed comment runs to the end, as in a browser. */
const RAW_HTML = [/<!--[\s\S]*?(?:-->|$)/g, /<!\[CDATA\[[\s\S]*?(?:\]\]>|$)/g, /<\?[\s\S]*?(?:\?>|$)/g, /<!doctype[^>]*>/gi, /<\/?[A-Za-z][^>\n]{0,2000}\n[^>]{0,2000}>/g]
const NON_TEXT_ELEMENTS = ['script', 'style', 'template', 'noscript', 'textarea', 'title', 'iframe', 'object', 'svg', 'math', 'head']

function dropElements(text: string, name: string): string {
  const lower = text.toLowerCase()
  let out = ''
  let at = 0
  for (;;) {
    const open = lower.indexOf(`<${name}`, at)
    const close = open < 0 ? -1 : lower.indexOf(`</${name}`, open)
    const end = close < 0 ? -1 : lower.indexOf('>', close)
    if (end < 0) return out + text.slice(at)
    out += text.slice(at, open)
    at = end + 1
  }
}

export function dropRawHtml(markdown: string): string {
  // Only outside fenced code: split at fences, clean every other part.
  const parts = markdown.split(/(^ {0,3}(?:`{3,}|~{3,})[^\n]*\n[\s\S]*?(?:^ {0,3}(?:`{3,}|~{3,})[ \t]*$|(?![\s\S])))/m)
  return parts
    .map((part, i) => {
      if (i % 2 === 1) return part
      let clean = NON_TEXT_ELEMENTS.reduce(dropElements, part)
      for (const pattern of RAW_HTML) clean = clean.replace(pattern, '')
      return clean
    })
    .join('')
}

export function importMarkdown(source: string): ImportedText {
  const { meta, rest } = readFrontMatter(dropRawHtml(source.replace(/\r\n?/g, '\n')))
  const paragraphs: string[] = []
  const headings: string[] = []
  let current: string[] = []
  let fence: string | null = null
  const flush = (asHeading = false) => {
    const text = tidySpaces(current.map(stripInline).join(' '))
    current = []
    if (!text) return
    paragraphs.push(text)
    if (asHeading) headings.push(text)
  }
  for (let raw of rest.split('\n')) {
    if (fence !== null) {
      if (raw.trimStart().startsWith(fence)) {
        fence = null
        // Code is kept literally, as one paragraph.
        const text = tidySpaces(current.join(' '))
        current = []
        if (text) paragraphs.push(text)
      } else current.push(raw)
      continue
    }
    const fenceOpen = FENCE.exec(raw)
    if (fenceOpen) {
      flush()
      fence = fenceOpen[1][0].repeat(3)
      continue
    }
    while (QUOTE.test(raw)) raw = raw.replace(QUOTE, '')
    if (!raw.trim()) {
      flush()
      continue
    }
    if (SETEXT.test(raw) && current.length) {
      flush(true)
      continue
    }
    if (RULE.test(raw) || LINK_DEFINITION.test(raw) || TABLE_DIVIDER.test(raw)) {
      flush()
      continue
    }
    if (ATX_HEADING.test(raw)) {
      flush()
      current.push(raw.replace(ATX_HEADING, '').replace(/\s+#+\s*$/, ''))
      flush(true)
      continue
    }
    if (LIST_ITEM.test(raw)) {
      flush()
      current.push(raw.replace(LIST_ITEM, ''))
      continue
    }
    if (/^\s*\|.*\|\s*$/.test(raw)) {
      flush()
      current.push(raw.trim().slice(1, -1).split('|').map((c) => c.trim()).filter(Boolean).join(' | '))
      flush()
      continue
    }
    current.push(raw)
  }
  flush()
  const title = meta.title || headings[0] || guessTitle(paragraphs) || ''
  return { format: 'md', paragraphs, meta: { ...meta, title } }
}
