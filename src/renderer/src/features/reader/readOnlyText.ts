// The article text is evidence: while coding, only marks may change. The
// editor stays editable (selection, keyboard selection and marks need it), so
// this filter is what keeps the words themselves untouchable: any
// transaction that would change more than marks is dropped.
import { Extension } from '@tiptap/core'
import { Plugin, PluginKey } from '@tiptap/pm/state'
import { AddMarkStep, RemoveMarkStep } from '@tiptap/pm/transform'

export const ReadOnlyText = Extension.create({
  name: 'readOnlyText',

  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey('readOnlyText'),
        filterTransaction: (tr) => !tr.docChanged || tr.steps.every((step) => step instanceof AddMarkStep || step instanceof RemoveMarkStep),
        props: {
          // Refuse text input before the browser touches the DOM, so the
          // view never shows words that the filter would then drop.
          handleTextInput: () => true,
          handlePaste: () => true,
          handleDrop: () => true,
          handleDOMEvents: {
            beforeinput: (_view, event) => {
              event.preventDefault()
              return true
            },
            cut: (_view, event) => {
              event.preventDefault()
              return true
            },
          },
        },
      }),
    ]
  },
})
