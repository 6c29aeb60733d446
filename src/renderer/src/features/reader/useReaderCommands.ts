// What the reader's commands do (tag, move between claims, cycle through
// overlapping ones, go back, link a mentioned actor, delete, undo and redo,
// find, the edit modes), for keys in the text, keys elsewhere on the page,
// clicks in the text, the command palette and the desktop menu alike. The
// state they act on belongs to ReaderWorkspace, which passes it in.
import type { Editor } from '@tiptap/react'
import { flushSync } from 'react-dom'
import { TextSelection } from '@tiptap/pm/state'
import { useCallback, useEffect, useRef, useState, type Dispatch, type MutableRefObject, type RefObject, type SetStateAction } from 'react'
import type { Kind } from '../../../../shared/domain'
import { READER_COMMANDS, type ReaderCommandId } from '../../../../shared/reader-commands'
import { useRegisterCommands, type AppCommand } from '../../app/commands/registry'
import { IS_MAC, isTypingTarget } from '../../app/keyboard'
import { mentionAt } from './actorMentions'
import type { ListedClaim } from './ClaimList'
import { claimIdsAt, claimsAt, cycleAt, innermostFirst, removeClaim, setClaimKind, tagSelection, type EditorSpan } from './editorClaims'
import type { MentionMenuState } from './MentionMenu'
import { PERF, perfEndPainted, perfStart } from './perf'
import { readerKeyCommand } from './readerKeys'
import { HeldUntilSaved } from './session/afterSave'
import type { CodingSession, SessionView } from './session/CodingSession'
import { undoRedoAccepts } from './suggestions/acceptSuggestion'
import { placeBeforeJump, scrollToClaim, type ReadingPlace } from './textScroll'

type Set<T> = Dispatch<SetStateAction<T>>

export type ReaderUi = {
  editor: Editor
  session: CodingSession
  view: SessionView
  articleId: string
  spanById: Map<string, EditorSpan>
  /** The claims the panel shows (filters applied), in text order: what J and K visit. */
  shown: ListedClaim[]
  activeId: string | null
  setActiveId: Set<string | null>
  setStack: Set<string[]>
  setHint: Set<string>
  textRef: RefObject<HTMLDivElement | null>
  back: ReadingPlace | null
  setBack: Set<ReadingPlace | null>
  mentionMenu: MentionMenuState | null
  setMentionMenu: Set<MentionMenuState | null>
  openFind: () => void
  openCodebook: () => void
  setMetaEditing: Set<boolean>
  setFocusRequest: Set<{ field: string } | null>
  /** Filled here, called by the editor's key and click handlers. */
  commandsRef: MutableRefObject<(id: ReaderCommandId, event?: KeyboardEvent) => boolean>
  clickRef: MutableRefObject<(target: EventTarget | null) => void>
  /** The suggestions' commands (suggestions/useSuggestions): asked first;
   * `run` answers undefined for a command that is not theirs. */
  suggestions?: {
    run: (id: ReaderCommandId, event?: KeyboardEvent) => boolean | undefined
    enabled: (id: ReaderCommandId) => boolean
    onClickText: (target: EventTarget | null) => void
  }
}

const KIND_OF: Partial<Record<ReaderCommandId, Kind>> = { 'tag-assertion': 'assertion', 'tag-denial': 'denial', 'tag-attribution': 'attribution' }
const FIELD_OF: Partial<Record<ReaderCommandId, string>> = { 'focus-speakers': 'speakers', 'focus-targets': 'targets', 'focus-event': 'event', 'focus-note': 'note', 'focus-tags': 'tags' }
/** Commands that act on the active claim: greyed out in the palette without one. */
const NEED_ACTIVE = new Set<string>(['delete-claim', 'focus-speakers', 'focus-targets', 'focus-event', 'focus-note', 'focus-tags', 'cycle-claim'])
/** Commands the app itself offers on every page. */
const APP_WIDE = new Set<string>(['palette', 'help', 'toggle-theme'])

