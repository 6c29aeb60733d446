// Words as the search index sees them: runs of letters, digits and combining
// marks, folded to lower case without accents ("Pompeo’s" gives "pompeo" and
// "s"; "Élysée" gives "elysee"). The same scanner and folding serve the
// index, queries, snippets and the duplicate key, so a hit is always found
// where it was indexed.
//
// The scanner reads character codes rather than running a Unicode regular
// expression: indexing 10,000 articles means 7 million words, and the
// regular expression alone took 10 s for them.
export const MAX_TERM_LENGTH = 40

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u
/** 0: not known yet, 1: part of a word, 2: not. For every UTF-16 unit. */
const kinds = new Uint8Array(65_536)

function isWordUnit(code: number, text: string, at: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57)
  if (code >= 0xd800 && code <= 0xdfff) {
    // Half of a character outside the Basic Multilingual Plane: the whole
    // character decides (a letter in an old script yes, an emoji no).
    const point = text.codePointAt(code <= 0xdbff ? at : at - 1) ?? 0
    return WORD_CHAR.test(String.fromCodePoint(point))
  }
  let kind = kinds[code]
  if (kind === 0) kinds[code] = kind = WORD_CHAR.test(String.fromCharCode(code)) ? 1 : 2
  return kind === 1
}

/** Calls `fn` with the start and end of every word of `text`, and whether
 * it holds anything beyond ASCII (and so may need folding). `fn` returning
 * true stops the scan. */
export function scanWords(text: string, fn: (start: number, end: number, ascii: boolean) => boolean | void): void {
  let start = -1
  let ascii = true
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (isWordUnit(code, text, i)) {
      if (start < 0) {
        start = i
        ascii = true
      }
      if (code >= 128) ascii = false
    } else if (start >= 0) {
      if (fn(start, i, ascii) === true) return
      start = -1
    }
  }
  if (start >= 0) fn(start, text.length, ascii)
}

/** A word without case or accents. */
export function fold(word: string, ascii = false): string {
  const lower = word.toLowerCase()
  return ascii ? lower : lower.normalize('NFKD').replace(/\p{M}/gu, '')
}

/** Calls `fn` with each indexable word of `text` (folded) and where it is.
 * One-letter words are skipped (a possessive “s” is in every article) and so
 * are words longer than MAX_TERM_LENGTH (URLs, garbage). */
export function eachWord(text: string, fn: (term: string, start: number, end: number) => boolean | void): void {
  scanWords(text, (start, end, ascii) => {
    if (end - start > MAX_TERM_LENGTH * 2) return
    const term = fold(text.slice(start, end), ascii)
    if (term.length >= 2 && term.length <= MAX_TERM_LENGTH) return fn(term, start, end)
  })
}

/** The words of a query, folded, in order, without repeats. A query word is
 * kept even when it has one letter (while typing, “b” should find “Biden”). */
export function queryTerms(query: string): string[] {
  const terms: string[] = []
  scanWords(query, (start, end, ascii) => {
    const term = fold(query.slice(start, end), ascii).slice(0, MAX_TERM_LENGTH)
    if (term && !terms.includes(term)) terms.push(term)
  })
  return terms.slice(0, 12)
}

/** The indexable words of `text` (as eachWord), without their positions:
 * the text is lower-cased once, so plain ASCII words need no work. */
export function eachTerm(text: string, fn: (term: string) => void, minLength = 2): void {
  const lower = text.toLowerCase()
  scanWords(lower, (start, end, ascii) => {
    if (end - start > MAX_TERM_LENGTH * 2) return
    const term = ascii ? lower.slice(start, end) : fold(lower.slice(start, end))
    if (term.length >= minLength && term.length <= MAX_TERM_LENGTH) fn(term)
  })
}
