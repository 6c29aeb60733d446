// Direct quotations in an article's plain text: curly (“…”) and straight
// ("…") double quotes, paired within a paragraph; single quotes (‘…’, the
// British style and many headlines) and guillemets («…») are read as
// double ones first (`asDoubleQuotes`). A quotation that runs over
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

/** The text with each quotation in single curly quotes (‘…’) or
 * guillemets («…», »…«) written with double curly quotes instead, the
 * length unchanged, so that the rest of the engine knows one kind of
 * quotation. A single quote inside a double quotation is a quotation
 * within a quotation and stays. "’" is also the apostrophe ("don’t",
 * "voters’"): a quotation closes only at a "’" that ends a word and is
 * followed by no letter, and only one that opens before a word counts. */
export function asDoubleQuotes(text: string): string {
  if (!/[‘«»]/.test(text)) return text
  const out = text.split('')
  let inDouble = false
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]
    if (ch === '\n') inDouble = false
    else if (ch === OPEN) inDouble = true
    else if (ch === CLOSE) inDouble = false
    else if (ch === '"') inDouble = !inDouble
    if (inDouble) continue
    if (ch === '«' || ch === '»') {
      const close = text.indexOf(ch === '«' ? '»' : '«', i + 1)
      if (close > i + 1 && !text.slice(i, close).includes('\n')) {
        out[i] = OPEN
        out[close] = CLOSE
        i = close
      }
      continue
    }
    if (ch !== '‘' || !/[\p{L}\p{N}$]/u.test(text[i + 1] ?? '') || /[\p{L}\p{N}]/u.test(text[i - 1] ?? '')) continue
    const close = closingSingle(text, i + 1)
    if (close < 0) continue
    out[i] = OPEN
    out[close] = CLOSE
    i = close
  }
  return out.join('')
}

/** The "’" that closes a single quotation opened before `from`: at the end
 * of a word, no letter after it; none past the paragraph's end or a new
 * opening quote. */
function closingSingle(text: string, from: number): number {
  for (let k = from; k < text.length && k - from < 600; k++) {
    const ch = text[k]
    if (ch === '\n' || ch === '‘' || ch === OPEN) return -1
    if (ch === '’' && /[^\s]/.test(text[k - 1]) && !/[\p{L}\p{N}]/u.test(text[k + 1] ?? '')) return k
  }
  return -1
}
