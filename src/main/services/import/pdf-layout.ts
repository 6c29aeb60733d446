// From positioned text items (what a PDF holds) back to paragraphs. A PDF has
// no paragraphs, only lines placed on pages, so they are rebuilt:
//   1. items become lines (a new line at an end-of-line mark or a jump in y);
//   2. running headers and footers (the same line at the top or bottom of
//      most pages, page numbers aside) and lone page numbers are dropped;
//   3. a new paragraph starts where the gap to the previous line is clearly
//      wider than the page's usual line spacing, the font size changes, the
//      first line is indented, or (in a page without spacing between
//      paragraphs) the previous line ended short on a full stop;
//   4. lines are joined with a space, and a word hyphenated across lines is
//      mended (see mendHyphen).
import { tidySpaces } from './plain-text'

/** One positioned piece of text, as unpdf's extractTextItems gives it (PDF
 * coordinates: y grows upwards). */
export type PdfItem = { str: string; x: number; y: number; width: number; fontSize: number; hasEOL: boolean }

export type PdfLine = { text: string; x: number; y: number; right: number; fontSize: number }

/** Groups a page's items into lines in reading order. */
export function linesOfPage(items: PdfItem[]): PdfLine[] {
  const lines: PdfLine[] = []
  let current: PdfLine | null = null
  let breakAfter = false
  for (const item of items) {
    const size = Math.abs(item.fontSize) || 1
    if (current && !breakAfter && Math.abs(item.y - current.y) <= size * 0.5) {
      // Same line: a visible gap between two items is a space the PDF did
      // not write as a character.
      const gap = item.x - current.right
      if (gap > size * 0.15 && !/\s$/.test(current.text) && !/^\s/.test(item.str)) current.text += ' '
      current.text += item.str
      current.right = Math.max(current.right, item.x + item.width)
      current.fontSize = Math.max(current.fontSize, size)
    } else if (item.str.trim() || !item.hasEOL) {
      if (current) lines.push(current)
      current = { text: item.str, x: item.x, y: item.y, right: item.x + item.width, fontSize: size }
    }
    breakAfter = item.hasEOL
  }
  if (current) lines.push(current)
  return lines.map((l) => ({ ...l, text: tidySpaces(l.text) })).filter((l) => l.text)
}

const PAGE_NUMBER = /^(?:page\s*)?[-–—(]?\s*(?:\d{1,4}|[ivxlcdm]{1,7})\s*[-–—)]?(?:\s*(?:of|\/)\s*\d{1,4})?$/i
/** A line's text (digits aside: page numbers and dates change) and where it
 * sits on the page: running headers keep both from page to page. */
const shape = (line: PdfLine) => `${Math.round(line.y / 4)}|${line.text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ')}`

/** Drops running headers and footers: a line among the first or last two of
 * a page whose shape recurs in the same place on at least half of the pages
 * (two at least), and page numbers standing alone there. */
export function dropRunningLines(pages: PdfLine[][]): PdfLine[][] {
  const edges = (lines: PdfLine[]) => new Set([...lines.slice(0, 2), ...lines.slice(-2)])
  const counts = new Map<string, number>()
  for (const page of pages) for (const key of new Set([...edges(page)].map(shape))) counts.set(key, (counts.get(key) ?? 0) + 1)
  const needed = Math.max(2, Math.ceil(pages.length / 2))
  return pages.map((page) => {
    const edge = edges(page)
    return page.filter((l) => !edge.has(l) || !(PAGE_NUMBER.test(l.text) || (pages.length >= 2 && (counts.get(shape(l)) ?? 0) >= needed)))
  })
}

/** The fragment endings that only ever come from breaking a word in two
 * ("na-|tion", "govern-|ment"), never from a compound ("large-|scale"). */
const SUFFIX_FRAGMENT = /^(?:tions?|sions?|ments?|ness(?:es)?|ities|ity|ings?|ally|ly|ences?|ances?|ous(?:ly)?|ive(?:ly)?|ible|able|isms?|ists?|ures?|ized?|ises?|ised|izes|ations?|ted|ting|ers?|est|ed|al)$/

/** Joins the last word of a line ending in a hyphen with the first word of
 * the next. The hyphen goes when it only broke a word: a soft hyphen, the
 * joined word appearing elsewhere in the document (and the hyphenated one
 * not), or the second part being a bare suffix. Otherwise it stays: a
 * compound ("President-elect", "large-scale") is never glued together. */
