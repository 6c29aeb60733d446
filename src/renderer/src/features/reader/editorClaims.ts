// Claim marks inside the editor: find them, add one over the selection,
// change a claim's kind, remove a claim. Every change is one transaction of
// mark steps only (the read-only filter lets nothing else through), labelled
// for the undo history.
import type { Editor } from '@tiptap/core'
import type { Mark as PMMark, Node as PMNode } from '@tiptap/pm/model'
import { TextSelection } from '@tiptap/pm/state'
import { nanoid } from 'nanoid'
import type { Kind } from '../../../../shared/domain'
import { KIND_STYLES } from '../../../../shared/kinds'
import { setActiveClaim } from './activeClaim'
import { asKind } from './claimMark'

/** The label an action carries into the undo history ("Undo tag as denial"). */
export const LABEL_META = 'claimbookLabel'

type MarkedNode = { from: number; to: number; mark: PMMark }

/** One claim in the editor: its kind and the document range from its first
 * to its last character (it may cross paragraphs and other claims). */
export type EditorSpan = { id: string; kind: Kind; from: number; to: number }

/** Documents are immutable: the spans of one are found once, however many
 * parts of the reader ask (the kind letters, the save, the panel). */
const spansByDoc = new WeakMap<PMNode, EditorSpan[]>()

/** Every claim in the document, in text order (outer before inner when two
 * start together). One pass over the text nodes, once per document; the
 * result is shared, never to be changed. */
export function claimSpansOf(doc: PMNode): readonly EditorSpan[] {
  const known = spansByDoc.get(doc)
  if (known) return known
  const found = findSpans(doc)
  spansByDoc.set(doc, found)
  return found
}

type Piece = { id: string; kind: Kind; from: number; to: number }

/** The claim pieces of one paragraph, relative to its start. A tag changes
 * one paragraph or two and the others stay the same nodes, so only the
 * changed ones are read again. */
const piecesByBlock = new WeakMap<PMNode, Piece[]>()

function piecesOf(block: PMNode): Piece[] {
  let pieces = piecesByBlock.get(block)
  if (pieces) return pieces
  pieces = []
  const open = new Map<string, Piece>()
  block.descendants((node, pos) => {
    if (!node.isText) return
    for (const mark of node.marks) {
      if (mark.type.name !== 'claim' || !mark.attrs.id) continue
      const id = String(mark.attrs.id)
      const piece = open.get(id)
      if (piece) piece.to = pos + node.nodeSize
      else {
        const created = { id, kind: asKind(mark.attrs.kind), from: pos, to: pos + node.nodeSize }
        open.set(id, created)
        pieces.push(created)
      }
    }
  })
  piecesByBlock.set(block, pieces)
  return pieces
}

function findSpans(doc: PMNode): EditorSpan[] {
  const spans = new Map<string, EditorSpan>()
  doc.forEach((block, offset) => {
    // +1: a paragraph's content starts after its opening token.
    for (const piece of piecesOf(block)) {
      const span = spans.get(piece.id)
      if (span) span.to = offset + 1 + piece.to
      else spans.set(piece.id, { id: piece.id, kind: piece.kind, from: offset + 1 + piece.from, to: offset + 1 + piece.to })
    }
  })
  return [...spans.values()].sort(byTextOrder)
}

export const byTextOrder = (a: { from: number; to: number }, b: { from: number; to: number }) => a.from - b.from || b.to - a.to

/** Every text node that carries the claim, with the exact mark instance. */
export function claimNodes(doc: PMNode, claimId: string, within?: { from: number; to: number }): MarkedNode[] {
  const found: MarkedNode[] = []
  const visit = (node: PMNode, pos: number) => {
    if (!node.isText) return
    const mark = node.marks.find((m) => m.type.name === 'claim' && m.attrs.id === claimId)
    if (mark) found.push({ from: pos, to: pos + node.nodeSize, mark })
  }
  if (within) doc.nodesBetween(within.from, within.to, visit)
  else doc.descendants(visit)
  return found
}

/** The claims on the characters either side of `pos`, innermost (shortest)
 * first: what the caret points at. */
export function claimsAt(doc: PMNode, pos: number, spans: Map<string, EditorSpan>): string[] {
  const $pos = doc.resolve(Math.max(0, Math.min(pos, doc.content.size)))
  const ids = new Set<string>()
  for (const node of [$pos.nodeBefore, $pos.nodeAfter]) {
    for (const mark of node?.isText ? node.marks : []) if (mark.type.name === 'claim') ids.add(String(mark.attrs.id))
  }
  return innermostFirst([...ids], spans)
}

