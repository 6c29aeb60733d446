// The letter of each claim's kind at the claim's first character (A, D or
// T, drawn by CSS from a data attribute, so it is never part of the text or
// of a selection). Where claims overlap or nest, the letters say where each
// one begins; with the underline style they make sure colour is never the
// only signal.
import { Extension } from '@tiptap/core'
import type { Node as PMNode } from '@tiptap/pm/model'
import { Plugin, PluginKey, type Transaction } from '@tiptap/pm/state'
import { AddMarkStep, RemoveMarkStep } from '@tiptap/pm/transform'
import { Decoration, DecorationSet } from '@tiptap/pm/view'
import type { Kind } from '../../../../shared/domain'
import { KIND_STYLES } from '../../../../shared/kinds'
import { claimSpansOf, type EditorSpan } from './editorClaims'
import { onlyMarkSteps } from './readOnlyText'

type LabelSpec = { ids: string[] }

/** One label where one or more claims start ("TA" where two begin
 * together, outer first; its colour is the outer claim's). */
function labelAt(from: number, spans: EditorSpan[]): Decoration {
  const kinds: Kind[] = spans.map((s) => s.kind)
  const letters = kinds.map((k) => KIND_STYLES[k].letter).join('')
  return Decoration.inline(from, from + 1, { class: 'claim-start', 'data-letters': letters, style: `--label-colour: ${KIND_STYLES[kinds[0]].colour}` }, { ids: spans.map((s) => s.id) } satisfies LabelSpec)
}

function startsOf(spans: readonly EditorSpan[], only?: Set<number>): Map<number, EditorSpan[]> {
  const starts = new Map<number, EditorSpan[]>()
  for (const span of spans) if (!only || only.has(span.from)) starts.set(span.from, [...(starts.get(span.from) ?? []), span])
  return starts
}

export function claimLabelDecorations(doc: PMNode): DecorationSet {
  return DecorationSet.create(doc, [...startsOf(claimSpansOf(doc))].map(([from, spans]) => labelAt(from, spans)))
}

/** The claims a transaction of mark steps touched. */
function touchedClaims(tr: Transaction): Set<string> {
  const ids = new Set<string>()
  for (const step of tr.steps) {
    if ((step instanceof AddMarkStep || step instanceof RemoveMarkStep) && step.mark.type.name === 'claim') ids.add(String(step.mark.attrs.id))
  }
  return ids
}

/** After a tag, retag or delete, only the labels where touched claims start
 * (or started) change: the rest of the set, and of the page, stays. */
function updateLabels(set: DecorationSet, tr: Transaction): DecorationSet {
  if (!tr.docChanged) return set
  if (!onlyMarkSteps(tr)) return claimLabelDecorations(tr.doc)
  const touched = touchedClaims(tr)
  if (touched.size === 0) return set
  const spans = claimSpansOf(tr.doc)
  const old = set.find(undefined, undefined, (spec: LabelSpec) => spec.ids?.some((id) => touched.has(id)))
  const positions = new Set([...old.map((d) => d.from), ...spans.filter((s) => touched.has(s.id)).map((s) => s.from)])
  // find() also returns a label ending at pos (the character before): only
  // the ones starting there go.
  const stale = [...positions].flatMap((pos) => set.find(pos, pos + 1, (spec: LabelSpec) => !!spec.ids).filter((d) => d.from === pos))
  const fresh = [...startsOf(spans, positions)].map(([from, at]) => labelAt(from, at))
  return set.remove(stale).add(tr.doc, fresh)
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
          apply: (tr, set) => updateLabels(set, tr),
        },
        props: { decorations: (state) => key.getState(state) },
      }),
    ]
  },
})
