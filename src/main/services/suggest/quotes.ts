// Direct quotations in an article's plain text: curly (“…”) and straight
// ("…") double quotes, paired within a paragraph. A quotation that runs over
// several paragraphs follows the newspaper convention: each paragraph opens
// with a quotation mark, only the last one closes it. The spans include the
// quotation marks, as annotators mark them.

export type Quote = { start: number; end: number; words: number }

const OPEN = '“'
const CLOSE = '”'

/** Quotes in text order; `start` is the opening mark, `end` is just after
 * the closing one. */
export function findQuotes(text: string): Quote[] {
  const quotes: Quote[] = []
  // The opening of a quotation that a paragraph left open, waiting for the
  // next paragraph to carry it on (it starts with an opening mark).
  let carried: number | null = null
  let at = 0
  for (const paragraph of text.split('\n')) {
    const offset = at
    at += paragraph.length + 1
    if (!paragraph.trim()) continue
    let open: number | null = null
    if (carried !== null && !/^\s*[“"]/.test(paragraph)) carried = null
    for (let i = 0; i < paragraph.length; i++) {
      const ch = paragraph[i]
      const straight = ch === '"'
      const opens = ch === OPEN || (straight && open === null)
      const closes = ch === CLOSE || (straight && open !== null)
      if (opens && open === null) {
        open = carried ?? offset + i
        carried = null
      } else if (closes && open !== null) {
        const end = offset + i + 1
        quotes.push({ start: open, end, words: countWords(text.slice(open, end)) })
        open = null
      } else if (ch === OPEN && open !== null) {
        // An opening mark inside an open quote: the first one was never
        // closed (a typo or a quotation that ran over a break); start again.
        open = offset + i
      }
    }
    carried = open
  }
  return quotes
}

function countWords(s: string): number {
  return s.match(/[\p{L}\p{N}]+(?:[’'][\p{L}]+)?/gu)?.length ?? 0
}
