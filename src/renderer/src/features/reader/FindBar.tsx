// Find words in the text and select them: the keyboard's way to start a
// selection anywhere ("/" or Ctrl/Cmd+F, type, Enter). The selection then
// grows with Shift+arrows and is tagged with 1, 2 or 3. Case, non-breaking
// spaces and curly quotes do not have to be typed exactly.
import type { Editor } from '@tiptap/react'
import { TextSelection } from '@tiptap/pm/state'
import { useEffect, useMemo, useState, type KeyboardEvent } from 'react'
import { findMatches, matchFrom } from './findText'

type Props = { editor: Editor; /** selected: a match was selected (Enter). */ onClose: (selected: boolean) => void }

function scrollToPos(editor: Editor, pos: number): void {
  const { node } = editor.view.domAtPos(pos)
  const element = node instanceof Element ? node : node.parentElement
  element?.scrollIntoView({ block: 'center' })
}

export function FindBar({ editor, onClose }: Props) {
  const [query, setQuery] = useState('')
  const [index, setIndex] = useState(0)
  const matches = useMemo(() => findMatches(editor.state.doc, query), [editor, query])
  const current = matches[index]

  useEffect(() => {
    if (current) scrollToPos(editor, current.from)
  }, [editor, current])

  const snippet = useMemo(() => {
    if (!current) return null
    const doc = editor.state.doc
    const $from = doc.resolve(current.from)
    const blockStart = $from.start()
    const blockEnd = $from.end()
    const before = doc.textBetween(Math.max(blockStart, current.from - 40), current.from)
    const after = doc.textBetween(current.to, Math.min(blockEnd, current.to + 40))
    return { before, match: doc.textBetween(current.from, current.to), after }
  }, [editor, current])

  const close = (select: boolean) => {
    onClose(select && !!current)
    if (select && current) {
      const tr = editor.state.tr.setSelection(TextSelection.create(editor.state.doc, current.from, current.to))
      editor.view.dispatch(tr.scrollIntoView())
    }
    editor.view.focus()
  }

  const move = (step: number) => matches.length > 0 && setIndex((i) => (i + step + matches.length) % matches.length)

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault()
      if (event.shiftKey) move(-1)
      else close(true)
    } else if (event.key === 'ArrowDown' || event.key === 'F3') {
      event.preventDefault()
      move(1)
    } else if (event.key === 'ArrowUp') {
      event.preventDefault()
      move(-1)
    } else if (event.key === 'Escape') {
      event.preventDefault()
      event.stopPropagation()
      close(false)
    }
  }

  return (
    <div className="find-bar" role="search" data-testid="find-bar">
      <label className="find-label" htmlFor="reader-find">
        Find
      </label>
      <input
        id="reader-find"
        className="find-input"
        autoFocus
        value={query}
        onChange={(e) => {
          const next = e.target.value
          setQuery(next)
          setIndex(Math.max(0, matchFrom(findMatches(editor.state.doc, next), editor.state.selection.from)))
        }}
        onKeyDown={onKeyDown}
        onBlur={() => onClose(false)}
        placeholder="Words to select… Enter selects, ↓/↑ next/previous, Esc closes"
        aria-describedby="reader-find-count"
        data-testid="find-input"
      />
      <span id="reader-find-count" className="find-count muted" data-testid="find-count" data-count={matches.length}>
        {query.trim() ? (matches.length ? `${index + 1} of ${matches.length}` : 'not found') : ''}
      </span>
      {snippet && (
        <span className="find-snippet" aria-hidden="true">
          …{snippet.before}
          <mark>{snippet.match}</mark>
          {snippet.after}…
        </span>
      )}
    </div>
  )
}
