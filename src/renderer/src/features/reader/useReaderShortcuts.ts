// Reader keys outside the text: 1/2/3 still tag when the focus moved to the
// panel but the selection is still in the text; Escape clears the active claim.
import type { Editor } from '@tiptap/react'
import { useEffect, useRef } from 'react'
import type { Kind } from '../../../../shared/domain'
import { isTypingTarget } from '../../app/keyboard'
import { KIND_BY_KEY } from './useArticleEditor'

export function useReaderShortcuts(editor: Editor, onTag: (kind: Kind) => void, onEscape: () => void): void {
  const latest = useRef({ onTag, onEscape })
  latest.current = { onTag, onEscape }

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || isTypingTarget(event.target) || document.querySelector('[aria-modal="true"]')) return
      // Inside the text the editor's own key handler answers.
      if (event.target instanceof HTMLElement && event.target.closest('.ProseMirror')) return
      if (event.key === 'Escape') latest.current.onEscape()
      const kind = !event.ctrlKey && !event.metaKey && !event.altKey ? KIND_BY_KEY.get(event.key) : undefined
      if (kind && !editor.state.selection.empty) {
        event.preventDefault()
        latest.current.onTag(kind)
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [editor])
}
