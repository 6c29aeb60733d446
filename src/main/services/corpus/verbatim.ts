// A corpus text kept exactly as it is, split into paragraphs at its line
// breaks, with a map from offsets in the file to offsets in the article's
// plain text (paragraphs joined by a blank line, see shared/body.ts). Inside a
// paragraph the map is a shift; only the line breaks between paragraphs
// change ("\n", or several with blank lines between, all become "\n\n").
// Annotations made on the file (brat offsets) land on exactly the same
// characters in the article.
import { BLOCK_SEPARATOR, lastStartAtOrBefore } from '../../../shared/body'

/** A line break, with any blank (or white-space-only) lines after it. */
const BREAK = /\n(?:[^\S\n]*\n)*/g

export type VerbatimText = {
  /** The text the offsets refer to (line ends normalised to "\n"). */
  text: string
  paragraphs: string[]
  /** Maps an offset in `text` to the article's plain text. An offset inside
   * a line break goes to the start of the next paragraph ('start') or the end
   * of the previous one ('end'), so a span never covers half a break. */
  toBody(offset: number, side: 'start' | 'end'): number
}

type Segment = { from: number; to: number; bodyFrom: number }

export function splitVerbatim(source: string): VerbatimText {
  // Line ends as brat (and Python) count them: "\r\n" is one character.
  const text = source.replace(/\r\n?/g, '\n')
  const segments: Segment[] = []
  let bodyAt = 0
  const push = (from: number, to: number) => {
    // White space alone before the first or after the last line is no
    // paragraph (a text node cannot be empty, and it would show as a blank).
    if (!text.slice(from, to).trim()) return
    if (segments.length) bodyAt += BLOCK_SEPARATOR.length
    segments.push({ from, to, bodyFrom: bodyAt })
    bodyAt += to - from
  }
  let at = 0
  for (const m of text.matchAll(BREAK)) {
    push(at, m.index)
    at = m.index + m[0].length
  }
  push(at, text.length)
  const paragraphs = segments.map((s) => text.slice(s.from, s.to))

  const toBody = (offset: number, side: 'start' | 'end'): number => {
    if (!segments.length) return 0
    // The last segment starting at or before the offset.
    const at = lastStartAtOrBefore(segments.length, (i) => segments[i].from, offset)
    const seg = segments[at]
    if (offset < seg.from) return 0
    if (offset <= seg.to) return seg.bodyFrom + (offset - seg.from)
    const next = segments[at + 1]
    if (side === 'start' && next) return next.bodyFrom
    return seg.bodyFrom + (seg.to - seg.from)
  }
  return { text, paragraphs, toBody }
}

/** brat counts offsets in Unicode code points (Python strings); JavaScript
 * strings count UTF-16 units. They differ only after a character outside the
 * Basic Multilingual Plane (an emoji). Returns the conversion for `text`. */
export function codePointOffsets(text: string): (codePoint: number) => number {
  if (!/[\uD800-\uDFFF]/.test(text)) return (n) => n
  const units: number[] = []
  let unit = 0
  for (const ch of text) {
    units.push(unit)
    unit += ch.length
  }
  units.push(unit)
  return (n) => units[Math.min(Math.max(n, 0), units.length - 1)]
}