export function innermostFirst(ids: string[], spans: Map<string, EditorSpan>): string[] {
  const length = (id: string) => {
    const span = spans.get(id)
    return span ? span.to - span.from : Number.MAX_SAFE_INTEGER
  }
  return [...ids].sort((a, b) => length(a) - length(b))
}

/** The next claim to make active at a spot: the innermost one, then (click
 * or C again) the one around it, and round again. */
export function cycleAt(ids: string[], activeId: string | null): string | null {
  if (ids.length === 0) return null
  const at = activeId ? ids.indexOf(activeId) : -1
  return ids[(at + 1) % ids.length]
}

const isBlankOrBoundary = (text: string) => /^\s?$/.test(text)

/** The selection without the spaces and line breaks at its edges: a claim
 * should start and end on words. */
export function trimmedSelection(editor: Editor): { from: number; to: number } | null {
  return trimmedRange(editor.state.doc, editor.state.selection)
}

/** A range without the spaces and line breaks at its edges (null when
 * nothing else is left). */
export function trimmedRange(doc: PMNode, range: { from: number; to: number }): { from: number; to: number } | null {
  let { from, to } = range
  while (from < to && isBlankOrBoundary(doc.textBetween(from, from + 1))) from++
  while (to > from && isBlankOrBoundary(doc.textBetween(to - 1, to))) to--
  return from < to ? { from, to } : null
}

/** Tags the selected text; returns the new claim id, or null without a selection. */
export function tagSelection(editor: Editor, kind: Kind): string | null {
  const range = trimmedSelection(editor)
  if (!range) return null
  const id = nanoid(12)
  const tr = editor.state.tr.addMark(range.from, range.to, editor.schema.marks.claim.create({ id, kind }))
  // Collapse the selection so the new highlight shows at once.
  tr.setSelection(TextSelection.create(tr.doc, range.to))
  tr.setMeta(LABEL_META, `tag as ${KIND_STYLES[kind].label.toLowerCase()}`)
  // The new claim is the active one: outlined in this same update.
  setActiveClaim(tr, id)
  editor.view.dispatch(tr)
  return id
}

export function setClaimKind(editor: Editor, claimId: string, kind: Kind): boolean {
  const nodes = claimNodes(editor.state.doc, claimId)
  if (nodes.length === 0 || nodes.every((n) => n.mark.attrs.kind === kind)) return false
  const tr = editor.state.tr
  const replacement = editor.schema.marks.claim.create({ id: claimId, kind })
  for (const { from, to, mark } of nodes) {
    tr.removeMark(from, to, mark)
    tr.addMark(from, to, replacement)
  }
  tr.setMeta(LABEL_META, `retag as ${KIND_STYLES[kind].label.toLowerCase()}`)
  editor.view.dispatch(tr)
  return true
}

export function removeClaim(editor: Editor, claimId: string): boolean {
  const nodes = claimNodes(editor.state.doc, claimId)
  if (nodes.length === 0) return false
  const tr = editor.state.tr
  for (const { from, to, mark } of nodes) tr.removeMark(from, to, mark)
  tr.setMeta(LABEL_META, 'delete claim')
  editor.view.dispatch(tr)
  return true
}

/** The claims under a clicked element, from the innermost DOM span outwards. */
export function claimIdsAt(target: EventTarget | null): string[] {
  const ids: string[] = []
  let element = target instanceof Element ? target.closest('[data-claim-id]') : null
  while (element) {
    const id = element.getAttribute('data-claim-id')
    if (id && !ids.includes(id)) ids.push(id)
    element = element.parentElement?.closest('[data-claim-id]') ?? null
  }
  return ids
}

/** The plain text of a document as the store sees it: blocks joined by a
 * blank line (see shared/body.ts). */
export function plainTextOf(doc: PMNode): string {
  const blocks: string[] = []
  doc.forEach((block) => blocks.push(block.textContent))
  return blocks.join('\n\n')
}

/** The quoted words of a span, blocks separated as in the plain text. */
export function quoteOf(doc: PMNode, span: { from: number; to: number }): string {
  return doc.textBetween(span.from, span.to, '\n\n')
}
