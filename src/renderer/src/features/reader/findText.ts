// Finding words in the article to select them from the keyboard. Matching
// forgives what a keyboard cannot easily type: case, non-breaking spaces and
// curly quotes or dashes match their plain forms. Each character maps to one
// character, so a match's offsets are the document's own.
import type { Node as PMNode } from '@tiptap/pm/model'

const PLAIN: Record<string, string> = {
  '\u00a0': ' ',
  '\u2009': ' ',
  '\u202f': ' ',
  '\u2018': "'",
  '\u2019': "'",
  '\u201a': "'",
  '\u201b': "'",
  '\u2032': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u201e': '"',
  '\u201f': '"',
  '\u2033': '"',
  '\u2013': '-',
  '\u2014': '-',
  '\u2212': '-',
}

/** One character in, one character out. */
function plainChar(ch: string): string {
  if (PLAIN[ch]) return PLAIN[ch]
  if (/\s/.test(ch)) return ' '
  const lower = ch.toLowerCase()
  return lower.length === 1 ? lower : ch
}

export function plainForm(text: string): string {
  let out = ''
  for (let i = 0; i < text.length; i++) out += plainChar(text[i])
  return out
}

export type TextMatch = { from: number; to: number }

/** Every match of `query` in the document's text blocks, in order. A query
 * never spans two paragraphs (extend the selection with Shift+arrows). */
export function findMatches(doc: PMNode, query: string, limit = 1000): TextMatch[] {
  const wanted = plainForm(query).replace(/ +/g, ' ')
  if (!wanted.trim()) return []
  const matches: TextMatch[] = []
  doc.descendants((node, pos) => {
    if (matches.length >= limit) return false
    if (!node.isTextblock) return true
    const text = plainForm(node.textContent)
    for (let at = text.indexOf(wanted); at >= 0 && matches.length < limit; at = text.indexOf(wanted, at + 1)) {
      matches.push({ from: pos + 1 + at, to: pos + 1 + at + wanted.length })
    }
    return false
  })
  return matches
}

/** The first match at or after `pos`, else the first one (search wraps). */
export function matchFrom(matches: TextMatch[], pos: number): number {
  if (matches.length === 0) return -1
  const at = matches.findIndex((m) => m.from >= pos)
  return at >= 0 ? at : 0
}
