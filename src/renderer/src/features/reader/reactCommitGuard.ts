// React saves the selection of the focused element before every commit and
// restores it if the commit moved the focus. For a focused contenteditable
// it measures that selection by walking every node under the element: in a
// 20,000-word article that is milliseconds on each React update while the
// text has the focus (a tag, a save answer, a panel refresh), all spent
// before the page can handle anything else. ProseMirror keeps and restores
// its own selection, so the reader lets React see the text as not
// selection-capable: its `contentEditable` property reads "inherit" while
// the attribute, which the browser and ProseMirror go by, stays "true".
// (ProseMirror only ever compares that property with "false".)
import { Extension } from '@tiptap/core'
import { Plugin } from '@tiptap/pm/state'

export const ReactCommitGuard = Extension.create({
  name: 'reactCommitGuard',
  addProseMirrorPlugins() {
    return [
      new Plugin({
        view: (view) => {
          Object.defineProperty(view.dom, 'contentEditable', { configurable: true, get: () => 'inherit' })
          return { destroy: () => delete (view.dom as { contentEditable?: string }).contentEditable }
        },
      }),
    ]
  },
})
