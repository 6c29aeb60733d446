// HTML that is already the article (a clipboard payload, the HTML mammoth
// makes of a Word document) to paragraphs. Unlike a saved web page it needs
// no Readability: every block is kept, in order. sanitize-html first reduces
// it to text-bearing tags without attributes, then a walk over the DOM turns
// each block (and each run of loose text between blocks) into a paragraph.
import { parseHTML } from 'linkedom'
import sanitizeHtml from 'sanitize-html'
import { tidySpaces } from './plain-text'

const BLOCKS = new Set(['p', 'div', 'section', 'article', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'blockquote', 'pre', 'figcaption', 'td', 'th', 'dd', 'dt', 'tr', 'table', 'ul', 'ol', 'dl', 'figure', 'header', 'footer', 'main', 'aside', 'address'])
const INLINE = ['b', 'strong', 'i', 'em', 'u', 's', 'span', 'a', 'sub', 'sup', 'small', 'mark', 'q', 'cite', 'abbr', 'time', 'code', 'font']
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6'])

export type HtmlBlocks = { paragraphs: string[]; headings: string[] }

/** `lineBreaks`: 'split' makes every <br> end a paragraph (pasted text from
 * mail and web editors separates paragraphs with them); 'space' joins the
 * lines of a block (a soft line break inside a Word paragraph). */
export function htmlToBlocks(html: string, lineBreaks: 'split' | 'space'): HtmlBlocks {
  const clean = sanitizeHtml(html, { allowedTags: [...BLOCKS, ...INLINE, 'br'], allowedAttributes: {}, nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'title', 'head', 'template'] })
  const { document } = parseHTML(`<!doctype html><html><body>${clean}</body></html>`)
  const paragraphs: string[] = []
  const headings: string[] = []
  let buffer = ''
  let inHeading = false
  const flush = () => {
    const text = tidySpaces(buffer)
    buffer = ''
    if (!text) return
    paragraphs.push(text)
    if (inHeading) headings.push(text)
  }
  const walk = (node: Node) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) {
        buffer += child.textContent ?? ''
        continue
      }
      if (child.nodeType !== 1) continue
      const tag = (child as Element).tagName.toLowerCase()
      if (tag === 'br') {
        if (lineBreaks === 'split') flush()
        else buffer += ' '
      } else if (BLOCKS.has(tag)) {
        flush()
        const outer = inHeading
        inHeading = HEADINGS.has(tag)
        walk(child)
        flush()
        inHeading = outer
      } else {
        walk(child)
      }
    }
  }
  if (document.body) walk(document.body as unknown as Node)
  flush()
  return { paragraphs, headings }
}
