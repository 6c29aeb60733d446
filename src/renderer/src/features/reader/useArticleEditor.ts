// The Tiptap editor of the reader: the article body with claim marks, text
// locked by the read-only filter (except in edit mode), kind letters at the
// claims' starts and actor mentions underlined. Keys and clicks go to the
// reader's handlers; undo is the reader's own (session/history.ts), not
// Tiptap's, because it also covers the claim records.
import { Extension, type AnyExtension } from '@tiptap/core'
import { Plugin } from '@tiptap/pm/state'
import type { EditorState } from '@tiptap/pm/state'
import Document from '@tiptap/extension-document'
import Heading from '@tiptap/extension-heading'
import Paragraph from '@tiptap/extension-paragraph'
import Text from '@tiptap/extension-text'
import { useEditor, type Editor } from '@tiptap/react'
import { useRef, useState } from 'react'
import type { Body } from '../../../../shared/domain'
import { ActorMentions, type MentionActor } from './actorMentions'
import { ClaimLabels } from './claimLabels'
import { ClaimMark } from './claimMark'
import { isEditingText, ReadOnlyText } from './readOnlyText'
import { PERF, perfEnd } from './perf'
import { ReactCommitGuard } from './reactCommitGuard'
import { ActiveClaim } from './activeClaim'
import { SuggestionHighlights } from './suggestions/suggestionHighlights'

/** Ends the "tag until the highlight is in the DOM" measure right where
 * ProseMirror has drawn the change (its views update after the DOM does),
 * before anything else reacts to it. Nothing happens without a tag's start mark. */
const HighlightTiming = Extension.create({
  name: 'highlightTiming',
  addProseMirrorPlugins() {
    return [new Plugin({ view: () => ({ update: (view, previous) => view.state.doc !== previous.doc && perfEnd(PERF.tagHighlight) }) })]
  },
})

/** The editor's extensions (also used by the component tests). */
export function readerExtensions(actors: readonly MentionActor[] = []): AnyExtension[] {
  return [Document, Paragraph, Text, Heading.configure({ levels: [1, 2, 3, 4] }), ClaimMark, ReadOnlyText, ClaimLabels, ActorMentions.configure({ actors }), SuggestionHighlights, HighlightTiming, ReactCommitGuard, ActiveClaim]
}

/** From this many paragraphs on, blocks off screen skip layout and paint
 * (`.is-long` in reader.css). Shorter articles are laid out whole: nothing to
 * gain, and the page's innerText then holds every paragraph. */
const LONG_ARTICLE_BLOCKS = 120

export type ArticleEditorHandlers = {
  /** A key pressed in the text; true when the reader used it. */
  onKey: (event: KeyboardEvent) => boolean
  onClickText: (target: EventTarget | null) => void
  /** Undo or redo asked for by the browser (Edit menu, a gesture). */
  onHistoryInput: (direction: 'undo' | 'redo') => void
}

export function useArticleEditor(body: Body, handlers: ArticleEditorHandlers): Editor {
  // The editor keeps the props it was created with; the latest handlers are
  // reached through a ref. Stable options also keep useEditor from
  // re-applying them on every render.
  const latest = useRef(handlers)
  latest.current = handlers

  const [options] = useState(() => ({
    // Actor mentions come a moment after the text is shown (setMentionActors).
    extensions: readerExtensions(),
    content: body,
    editable: true,
    // No re-render of the reader on every transaction: it subscribes to
    // what it shows (the session, the selection).
    shouldRerenderOnTransaction: false,
    // Tiptap's "delete" events (nothing here listens) replayed every tag's
    // steps over the whole document after it: ~4 ms of a 20,000-word
    // article's main thread while its save was on its way.
    enableCoreExtensions: { delete: false as const },
    editorProps: {
      attributes: (state: EditorState) => {
        const editing = isEditingText(state)
        const long = state.doc.childCount > LONG_ARTICLE_BLOCKS
        return {
          class: `article-text${editing ? ' is-editing' : ''}${long ? ' is-long' : ''}`,
          spellcheck: editing ? 'true' : 'false',
          'aria-label': editing
            ? 'Article text, in edit mode: type to mend the text; claims stay on their words.'
            : 'Article text. Select text (Shift and the arrow keys, or / to find words), then press 1, 2 or 3 to tag a claim.',
          'aria-readonly': editing ? 'false' : 'true',
          'data-testid': 'article-text',
        }
      },
      handleKeyDown: (_view: unknown, event: KeyboardEvent) => latest.current.onKey(event),
      handleClick: (_view: unknown, _pos: number, event: MouseEvent) => {
        latest.current.onClickText(event.target)
        return false // ProseMirror still places the caret
      },
      handleDOMEvents: {
        beforeinput: (_view: unknown, event: InputEvent) => {
          if (event.inputType !== 'historyUndo' && event.inputType !== 'historyRedo') return false
          event.preventDefault()
          latest.current.onHistoryInput(event.inputType === 'historyUndo' ? 'undo' : 'redo')
          return true
        },
      },
    },
  }))
  return useEditor(options)
}
