// The reader's suggestions: which one is active, going from one to the next,
// adjusting its boundaries, accepting (one, or all in a paragraph) and
// rejecting, adding the actors the article names. The reader's command
// handler asks `run` first for every command, so keys, buttons, the palette
// and the desktop menu all land here.
import type { Editor } from '@tiptap/core'
import { TextSelection } from '@tiptap/pm/state'
import { useCallback, useEffect, useMemo, useRef, useState, type RefObject } from 'react'
import type { ActorSuggestion } from '../../../../../shared/contract-suggest'
import type { Actor } from '../../../../../shared/domain'
import { KIND_STYLES } from '../../../../../shared/kinds'
import type { ReaderCommandId } from '../../../../../shared/reader-commands'
import { api } from '../../../app/useApi'
import type { CodingSession, SessionView } from '../session/CodingSession'
import { readerSaves } from '../session/readerSaves'
import { scrollToElement } from '../textScroll'
import { addAcceptedClaims, linkAcceptedClaim, type Acceptance } from './acceptSuggestion'
import { stepBoundary, type Direction, type Edge } from './boundaries'
import { blockIndexAt, type PlacedSuggestion, type Range } from './placement'
import { actorInput, isNamedSpeaker, missingActors, nameKey, newSpeakerActor, registryIndex, speakersOf, type RegistryActor } from './speakers'
import { setSuggestionHighlights } from './suggestionHighlights'
import { useDrawnBlocks } from './useDrawnBlocks'
import { useSuggestionData } from './useSuggestionData'

type Props = {
  editor: Editor
  session: CodingSession
  view: SessionView
  articleId: string
  /** Undefined while the registry is still loading. */
  actors: readonly RegistryActor[] | undefined
  onActorCreated: (actor: Actor) => void
  activeClaimId: string | null
  setActiveClaim: (id: string | null) => void
  setHint: (hint: string) => void
  textRef: RefObject<HTMLDivElement | null>
}

const BOUNDARY: Partial<Record<ReaderCommandId, [Edge, Direction]>> = {
  'suggestion-start-earlier': ['start', 'earlier'],
  'suggestion-start-later': ['start', 'later'],
  'suggestion-end-earlier': ['end', 'earlier'],
  'suggestion-end-later': ['end', 'later'],
}
/** Commands that act on the active suggestion: greyed out without one. */
const NEED_ACTIVE = new Set<ReaderCommandId>(['accept-suggestion', 'reject-suggestion', ...(Object.keys(BOUNDARY) as ReaderCommandId[])])
const OWN = new Set<ReaderCommandId>([...NEED_ACTIVE, 'next-suggestion', 'prev-suggestion', 'accept-paragraph', 'toggle-suggestions', 'show-rejected'])

/** Enter accepts only from the text, never from a button or link it would press. */
const enterOutsideText = (event?: KeyboardEvent) => event?.key === 'Enter' && event.target instanceof Element && !event.target.closest('.ProseMirror') && event.target !== document.body