export function useReaderCommands(ui: ReaderUi) {
  const { editor, session, view, spanById, shown, activeId, setActiveId, setStack, setHint, textRef, back, setBack, mentionMenu, setMentionMenu, setMetaEditing, setFocusRequest, commandsRef } = ui

  // ---- what follows a tag ----------------------------------------------------
  // A tag shows in the text at once: its highlight and its outline as the
  // active claim are part of its own transaction. The panel's side (the
  // active claim, the hint) follows once the store has answered the save
  // (afterSave.ts), like the session's view: redrawing the panel in the tag's
  // own task kept the page from reading that answer. A command, click or
  // palette action that comes first brings it in at once and then acts on
  // the state the tag left, through the handlers of that fresh render.
  const [heldUi] = useState(() => new HeldUntilSaved())
  useEffect(() => () => heldUi.drop(), [heldUi])
  /** True if a tag's panel state was still to come: it is rendered now, and
   * the caller should act through the refs, which that render refreshed. */
  const catchUp = (): boolean => {
    let caughtUp = false
    flushSync(() => {
      caughtUp = heldUi.release()
      caughtUp = session.publishNow() || caughtUp
    })
    return caughtUp
  }

  // ---- moving between claims ----------------------------------------------

  const activate = useCallback(
    (id: string | null, options: { scroll?: boolean; caret?: boolean; remember?: boolean } = {}) => {
      setMentionMenu(null)
      if (id && options.remember) {
        const place = placeBeforeJump(textRef.current, activeId, id)
        if (place) setBack(place)
      }
      setActiveId(id)
      if (!id) return
      const span = spanById.get(id)
      if (options.caret && span && editor.view.hasFocus()) editor.view.dispatch(editor.state.tr.setSelection(TextSelection.create(editor.state.doc, span.from)))
      if (options.scroll !== false) scrollToClaim(textRef.current, id)
    },
    [activeId, spanById, editor, setActiveId, setBack, setMentionMenu, textRef],
  )

  // One function for the life of the page: the list's entries are memoised
  // on it, so tagging re-renders one entry, not hundreds.
  const activateRef = useRef(activate)
  activateRef.current = activate
  const catchUpRef = useRef(catchUp)
  catchUpRef.current = catchUp
  const activateFromList = useCallback(
    (id: string) => {
      catchUpRef.current()
      setStack([])
      activateRef.current(id, { remember: true })
    },
    [setStack],
  )

  const move = (step: 1 | -1) => {
    const order = shown.map((c) => c.id)
    if (order.length === 0) return setHint('No claims to move to.')
    let at = activeId ? order.indexOf(activeId) : -1
    if (at < 0) {
      const caret = editor.state.selection.from
      const after = order.findIndex((id) => (spanById.get(id)?.from ?? 0) >= caret)
      at = step > 0 ? (after < 0 ? 0 : after) : (after < 0 ? order.length : after) - 1
      if (at < 0) at = order.length - 1
    } else if (at + step < 0 || at + step >= order.length) {
      return setHint(step > 0 ? 'That was the last claim.' : 'That was the first claim.')
    } else at += step
    // The focus stays where it was: in the text the caret follows, in a
    // field of the panel the same field of the next claim takes it.
    const field = (document.activeElement as HTMLElement | null)?.closest('.claim-details') ? (document.activeElement as HTMLElement).dataset.field : undefined
    setStack([])
    activate(order[at], { caret: true })
    if (field) setFocusRequest({ field })
  }

  const returnToText = () => {
    const span = activeId ? spanById.get(activeId) : undefined
    const { from, to } = editor.state.selection
    if (span && (to < span.from || from > span.to)) editor.view.dispatch(editor.state.tr.setSelection(TextSelection.create(editor.state.doc, span.to)))
    editor.view.focus()
  }

  // ---- the commands ------------------------------------------------------------

  const tag = (kind: Kind, event?: KeyboardEvent) => {
    if (view.editing) return setHint('Finish editing the text first (Done editing), then tag.')
    if (editor.state.selection.empty) {
      if (activeId && setClaimKind(editor, activeId, kind)) return setHint('')
      return setHint(activeId ? '' : 'Select some text first (or press / to find words), then tag it.')
    }
    perfStart(PERF.tagHighlight, event?.timeStamp)
    perfStart(PERF.tagSaved, event?.timeStamp)
    perfStart(PERF.tagPainted, event?.timeStamp)
    const id = tagSelection(editor, kind)
    if (!id) {
      for (const name of [PERF.tagHighlight, PERF.tagSaved, PERF.tagPainted]) performance.clearMarks(`${name}:start`)
      return setHint('Select some words first: spaces alone cannot be a claim.')
    }
    perfEndPainted(PERF.tagPainted)
    heldUi.hold(() => {
      setHint('')
      setStack([])
      setActiveId(id)
    })
  }

  const openMention = (pos: number) => {
    const found = mentionAt(editor.state, pos)
    if (!found) return setHint('No known actor is named at the caret. Names of actors in the registry are underlined faintly.')
    const coords = editor.view.coordsAtPos(found.from)
    setMentionMenu({ actorIds: found.actorIds, text: editor.state.doc.textBetween(found.from, found.to), x: coords.left, y: coords.bottom + 6 })
  }

  const linkMention = (actorId: string, role: 'speakers' | 'targets'): void => {
    if (catchUp()) return linkMentionRef.current(actorId, role)
    if (!activeId) return
    const current = session.recordOf(activeId)?.[role] ?? []
    if (!current.includes(actorId)) session.patch(activeId, { [role]: [...current, actorId] }, role === 'speakers' ? 'speakers' : 'targets')
    setMentionMenu(null)
    editor.view.focus()
  }

  const linkMentionRef = useRef(linkMention)
  linkMentionRef.current = linkMention

  const deleteActive = () => {
    if (!activeId) return setHint('No active claim to delete.')
    removeClaim(editor, activeId)
    setActiveId(null)
    setHint('Claim deleted. Undo (Ctrl+Z) brings it back with its coding.')
  }

  const undoRedo = (direction: 'undo' | 'redo') => {
    try {
      // An accepted suggestion (its marks and its links) is one step.
      const label = undoRedoAccepts(session, direction)
      setHint(label ? `${direction === 'undo' ? 'Undone' : 'Redone'}: ${label}.` : `Nothing to ${direction}.`)
    } catch (err) {
      setHint((err as Error).message)
    }
  }

  const run = (id: ReaderCommandId, event?: KeyboardEvent): boolean => {
    if (catchUp()) return commandsRef.current(id, event)
    const suggested = ui.suggestions?.run(id, event)
    if (suggested !== undefined) return suggested
    const kind = KIND_OF[id]
    if (kind) {
      tag(kind, event)
      return true
    }
    const field = FIELD_OF[id]
    if (field) {
      if (!activeId) setHint('No active claim: tag a passage, or press J to go to one.')
      else setFocusRequest({ field })
      return true
    }
    switch (id) {
      case 'next-claim':
        move(1)
        return true
      case 'prev-claim':
        move(-1)
        return true
      case 'cycle-claim': {
        const ids = claimsAt(editor.state.doc, editor.state.selection.from, spanById)
        if (ids.length === 0) setHint('No claim at the caret.')
        else {
          setStack(ids)
          activate(cycleAt(ids, activeId), { scroll: false })
        }
        return true
      }
      case 'back':
        if (!back) setHint('Nothing to go back to: a jump from the claim list or Find remembers where you were.')
        else {
          textRef.current?.scrollTo({ top: back.scrollTop })
          setActiveId(back.claimId)
          setBack(null)
        }
        return true
      case 'clear':
        if (mentionMenu) setMentionMenu(null)
        else setActiveId(null)
        return true
      case 'mention':
        openMention(editor.state.selection.from)
        return true
      case 'delete-claim':
        deleteActive()
        return true
      case 'find':
        if (view.editing) return false
        ui.openFind()
        return true
      case 'undo':
      case 'redo':
        undoRedo(id)
        return true
      case 'edit-text':
        session.setEditing(!view.editing)
        setHint('')
        editor.view.focus()
        return true
      case 'edit-details':
        setMetaEditing(true)
        return true
      case 'codebook':
        ui.openCodebook()
        return true
      default:
        return false
    }
  }
  ui.commandsRef.current = run

  ui.clickRef.current = (target) => {
    if (catchUp()) return ui.clickRef.current(target)
    ui.suggestions?.onClickText(target)
    const ids = innermostFirst(claimIdsAt(target), spanById)
    if (ids.length > 0) {
      const next = cycleAt(ids, activeId)
      setStack(ids)
      activate(next, { scroll: false })
    }
    const mention = target instanceof Element ? target.closest('.actor-mention') : null
    if (mention) {
      const rect = mention.getBoundingClientRect()
      setMentionMenu({ actorIds: (mention.getAttribute('data-actor-ids') ?? '').split(' ').filter(Boolean), text: mention.textContent ?? '', x: rect.left, y: rect.bottom + 6 })
    } else setMentionMenu(null)
  }

  // Keys pressed outside the text (the text's own handler answers inside it).
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || document.querySelector('[aria-modal="true"]')) return
      const target = event.target instanceof HTMLElement ? event.target : null
      if (target?.closest('.ProseMirror')) return
      const typing = isTypingTarget(target)
      // An empty picker has nothing of its own to undo: Ctrl+Z undoes coding.
      const fieldUndo = typing && !(target instanceof HTMLInputElement && target.value === '' && target.classList.contains('picker-input'))
      const command = readerKeyCommand(event, { typing, fieldUndo }, IS_MAC)
      if (command && commandsRef.current(command, event)) event.preventDefault()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [commandsRef])

  // The palette and the desktop menu reach every reader command.
  useRegisterCommands((): AppCommand[] =>
    READER_COMMANDS.filter((c) => !APP_WIDE.has(c.id)).map((c) => ({
      id: c.id,
      label: c.label,
      group: c.group,
      keys: c.keys,
      run: () => run(c.id),
      enabled: (!NEED_ACTIVE.has(c.id) || !!activeId) && (ui.suggestions?.enabled(c.id) ?? true),
    })),
  )


  return { run, undoRedo, deleteActive, linkMention, returnToText, activateFromList }
}
