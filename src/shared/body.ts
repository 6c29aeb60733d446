// Pure functions over an article body (Tiptap JSON). Used by the main process
// (to derive claim quotes and offsets, to check that coding left the text
// alone) and by importers and tests (to place claims by offset).
import { KINDS, type Body, type Kind } from './domain'

/** Blocks are joined by a blank line in the plain text, as in a .txt file. */
export const BLOCK_SEPARATOR = '\n\n'

/** Of `count` pieces whose starts ascend, the index of the last one starting
 * at or before `offset` (0 when none does), by binary search: how a plain-text
 * offset finds its paragraph or segment. */
export function lastStartAtOrBefore(count: number, startOf: (index: number) => number, offset: number): number {
  let low = 0
  let high = count - 1
  while (low < high) {
    const mid = (low + high + 1) >> 1
    if (startOf(mid) <= offset) low = mid
    else high = mid - 1
  }
  return low
}

type TextNode = NonNullable<Body['content'][number]['content']>[number]

export function blockTexts(body: Body): string[] {
  return body.content.map((block) => (block.content ?? []).map((t) => t.text).join(''))
}

export function plainText(body: Body): string {
  return blockTexts(body).join(BLOCK_SEPARATOR)
}

export function bodyFromParagraphs(paragraphs: string[]): Body {
  return {
    type: 'doc',
    content: paragraphs.map((text) => (text ? { type: 'paragraph', content: [{ type: 'text', text }] } : { type: 'paragraph' })),
  }
}

export type ClaimSpan = { id: string; kind: Kind; start: number; end: number }

/** Every claim mark in the body with the plain-text range it covers, in text
 * order. A claim split over several text nodes (because another claim
 * overlaps it) or over several blocks spans from its first to its last
 * character. */
export function claimSpans(body: Body): ClaimSpan[] {
  const spans = new Map<string, ClaimSpan>()
  let offset = 0
  body.content.forEach((block, i) => {
    if (i > 0) offset += BLOCK_SEPARATOR.length
    for (const node of block.content ?? []) {
      const end = offset + node.text.length
      for (const mark of node.marks ?? []) {
        if (mark.type !== 'claim') continue
        const id = String(mark.attrs?.id ?? '')
        // A mark from a tampered file may carry any kind: only real kinds count.
        const kind: Kind = KINDS.includes(mark.attrs?.kind as Kind) ? (mark.attrs!.kind as Kind) : 'assertion'
        if (!id) continue
        const span = spans.get(id)
        if (span) span.end = end
        else spans.set(id, { id, kind, start: offset, end })
      }
      offset = end
    }
  })
  return [...spans.values()].sort((a, b) => a.start - b.start || b.end - a.end)
}

/** Maps every text node through `fn`, splitting nodes at the given plain-text
 * range so that `fn` sees only whole nodes inside or outside it. */
function mapRange(body: Body, start: number, end: number, fn: (node: TextNode) => TextNode): Body {
  let offset = 0
  const content = body.content.map((block, i) => {
    if (i > 0) offset += BLOCK_SEPARATOR.length
    if (!block.content) return block
    const out: TextNode[] = []
    for (const node of block.content) {
      const nStart = offset
      const nEnd = offset + node.text.length
      offset = nEnd
      const cuts = [nStart, Math.max(nStart, Math.min(nEnd, start)), Math.max(nStart, Math.min(nEnd, end)), nEnd]
      for (let c = 0; c < 3; c++) {
        if (cuts[c + 1] <= cuts[c]) continue
        const piece: TextNode = { ...node, text: node.text.slice(cuts[c] - nStart, cuts[c + 1] - nStart) }
        out.push(c === 1 ? fn(piece) : piece)
      }
    }
    return { ...block, content: mergeTextNodes(out) }
  })
  return { ...body, content }
}

function sameMarks(a: TextNode, b: TextNode): boolean {
  return JSON.stringify(a.marks ?? []) === JSON.stringify(b.marks ?? [])
}

function mergeTextNodes(nodes: TextNode[]): TextNode[] {
  const out: TextNode[] = []
  for (const node of nodes) {
    const last = out[out.length - 1]
    if (last && sameMarks(last, node)) out[out.length - 1] = { ...last, text: last.text + node.text }
    else out.push(node)
  }
  return out.map((n) => (n.marks && n.marks.length === 0 ? { type: n.type, text: n.text } : n))
}

/** Adds a claim mark over a plain-text range (used by importers and tests;
 * in the app the editor adds marks itself). */
export function addClaimMark(body: Body, start: number, end: number, id: string, kind: Kind): Body {
  if (!(start < end)) throw new Error('a claim needs a non-empty range')
  if (end > plainText(body).length) throw new Error('the claim range is outside the text')
  return mapRange(body, start, end, (node) => ({ ...node, marks: [...(node.marks ?? []), { type: 'claim', attrs: { id, kind } }] }))
}

/** Applies `fn` to every claim mark with this id; returning null removes it. */
export function mapClaimMarks(body: Body, id: string, fn: (attrs: Record<string, unknown>) => Record<string, unknown> | null): Body {
  const content = body.content.map((block) => {
    if (!block.content) return block
    const nodes = block.content.map((node) => {
      if (!node.marks?.some((m) => m.type === 'claim' && m.attrs?.id === id)) return node
      const marks = node.marks.flatMap((m) => {
        if (m.type !== 'claim' || m.attrs?.id !== id) return [m]
        const attrs = fn(m.attrs ?? {})
        return attrs ? [{ ...m, attrs }] : []
      })
      return { ...node, marks }
    })
    return { ...block, content: mergeTextNodes(nodes) }
  })
  return { ...body, content }
}

/** Finds `quote` in the plain text (first occurrence at or after `from`). */
export function findQuote(body: Body, quote: string, from = 0): { start: number; end: number } | null {
  const at = plainText(body).indexOf(quote, from)
  return at < 0 ? null : { start: at, end: at + quote.length }
}
