// Which reader command a key press means. One function for the key handler
// of the text and the one of the page, so a key means the same wherever the
// focus is; the keys themselves are listed in shared/reader-commands.ts.
import type { ReaderCommandId } from '../../../../shared/reader-commands'

export type KeyContext = {
  /** The focus is in a text field (or in the text in edit mode): plain keys type. */
  typing: boolean
  /** That field has an undo of its own for Ctrl+Z (it holds typed text). */
  fieldUndo: boolean
}

type KeyLike = Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>

const PLAIN: Record<string, ReaderCommandId> = {
  '1': 'tag-assertion',
  '2': 'tag-denial',
  '3': 'tag-attribution',
  j: 'next-claim',
  k: 'prev-claim',
  c: 'cycle-claim',
  b: 'back',
  s: 'focus-speakers',
  t: 'focus-targets',
  e: 'focus-event',
  n: 'focus-note',
  g: 'focus-tags',
  m: 'mention',
  '/': 'find',
  Delete: 'delete-claim',
  Escape: 'clear',
  ']': 'next-suggestion',
  '[': 'prev-suggestion',
  a: 'accept-suggestion',
  Enter: 'accept-suggestion',
  x: 'reject-suggestion',
  ',': 'suggestion-start-earlier',
  '.': 'suggestion-start-later',
  // Where < is a key of its own (many European keyboards).
  '<': 'suggestion-end-earlier',
  '>': 'suggestion-end-later',
}

/** Keys with Shift that are not selecting text. */
const SHIFTED: Record<string, ReaderCommandId> = {
  a: 'accept-paragraph',
  '<': 'suggestion-end-earlier',
  '>': 'suggestion-end-later',
}

export function readerKeyCommand(event: KeyLike, context: KeyContext, isMac = false): ReaderCommandId | null {
  const mod = isMac ? event.metaKey : event.ctrlKey
  const key = event.key.length === 1 ? event.key.toLowerCase() : event.key
  if (mod && !event.altKey) {
    if (key === 'z') return context.fieldUndo ? null : event.shiftKey ? 'redo' : 'undo'
    if (key === 'y' && !isMac && !event.shiftKey) return context.fieldUndo ? null : 'redo'
    if (key === 'f' && !event.shiftKey) return 'find'
    return null
  }
  if (event.altKey && !mod && !event.shiftKey) {
    if (event.key === 'ArrowDown') return 'next-claim'
    if (event.key === 'ArrowUp') return 'prev-claim'
    return null
  }
  if (event.ctrlKey || event.metaKey || event.altKey || context.typing) return null
  // Shift stays free for selecting (Shift+arrows) and for "?".
  if (event.shiftKey) return SHIFTED[key] ?? null
  return PLAIN[key] ?? null
}
