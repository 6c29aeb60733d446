// Claim marks inside the editor: find them, add one over the selection,
// change a claim's kind, remove a claim. Every change is one transaction of
// mark steps only (the read-only filter lets nothing else through).
import type { Editor } from '@tiptap/core'
import type { Mark as PMMark, Node as PMNode } from '@tiptap/pm/model'
import { TextSelection } from '@tiptap/pm/state'
import { nanoid } from 'nanoid'
import type { Kind } from '../../../../shared/domain'

type MarkedNode = { from: number; to: number; mark: PMMark }

/** Every text node that carries the claim, with the exact mark instance. */
export function claimNodes(doc: PMNode, claimId: string): MarkedNode[] {
  const found: MarkedNode[] = []
  doc.descendants((node, pos) => {
    if (!node.isText) return
    const mark = node.marks.find((m) => m.type.name === 'claim' && m.attrs.id === claimId)
    if (mark) found.push({ from: pos, to: pos + node.nodeSize, mark })
  })
  return found
}

const isBlankOrBoundary = (text: string) => /^\s?$/.test(text)

/** The selection without the spaces and line breaks at its edges: a claim
 * should start and end on words. */
export function trimmedSelection(editor: Editor): { from: number; to: number } | null {
  const { doc, selection } = editor.state
  let { from, to } = selection
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
  editor.view.dispatch(tr)
  return id
}

export function setClaimKind(editor: Editor, claimId: string, kind: Kind): boolean {
  const nodes = claimNodes(editor.state.doc, claimId)
  if (nodes.length === 0) return false
  const tr = editor.state.tr
  const replacement = editor.schema.marks.claim.create({ id: claimId, kind })
  for (const { from, to, mark } of nodes) {
    tr.removeMark(from, to, mark)
    tr.addMark(from, to, replacement)
  }
  editor.view.dispatch(tr)
  return true
}

export function removeClaim(editor: Editor, claimId: string): boolean {
  const nodes = claimNodes(editor.state.doc, claimId)
  if (nodes.length === 0) return false
  const tr = editor.state.tr
  for (const { from, to, mark } of nodes) tr.removeMark(from, to, mark)
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

export function scrollToClaim(root: HTMLElement | null, claimId: string): void {
  const span = root?.querySelector(`[data-claim-id="${CSS.escape(claimId)}"]`)
  span?.scrollIntoView({ block: 'center', behavior: 'smooth' })
}