export function useSuggestions(props: Props) {
  const { editor, session, view, articleId, actors, onActorCreated, activeClaimId, setActiveClaim, setHint, textRef } = props
  const data = useSuggestionData(editor, articleId, view)
  const { visible } = data
  const [activeId, setActiveId] = useState<string | null>(null)
  /** The researcher's choice, per suggestion, to add its speaker as a new actor. */
  const [addSpeaker, setAddSpeaker] = useState<ReadonlyMap<string, boolean>>(new Map())
  const active = activeId ? visible.find((p) => p.suggestion.id === activeId) : undefined
  const actorSuggestions = useMemo(() => data.data?.actors ?? [], [data.data])
  const index = useMemo(() => registryIndex(actors ?? []), [actors])
  const known = useMemo(() => new Set((actors ?? []).map((a) => a.id)), [actors])
  const missing = useMemo(() => (actors ? missingActors(actorSuggestions, index) : []), [actors, actorSuggestions, index])

  // What is drawn follows what is visible and active, in the paragraphs
  // around the screen of a long article (the active one wherever it is).
  const blocks = useDrawnBlocks(editor, textRef, view.doc.childCount)
  const drawn = useMemo(() => (blocks ? visible.filter((p) => (p.block >= blocks.first && p.block <= blocks.last) || p === active) : visible), [visible, blocks, active])
  useEffect(() => {
    if (!editor.isDestroyed) editor.view.dispatch(setSuggestionHighlights(editor.state.tr, { placed: drawn, activeId: active ? activeId : null }))
  }, [editor, drawn, active, activeId])

  // An accepted, rejected or hidden suggestion is no longer active.
  useEffect(() => {
    if (activeId && !active) setActiveId(null)
  }, [activeId, active])

  const activate = useCallback(
    (placed: PlacedSuggestion, { select = true } = {}) => {
      setActiveId(placed.suggestion.id)
      setActiveClaim(null)
      // A click leaves the caret where it fell (a selection may start there).
      if (!select) return
      // Its words are selected (anchor at the start): Shift and the arrows
      // move the end, and 1, 2 or 3 would tag them as any selection.
      editor.view.dispatch(editor.state.tr.setSelection(TextSelection.create(editor.state.doc, placed.content.from, placed.content.to)))
      editor.view.focus()
      // Scrolled to by its first word, there whether or not it is drawn yet.
      const { node } = editor.view.domAtPos(placed.content.from + 1)
      scrollToElement(textRef.current, node instanceof Element ? node : node.parentElement)
    },
    [editor, setActiveClaim, textRef],
  )

  const move = (step: 1 | -1) => {
    if (!data.shown) return setHint('Suggestions are turned off: turn them on in the panel.')
    if (visible.length === 0) return setHint(data.loading ? 'Suggestions are still being found…' : 'No suggestions left in this article.')
    let at = active ? visible.indexOf(active) + step : -1
    if (!active) {
      const caret = editor.state.selection.from
      at = step > 0 ? visible.findIndex((p) => p.content.from >= caret) : visible.findLastIndex((p) => p.content.to <= caret)
      if (at < 0) at = step > 0 ? 0 : visible.length - 1
    } else if (at < 0 || at >= visible.length) return setHint(step > 0 ? 'That was the last suggestion.' : 'That was the first suggestion.')
    setHint('')
    activate(visible[at])
  }

  /** The words to accept: the selection when it was changed around the
   * active suggestion, else the suggestion's own words. */
  const rangeOf = (placed: PlacedSuggestion): Range => {
    const { from, to, empty } = editor.state.selection
    return !empty && from < placed.content.to && to > placed.content.from ? { from, to } : placed.content
  }

  const wantsNewSpeaker = (placed: PlacedSuggestion) => addSpeaker.get(placed.suggestion.id) ?? isNamedSpeaker(placed.suggestion, actorSuggestions)

  /** One actors.create per name however many claims wait for it. */
  const creating = useRef(new Map<string, Promise<string | undefined>>())
  const createSpeaker = (placed: PlacedSuggestion): Promise<string | undefined> | null => {
    const input = newSpeakerActor(placed.suggestion, actorSuggestions)
    if (!input) return null
    const key = nameKey(input.name)
    const pending = creating.current.get(key)
    if (pending) return pending
    const created = readerSaves.push(`Adding the actor “${input.name}”`, () => api().actors.create(input)).then((actor) => {
      creating.current.delete(key)
      if (actor) onActorCreated(actor)
      return actor?.id
    })
    creating.current.set(key, created)
    return created
  }

  /** Links each accepted claim to its speakers (creating them first where
   * asked) and its cue. */
  const link = (accepted: { placed: PlacedSuggestion; claimId: string }[]) => {
    for (const { placed, claimId } of accepted) {
      const cue = placed.suggestion.cue?.text ?? ''
      const speakers = speakersOf(placed.suggestion, index, known, actorSuggestions)
      const creation = speakers.length === 0 && wantsNewSpeaker(placed) ? createSpeaker(placed) : null
      if (!creation) linkAcceptedClaim(session, claimId, { speakers, cue })
      else void creation.then((id) => linkAcceptedClaim(session, claimId, { speakers: id ? [id] : [], cue }))
    }
  }

  const accept = (placedList: PlacedSuggestion[], ranges: Range[]): string[] => {
    const acceptances: Acceptance[] = placedList.map((p, i) => ({ range: ranges[i], kind: p.suggestion.kind }))
    const ids = addAcceptedClaims(editor, acceptances)
    const accepted = placedList.flatMap((placed, i) => (ids[i] ? [{ placed, claimId: ids[i]! }] : []))
    link(accepted)
    data.markAccepted(accepted.map((a) => ({ suggestionId: a.placed.suggestion.id, claimId: a.claimId })))
    setActiveId(null)
    return accepted.map((a) => a.claimId)
  }

  const acceptActive = () => {
    if (!active) return setHint('No active suggestion: press ] to go to the next one.')
    const [id] = accept([active], [rangeOf(active)])
    if (!id) return setHint('Select some words first: spaces alone cannot be a claim.')
    setActiveClaim(id)
    setHint(`Accepted as ${KIND_STYLES[active.suggestion.kind].label.toLowerCase()}. 1, 2 or 3 retags it; Ctrl+Z takes it back; ] goes to the next suggestion.`)
  }

  const acceptParagraph = () => {
    if (!data.shown) return setHint('Suggestions are turned off: turn them on in the panel.')
    const block = active ? active.block : blockIndexAt(editor.state.doc, editor.state.selection.from)
    const inBlock = visible.filter((p) => p.block === block)
    if (inBlock.length === 0) return setHint('No suggestions in this paragraph: press ] to go to the next one.')
    const ids = accept(
      inBlock,
      inBlock.map((p) => (p === active ? rangeOf(p) : p.content)),
    )
    setActiveClaim(ids[ids.length - 1] ?? null)
    setHint(`Accepted ${ids.length === 1 ? 'the suggestion' : `${ids.length} suggestions`} in this paragraph. Ctrl+Z takes ${ids.length === 1 ? 'it' : 'them'} back.`)
  }

  const rejectActive = () => {
    if (!active) return setHint('No active suggestion: press ] to go to the next one.')
    const next = visible[visible.indexOf(active) + 1]
    void data.reject([active.suggestion.id])
    setHint('Rejected: it will not be suggested again. “Show rejected again” in the panel brings it back.')
    if (next) activate(next)
    else {
      setActiveId(null)
      editor.view.dispatch(editor.state.tr.setSelection(TextSelection.create(editor.state.doc, active.content.to)))
    }
  }

  const adjust = (edge: Edge, direction: Direction) => {
    if (!active) return setHint('No active suggestion: press ] to go to the next one.')
    const range = stepBoundary(editor.state.doc, rangeOf(active), edge, direction)
    editor.view.dispatch(editor.state.tr.setSelection(TextSelection.create(editor.state.doc, range.from, range.to)))
  }

  const toggle = () => {
    data.setShown(!data.shown)
    setActiveId(null)
    setHint(data.shown ? 'Suggestions hidden (turn them on again in the panel or the command palette).' : '')
  }

  const addActors = async (groups: readonly ActorSuggestion[]) => {
    for (const group of groups) {
      const actor = await readerSaves.push(`Adding the actor “${group.name}”`, () => api().actors.create(actorInput(group)))
      if (actor) onActorCreated(actor)
    }
  }

  /** Runs a reader command that is about suggestions; undefined for the others. */
  const run = (id: ReaderCommandId, event?: KeyboardEvent): boolean | undefined => {
    // Delete and Escape mean the suggestion only when no claim is active.
    if ((id === 'delete-claim' || id === 'clear') && active && !activeClaimId) {
      if (id === 'delete-claim') rejectActive()
      else setActiveId(null)
      return true
    }
    if (!OWN.has(id)) return undefined
    if (enterOutsideText(event)) return false
    // Enter keeps its everyday meaning where there is nothing to accept.
    if (event?.key === 'Enter' && !active) return false
    if (view.editing && id !== 'toggle-suggestions') {
      setHint('Finish editing the text first (Done editing): suggestions come back after it.')
      return true
    }
    const boundary = BOUNDARY[id]
    if (boundary) adjust(...boundary)
    else if (id === 'next-suggestion') move(1)
    else if (id === 'prev-suggestion') move(-1)
    else if (id === 'accept-suggestion') acceptActive()
    else if (id === 'reject-suggestion') rejectActive()
    else if (id === 'accept-paragraph') acceptParagraph()
    else if (id === 'toggle-suggestions') toggle()
    else if (id === 'show-rejected') void data.showRejected()
    return true
  }

  /** A click on a suggestion's words makes it the active one. */
  const onClickText = (target: EventTarget | null) => {
    const element = target instanceof Element ? target.closest('[data-suggestion-id]') : null
    const placed = element ? visible.find((p) => p.suggestion.id === element.getAttribute('data-suggestion-id')) : undefined
    if (placed && placed !== active && !(target instanceof Element && target.closest('[data-claim-id]'))) activate(placed, { select: false })
  }

  return {
    data,
    active,
    run,
    enabled: (id: ReaderCommandId) => !NEED_ACTIVE.has(id) || !!active,
    onClickText,
    speakerIds: (placed: PlacedSuggestion) => speakersOf(placed.suggestion, index, known, actorSuggestions),
    wantsNewSpeaker,
    setWantsNewSpeaker: (placed: PlacedSuggestion, wanted: boolean) => setAddSpeaker((previous) => new Map(previous).set(placed.suggestion.id, wanted)),
    missingActors: missing,
    addActors,
  }
}

export type SuggestionsUi = ReturnType<typeof useSuggestions>
