// The excerpt shown under a search result: the text around the first hit,
// with the position of every hit in it so the UI can highlight them (it
// wraps those ranges; nothing here is HTML). White space is shown as single
// spaces, one for one, so positions in the excerpt stay exact.
import { eachWord } from './tokenize'

export type Snippet = { text: string; hits: [number, number][] }

const BEFORE = 60
const WIDTH = 220

/** Where in `text` the words in `terms` occur (folded words). */
export function hitsIn(text: string, terms: ReadonlySet<string>, limit = 200): [number, number][] {
  const hits: [number, number][] = []
  if (!terms.size) return hits
  eachWord(text, (term, start, end) => {
    if (terms.has(term)) hits.push([start, end])
    return hits.length >= limit
  })
  return hits
}

export function snippetOf(text: string, terms: ReadonlySet<string>): Snippet {
  const all = hitsIn(text, terms, 1)
  const first = all[0]?.[0] ?? 0
  let from = Math.max(0, first - BEFORE)
  // Start and end on a word boundary.
  if (from > 0) from = text.indexOf(' ', from) + 1 || from
  let to = Math.min(text.length, from + WIDTH)
  if (to < text.length) to = text.lastIndexOf(' ', to) > from ? text.lastIndexOf(' ', to) : to
  const lead = from > 0 ? '…' : ''
  const body = text.slice(from, to).replace(/\s/g, ' ')
  const hits = hitsIn(body, terms).map(([a, b]) => [a + lead.length, b + lead.length] as [number, number])
  return { text: lead + body + (to < text.length ? '…' : ''), hits }
}
