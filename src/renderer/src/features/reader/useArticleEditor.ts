// The Tiptap editor of the reader: the article body with claim marks, text
// locked by the read-only filter, keys 1/2/3 to tag, clicks to pick a claim.
import Document from '@tiptap/extension-document'
import Heading from '@tiptap/extension-heading'
import Paragraph from '@tiptap/extension-paragraph'
import Text from '@tiptap/extension-text'
import { UndoRedo } from '@tiptap/extensions'
import { useEditor, type Editor } from '@tiptap/react'
import { useRef, useState } from 'react'
import { KINDS, type Body, type Kind } from '../../../../shared/domain'
import { KIND_STYLES } from '../../../../shared/kinds'
import { ClaimMark } from './claimMark'
import { ReadOnlyText } from './readOnlyText'

export const KIND_BY_KEY = new Map<string, Kind>(KINDS.map((kind) => [KIND_STYLES[kind].key, kind]))

const EXTENSIONS = [Document, Paragraph, Text, Heading.configure({ levels: [1, 2, 3, 4] }), UndoRedo, ClaimMark, ReadOnlyText]

export type ArticleEditorHandlers = {
  onTagKey: (kind: Kind) => void
  onClickText: (target: EventTarget | null) => void
  onEscape: () => void
  /** A coding change: only mark steps pass the read-only filter. */
  onChange: () => void
}

export function useArticleEditor(body: Body, handlers: ArticleEditorHandlers): Editor {
  // The editor keeps the props it was created with; the latest handlers are
  // reached through a ref. Stable options also keep useEditor from
  // re-applying them on every render.
  const latest = useRef(handlers)
  latest.current = handlers

  const [options] = useState(() => ({
    extensions: EXTENSIONS,
    content: body,
    editable: true,
    editorProps: {
      attributes: {
        class: 'article-text',
        spellcheck: 'false',
        'aria-label': 'Article text. Select text, then press 1, 2 or 3 to tag a claim.',
        'aria-readonly': 'true',
        'data-testid': 'article-text',
      },
      handleKeyDown: (_view: unknown, event: KeyboardEvent) => {
        // ProseMirror swallows Escape itself, so the editor reports it here.
        if (event.key === 'Escape') {
          latest.current.onEscape()
          return true
        }
        if (event.ctrlKey || event.metaKey || event.altKey) return false
        const kind = KIND_BY_KEY.get(event.key)
        if (!kind) return false
        latest.current.onTagKey(kind)
        return true
      },
      handleClick: (_view: unknown, _pos: number, event: MouseEvent) => {
        latest.current.onClickText(event.target)
        return false // ProseMirror still places the caret
      },
    },
    onUpdate: () => latest.current.onChange(),
  }))
  return useEditor(options)
}
