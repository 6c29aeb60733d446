// Suggestions drawn over the text: faint dashed lines above and below the
// words and a label with the proposed kind's letter and a "?" where each
// one ends; for the active one also its speaker and cue, faintly. Decorations, never marks: a suggestion
// is a proposal, not coding, and must never reach the saved body.
//
// The reader hands the plugin what to draw (setSuggestionHighlights); the
// plugin only keeps the decorations in step with the document between two
// such updates.
import { Extension } from '@tiptap/core'
import type { Node as PMNode } from '@tiptap/pm/model'
import { Plugin, PluginKey, type Transaction } from '@tiptap/pm/state'
import { Decoration, DecorationSet } from '@tiptap/pm/view'
import { KIND_STYLES } from '../../../../../shared/kinds'
import { onlyMarkSteps } from '../readOnlyText'
import type { PlacedSuggestion } from './placement'

export type HighlightInput = { placed: readonly PlacedSuggestion[]; activeId: string | null }

const key = new PluginKey<DecorationSet>('suggestionHighlights')

function decorate(doc: PMNode, { placed, activeId }: HighlightInput): DecorationSet {
  const decorations: Decoration[] = []
  for (const { suggestion, content, source, cue } of placed) {
    const active = suggestion.id === activeId
    const kind = KIND_STYLES[suggestion.kind]
    decorations.push(
      Decoration.inline(content.from, content.to, {
        // An element of its own: overlapping decorations without one share
        // a single element, and a suggestion nested in another would lose its id.
        nodeName: 'span',
        class: active ? 'suggestion is-active' : 'suggestion',
        'data-suggestion-id': suggestion.id,
        'data-kind': suggestion.kind,
        style: `--kind-colour: ${kind.colour}`,
      }),
      // The label is drawn by CSS after the last character, from an
      // attribute: never text, so never selected, copied or counted in
      // offsets. (Not a widget: the caret would stop at it, costing a key
      // press when selecting with Shift and the arrows.) At the end, not the
      // start, so a paragraph that opens with a suggestion keeps its first
      // words in one piece.
      Decoration.inline(Math.max(content.from, content.to - 1), content.to, { class: 'suggestion-end', 'data-label': `${kind.letter}?`, style: `--kind-colour: ${kind.colour}` }),
    )
    if (!active) continue
    if (source) decorations.push(Decoration.inline(source.from, source.to, { class: 'suggestion-source', 'data-testid': 'suggestion-source' }))
    if (cue) decorations.push(Decoration.inline(cue.from, cue.to, { class: 'suggestion-cue', 'data-testid': 'suggestion-cue' }))
  }
  return DecorationSet.create(doc, decorations)
}

/** A transaction that replaces what is drawn (nothing when `placed` is empty). */
export function setSuggestionHighlights(tr: Transaction, input: HighlightInput): Transaction {
  return tr.setMeta(key, input)
}

export const SuggestionHighlights = Extension.create({
  name: 'suggestionHighlights',
  addProseMirrorPlugins() {
    return [
      new Plugin<DecorationSet>({
        key,
        state: {
          init: () => DecorationSet.empty,
          apply: (tr, set) => {
            const input = tr.getMeta(key) as HighlightInput | undefined
            if (input) return decorate(tr.doc, input)
            // Mark steps (coding) move nothing: the set stays as it is. A
            // text edit moves the outlines with the words until the reader
            // places the suggestions again.
            return tr.docChanged && !onlyMarkSteps(tr) ? set.map(tr.mapping, tr.doc) : set
          },
        },
        props: { decorations: (state) => key.getState(state) },
      }),
    ]
  },
})
