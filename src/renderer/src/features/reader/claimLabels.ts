// The letter of each claim's kind at the claim's first character (A, D or
// T, drawn by CSS from a data attribute, so it is never part of the text or
// of a selection). Where claims overlap or nest, the letters say where each
// one begins; with the underline style they make sure colour is never the
// only signal.
import { Extension } from '@tiptap/core'
import type { Node as PMNode } from '@tiptap/pm/model'
import { Plugin, PluginKey } from '@tiptap/pm/state'
import { Decoration, DecorationSet } from '@tiptap/pm/view'
import type { Kind } from '../../../../shared/domain'
import { KIND_STYLES } from '../../../../shared/kinds'
import { claimSpansOf } from './editorClaims'

export function claimLabelDecorations(doc: PMNode): DecorationSet {
  const starts = new Map<number, Kind[]>()
  for (const span of claimSpansOf(doc)) starts.set(span.from, [...(starts.get(span.from) ?? []), span.kind])
  const decorations = [...starts].map(([from, kinds]) => {
    const letters = kinds.map((k) => KIND_STYLES[k].letter).join('')
    // Two claims that start together share one label ("TA"); its colour is
    // the outer claim's.
    return Decoration.inline(from, from + 1, { class: 'claim-start', 'data-letters': letters, style: `--label-colour: ${KIND_STYLES[kinds[0]].colour}` })
  })
  return DecorationSet.create(doc, decorations)
}

const key = new PluginKey<DecorationSet>('claimLabels')

export const ClaimLabels = Extension.create({
  name: 'claimLabels',
  addProseMirrorPlugins() {
    return [
      new Plugin<DecorationSet>({
        key,
        state: {
          init: (_config, state) => claimLabelDecorations(state.doc),
          apply: (tr, set) => (tr.docChanged ? claimLabelDecorations(tr.doc) : set),
        },
        props: { decorations: (state) => key.getState(state) },
      }),
    ]
  },
})
