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
import { AddMarkStep } from '@tiptap/pm/transform'
import { Decoration, DecorationSet } from '@tiptap/pm/view'
import { KIND_STYLES } from '../../../../../shared/kinds'
import { overlapsByHalf } from '../../../../../shared/span-overlap'
import { onlyMarkSteps } from '../readOnlyText'
import type { PlacedSuggestion } from './placement'

export type HighlightInput = { placed: readonly PlacedSuggestion[]; activeId: string | null }

const key = new PluginKey<Drawn>('suggestionHighlights')

/** What every decoration of a suggestion carries: which one it belongs to. */
type Spec = { suggestionId: string }

type Drawn = { set: DecorationSet; input: HighlightInput }

const sameInput = (a: HighlightInput, b: HighlightInput) => a.activeId === b.activeId && a.placed.length === b.placed.length && a.placed.every((p, i) => p === b.placed[i])

function decorate(doc: PMNode, { placed, activeId }: HighlightInput): DecorationSet {
  const decorations: Decoration[] = []
  for (const { suggestion, content, source, cue } of placed) {
    const active = suggestion.id === activeId
    const kind = KIND_STYLES[suggestion.kind]
    const spec: Spec = { suggestionId: suggestion.id }
    decorations.push(
      Decoration.inline(
        content.from,
        content.to,
        {
          // An element of its own: overlapping decorations without one share
          // a single element, and a suggestion nested in another would lose its id.
          nodeName: 'span',
          class: active ? 'suggestion is-active' : 'suggestion',
          'data-suggestion-id': suggestion.id,
          'data-kind': suggestion.kind,
          style: `--kind-colour: ${kind.colour}`,
        },
        spec,
      ),
      // The label is drawn by CSS after the last character, from an
      // attribute: never text, so never selected, copied or counted in
      // offsets. (Not a widget: the caret would stop at it, costing a key
      // press when selecting with Shift and the arrows.) At the end, not the
      // start, so a paragraph that opens with a suggestion keeps its first
      // words in one piece.
      Decoration.inline(Math.max(content.from, content.to - 1), content.to, { class: 'suggestion-end', 'data-label': `${kind.letter}?`, style: `--kind-colour: ${kind.colour}` }, spec),
    )
    if (!active) continue
    if (source) decorations.push(Decoration.inline(source.from, source.to, { class: 'suggestion-source', 'data-testid': 'suggestion-source' }, spec))
    if (cue) decorations.push(Decoration.inline(cue.from, cue.to, { class: 'suggestion-cue', 'data-testid': 'suggestion-cue' }, spec))
  }
  return DecorationSet.create(doc, decorations)
}

/** A transaction that replaces what is drawn (nothing when `placed` is empty). */
export function setSuggestionHighlights(tr: Transaction, input: HighlightInput): Transaction {
  return tr.setMeta(key, input)
}

/** The claims a transaction added marks for, each from its first to its
 * last character (a claim across paragraphs is several steps). */
function addedClaims(tr: Transaction): { from: number; to: number }[] {
  const byId = new Map<string, { from: number; to: number }>()
  tr.steps.forEach((step, i) => {
    if (!(step instanceof AddMarkStep) || step.mark.type.name !== 'claim') return
    // Positions after the whole transaction.
    const mapping = tr.mapping.slice(i + 1)
    const from = mapping.map(step.from, 1)
    const to = mapping.map(step.to, -1)
    const id = String(step.mark.attrs.id)
    const known = byId.get(id)
    byId.set(id, known ? { from: Math.min(known.from, from), to: Math.max(known.to, to) } : { from, to })
  })
  return [...byId.values()]
}

/** A tag that codes a suggestion hides it in the same transaction (the rule
 * of placement.ts's `uncovered`), so the text is drawn once for the tag, not
 * once for the tag and again when the reader's list of suggestions follows. */
function hideCoded(drawn: Drawn, tr: Transaction): Drawn {
  const claims = addedClaims(tr)
  if (claims.length === 0) return drawn
  const hidden = new Set<string>()
  for (const p of drawn.input.placed) {
    if (claims.some((c) => overlapsByHalf(c.from, c.to, p.content.from, p.content.to))) hidden.add(p.suggestion.id)
  }
  if (hidden.size === 0) return drawn
  const gone = drawn.set.find(undefined, undefined, (spec: Spec) => hidden.has(spec.suggestionId))
  const input = { placed: drawn.input.placed.filter((p) => !hidden.has(p.suggestion.id)), activeId: drawn.input.activeId && hidden.has(drawn.input.activeId) ? null : drawn.input.activeId }
  return { set: drawn.set.remove(gone), input }
}

export const SuggestionHighlights = Extension.create({
  name: 'suggestionHighlights',
  addProseMirrorPlugins() {
    return [
      new Plugin<Drawn>({
        key,
        state: {
          init: () => ({ set: DecorationSet.empty, input: { placed: [], activeId: null } }),
          apply: (tr, drawn) => {
            const input = tr.getMeta(key) as HighlightInput | undefined
            // The same suggestions as drawn (the reader's list caught up
            // with a tag): nothing to draw again.
            if (input) return sameInput(input, drawn.input) ? drawn : { set: decorate(tr.doc, input), input }
            if (!tr.docChanged) return drawn
            // Mark steps (coding) move nothing, but may code a suggestion. A
            // text edit moves the outlines with the words until the reader
            // places the suggestions again.
            if (onlyMarkSteps(tr)) return hideCoded(drawn, tr)
            return { set: drawn.set.map(tr.mapping, tr.doc), input: drawn.input }
          },
        },
        props: { decorations: (state) => key.getState(state)?.set },
      }),
    ]
  },
})
