// The article text is evidence: while coding, only marks may change. The
// editor stays editable (selection, keyboard selection and marks need it), so
// this filter is what keeps the words themselves untouchable: any
// transaction that would change more than marks is dropped.
//
// The explicit edit mode (to mend import errors) lifts the lock: text steps
// go through, and ProseMirror maps every claim mark through them, so each
// claim stays on its words. Undo and redo (HISTORY_META) may always revert a
// text edit, even after the mode was left.
import { Extension } from '@tiptap/core'
import { Slice, Fragment, type Node as PMNode } from '@tiptap/pm/model'
import { Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state'
import { AddMarkStep, RemoveMarkStep } from '@tiptap/pm/transform'

/** Set on the transactions of undo and redo. */
export const HISTORY_META = 'claimbookHistory'

type ModeState = { editing: boolean }
export const textModeKey = new PluginKey<ModeState>('readOnlyText')

export function isEditingText(state: EditorState): boolean {
  return textModeKey.getState(state)?.editing ?? false
}

/** A transaction that switches the edit mode (no document change). */
export function setEditingText(tr: Transaction, editing: boolean): Transaction {
  return tr.setMeta(textModeKey, { editing })
}

export function onlyMarkSteps(tr: Transaction): boolean {
  return tr.steps.every((step) => step instanceof AddMarkStep || step instanceof RemoveMarkStep)
}

/** Pasted text joins the words around it, never claim marks from elsewhere:
 * a copied highlight would otherwise give two places the same claim id. */
function withoutClaimMarks(slice: Slice): Slice {
  const strip = (fragment: Fragment): Fragment => {
    const nodes: PMNode[] = []
    fragment.forEach((node) => {
      if (node.isText) nodes.push(node.mark(node.marks.filter((m) => m.type.name !== 'claim')))
      else nodes.push(node.copy(strip(node.content)))
    })
    return Fragment.fromArray(nodes)
  }
  return new Slice(strip(slice.content), slice.openStart, slice.openEnd)
}

export const ReadOnlyText = Extension.create({
  name: 'readOnlyText',

  addProseMirrorPlugins() {
    return [
      new Plugin<ModeState>({
        key: textModeKey,
        state: {
          init: () => ({ editing: false }),
          apply: (tr, value) => (tr.getMeta(textModeKey) as ModeState | undefined) ?? value,
        },
        filterTransaction: (tr, state) => !tr.docChanged || isEditingText(state) || tr.getMeta(HISTORY_META) === true || onlyMarkSteps(tr),
        props: {
          // Refuse text input before the browser touches the DOM, so the
          // view never shows words that the filter would then drop.
          handleTextInput: (view) => !isEditingText(view.state),
          handlePaste: (view) => !isEditingText(view.state),
          handleDrop: () => true,
          transformPasted: (slice) => withoutClaimMarks(slice),
          handleDOMEvents: {
            beforeinput: (view, event) => {
              if (isEditingText(view.state) && !/^history/.test(event.inputType)) return false
              event.preventDefault()
              return true
            },
            cut: (view, event) => {
              if (isEditingText(view.state)) return false
              event.preventDefault()
              return true
            },
          },
        },
      }),
    ]
  },
})