export function mendHyphen(left: string, right: string, documentWords: ReadonlySet<string>): string {
  if (left.endsWith('\u00ad')) return left.slice(0, -1) + right
  const head = /(\p{L}+)[-\u2010]$/u.exec(left)
  const tail = /^(\p{Ll}+)/u.exec(right)
  if (!head || !tail) return left + right
  const joined = (head[1] + tail[1]).toLowerCase()
  const hyphenated = `${head[1]}-${tail[1]}`.toLowerCase()
  const glue = (documentWords.has(joined) && !documentWords.has(hyphenated)) || (!/^\p{Lu}/u.test(head[1]) && SUFFIX_FRAGMENT.test(tail[1]))
  return glue ? left.slice(0, -1) + right : left + right
}

/** The line spacing of a set of gaps: a low quantile, so that pages whose
 * paragraphs are mostly one line long still show their true spacing. */
const lineSpacing = (gaps: number[]) => {
  if (!gaps.length) return 0
  const sorted = [...gaps].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length * 0.2)]
}

const ENDS_SENTENCE = /[.!?…:"”’)]$/u

/** Whether `line` starts a new paragraph after `prev` on the same page. */
function startsParagraph(prev: PdfLine, line: PdfLine, spacing: number, fullWidth: number, leftMargin: number, pageUsesGaps: boolean): boolean {
  const size = line.fontSize
  if (Math.abs(size - prev.fontSize) > Math.max(prev.fontSize, size) * 0.1) return true
  const gap = prev.y - line.y
  if (gap < 0 || gap > spacing * 1.4) return true
  if (line.x > leftMargin + size && Math.abs(prev.x - leftMargin) < size * 0.5) return true
  if (!pageUsesGaps && ENDS_SENTENCE.test(prev.text) && prev.right - leftMargin < fullWidth * 0.75 && /^[\p{Lu}\p{N}“"‘'(]/u.test(line.text)) return true
  return false
}

/** Lines of every page (headers already dropped) to paragraphs. A paragraph
 * that runs on to the next page continues there unless its last line ends a
 * sentence. */
export function paragraphsFromLines(pages: PdfLine[][]): string[] {
  const words = new Set<string>()
  for (const page of pages) for (const line of page) for (const w of line.text.toLowerCase().match(/[\p{L}-]+/gu) ?? []) words.add(w)
  const paragraphs: string[] = []
  let current = ''
  let prev: PdfLine | null = null
  const add = (text: string) => {
    if (!current) current = text
    else if (/[-\u2010\u00ad]$/.test(current)) current = mendHyphen(current, text, words)
    else current += ' ' + text
  }
  for (const page of pages) {
    // The usual distance between lines, for each font size on the page
    // (a headline's lines are further apart than the body's).
    const gaps = new Map<number, number[]>()
    page.slice(1).forEach((l, i) => {
      const gap = page[i].y - l.y
      if (gap > 0 && Math.round(l.fontSize) === Math.round(page[i].fontSize)) gaps.set(Math.round(l.fontSize), [...(gaps.get(Math.round(l.fontSize)) ?? []), gap])
    })
    const spacingOf = (l: PdfLine) => lineSpacing(gaps.get(Math.round(l.fontSize)) ?? []) || l.fontSize * 1.2
    const pageUsesGaps = [...gaps.entries()].some(([size, list]) => list.some((g) => g > (lineSpacing(list) || size * 1.2) * 1.4))
    const leftMargin = Math.min(...page.map((l) => l.x))
    const fullWidth = Math.max(...page.map((l) => l.right - leftMargin))
    page.forEach((line, i) => {
      const newParagraph =
        i === 0 ? prev !== null && (ENDS_SENTENCE.test(prev.text) && !/[-\u00ad]$/.test(prev.text)) : startsParagraph(page[i - 1], line, spacingOf(line), fullWidth, leftMargin, pageUsesGaps)
      if (newParagraph && current) {
        paragraphs.push(tidySpaces(current))
        current = ''
      }
      add(line.text)
      prev = line
    })
  }
  if (current) paragraphs.push(tidySpaces(current))
  return paragraphs.filter(Boolean)
}
