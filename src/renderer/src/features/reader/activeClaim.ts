// The active claim's outline in the text, as decorations: a line above and
// below its words, and at its two ends. Not a style rule naming the claim
// (changing a style rule makes the browser check every element of a long
// text, ~5 ms on each activation) and not a class set on the mark's
// elements behind ProseMirror's back (it would read that as an edit). A
// tag makes its new claim active in the same transaction, so the text is
// drawn once for both.
import { Extension } from '@tiptap/core'
import type { Node as PMNode } from '@tiptap/pm/model'
import { Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state'
import { AddMarkStep, RemoveMarkStep } from '@tiptap/pm/transform'
import { Decoration, DecorationSet } from '@tiptap/pm/view'
import { claimNodes, claimSpansOf } from './editorClaims'

type Active = { id: string | null; set: DecorationSet }

const key = new PluginKey<Active>('activeClaim')

function outline(doc: PMNode, id: string | null): DecorationSet {
  const span = id ? claimSpansOf(doc).find((s) => s.id === id) : undefined
  if (!id || !span) return DecorationSet.empty
  // Only the claim's own stretch of a long text is read (the spans are
  // known already: kind letters and the save read them too).
  const pieces = claimNodes(doc, id, span)
  if (pieces.length === 0) return DecorationSet.empty
  const first = pieces[0].from
  const last = pieces[pieces.length - 1].to
  // The ends are one character each: other decorations (a kind letter, an
  // actor mention) cut the words into several elements, and only the very
  // first and last of them draw a side.
  return DecorationSet.create(doc, [
    ...pieces.map((piece) => Decoration.inline(piece.from, piece.to, { class: 'claim-active' })),
    Decoration.inline(first, first + 1, { class: 'claim-active-start' }),
    Decoration.inline(last - 1, last, { class: 'claim-active-end' }),
  ])
}

/** True when the transaction changed the words, or the marks of claim `id`. */
function touches(tr: Transaction, id: string): boolean {
  return tr.steps.some((step) => !(step instanceof AddMarkStep || step instanceof RemoveMarkStep) || (step.mark.type.name === 'claim' && step.mark.attrs.id === id))
}

/** Makes `id` the active claim (null: none) in this transaction. */
export function setActiveClaim(tr: Transaction, id: string | null): Transaction {
  return tr.setMeta(key, id)
}

export function activeClaimOf(state: EditorState): string | null {
  return key.getState(state)?.id ?? null
}

export const ActiveClaim = Extension.create({
  name: 'activeClaim',
  addProseMirrorPlugins() {
    return [
      new Plugin<Active>({
        key,
        state: {
          init: () => ({ id: null, set: DecorationSet.empty }),
          apply: (tr, active) => {
            const asked = tr.getMeta(key) as string | null | undefined
            const id = asked === undefined ? active.id : asked
            if (id === active.id && !(tr.docChanged && id && touches(tr, id))) return active
            return { id, set: outline(tr.doc, id) }
          },
        },
        props: { decorations: (state) => key.getState(state)?.set },
      }),
    ]
  },
})
