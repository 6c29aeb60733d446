// The reader: the article in a Tiptap editor where text can only be marked
// (except in the explicit edit mode), the claim panel beside it. The editor
// is the source of truth for the marks; the coding session (session/) saves
// them, keeps the claim records and the undo history. This component holds
// what is only on screen: the active claim, the filters, find, the mention
// menu, where to go back to.
import { EditorContent } from '@tiptap/react'
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react'
import type { ActorWithCount, EventWithCount } from '../../../../shared/contract'
import type { CodebookTag } from '../../../../shared/contract-codebook'
import type { Actor, Article, Event } from '../../../../shared/domain'
import type { ReaderCommandId } from '../../../../shared/reader-commands'
import { IS_MAC } from '../../app/keyboard'
import { api } from '../../app/useApi'
import { useWorkspace } from '../../app/workspace'
import { setMentionActors, type MentionActor } from './actorMentions'
import { ArticleHeader } from './ArticleHeader'
import { ClaimDetails } from './ClaimDetails'
import { activeClaimOf, setActiveClaim } from './activeClaim'
import { CodebookDialog } from './CodebookDialog'
import { matchesFilter, NO_FILTER, type ClaimFilter } from './claimFilter'
import type { ListedClaim } from './ClaimList'
import { ClaimPanel } from './ClaimPanel'
import { claimSpansOf, quoteOf, setClaimKind } from './editorClaims'
import { FindBar } from './FindBar'
import { MentionMenu, type MentionMenuState } from './MentionMenu'
import { PERF, perfEnd } from './perf'
import type { PickItem } from './pickerMatches'
import { Legend, ReaderToolbar } from './ReaderToolbar'
import { readerKeyCommand } from './readerKeys'
import { CodingSession } from './session/CodingSession'
import { codingApi } from './session/codingApi'
import { readerSaves } from './session/readerSaves'
import { scrollToClaim, type ReadingPlace } from './textScroll'
import { useArticleEditor } from './useArticleEditor'
import { useReaderCommands } from './useReaderCommands'
import { SuggestionsSection } from './suggestions/SuggestionsSection'
import { useSuggestions } from './suggestions/useSuggestions'

type Props = {
  article: Article
  /** Undefined while the registry is still loading: the text opens first. */
  actors: ActorWithCount[] | undefined
  events: EventWithCount[]
  codebook: CodebookTag[] | null
  focusClaimId?: string
  onActorCreated: (actor: Actor) => void
  onEventCreated: (event: Event) => void
  onTagCreated: (tag: CodebookTag) => void
  onCodebookChanged: (tags: CodebookTag[]) => void
}

export function ReaderWorkspace({ article, actors, events, codebook, focusClaimId, onActorCreated, onEventCreated, onTagCreated, onCodebookChanged }: Props) {
  const workspace = useWorkspace()
  const textRef = useRef<HTMLDivElement>(null)
  const [activeId, setActiveId] = useState<string | null>(focusClaimId ?? null)
  /** The claims under the last click or C, to cycle through and to say "2 of 3". */
  const [stack, setStack] = useState<string[]>([])
  const [filter, setFilter] = useState<ClaimFilter>(NO_FILTER)
  const [hint, setHint] = useState('')
  const [findOpen, setFindOpen] = useState(false)
  const [metaEditing, setMetaEditing] = useState(false)
  const [mentionMenu, setMentionMenu] = useState<MentionMenuState | null>(null)
  const [back, setBack] = useState<ReadingPlace | null>(null)
  const [focusRequest, setFocusRequest] = useState<{ field: string } | null>(null)
  const [codebookOpen, setCodebookOpen] = useState(false)
  /** Where the text was when Find opened: the place to go back to. */
  const findFrom = useRef<ReadingPlace>({ scrollTop: 0, claimId: null })

  const mentionActors: MentionActor[] = useMemo(() => (actors ?? []).map((a) => ({ id: a.id, name: a.name, aliases: a.aliases })), [actors])
  const commandsRef = useRef<(id: ReaderCommandId, event?: KeyboardEvent) => boolean>(() => false)
  const clickRef = useRef<(target: EventTarget | null) => void>(() => {})
  const editor = useArticleEditor(article.body, {
    onKey: (event) => {
      const command = readerKeyCommand(event, { typing: editingNow(), fieldUndo: false }, IS_MAC)
      return command ? commandsRef.current(command, event) : false
    },
    onClickText: (target) => clickRef.current(target),
    onHistoryInput: (direction) => commandsRef.current(direction),
  })
  const editingNow = () => editor.view.dom.getAttribute('aria-readonly') === 'false'

  const claimCount = useRef(article.claims.length)
  const refreshTimer = useRef<ReturnType<typeof setTimeout>>(undefined)
  const session = useMemo(
    () =>
      new CodingSession(editor, article, codingApi(), readerSaves, (count) => {
        perfEnd(PERF.tagSaved)
        // The sidebar's counts change only when claims come or go, and
        // need not follow every tag of a burst.
        if (count === claimCount.current) return
        claimCount.current = count
        clearTimeout(refreshTimer.current)
        refreshTimer.current = setTimeout(() => workspace.refresh(), 1500)
      }),
    // One session per editor; the article and workspace of the page do not change under it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [editor],
  )
  useEffect(() => () => session.destroy(), [session])
  const view = useSyncExternalStore(session.subscribe, session.getView)

  // Actor mentions are found once the text is on screen (finding them in a
  // long article is not worth a slower opening), and again whenever an
  // actor is created from a picker.
  useEffect(() => {
    if (!actors) return
    const timer = setTimeout(() => editor.view.dispatch(setMentionActors(editor.state.tr, mentionActors)), 30)
    return () => clearTimeout(timer)
  }, [editor, actors, mentionActors])

  // ---- what the panel lists --------------------------------------------------

  const spans = useMemo(() => claimSpansOf(view.doc), [view.doc])
  const spanById = useMemo(() => new Map(spans.map((s) => [s.id, s])), [spans])
  // Quotes are read from the text once per claim and range (and again after
  // a text edit), not for every claim on every change.
  const quotes = useRef(new Map<string, { from: number; to: number; text: number; quote: string }>())
  const listed: ListedClaim[] = useMemo(
    () =>
      spans.map((s) => {
        let known = quotes.current.get(s.id)
        if (!known || known.from !== s.from || known.to !== s.to || known.text !== view.textVersion) {
          known = { from: s.from, to: s.to, text: view.textVersion, quote: quoteOf(view.doc, s) }
          quotes.current.set(s.id, known)
        }
        return { id: s.id, kind: s.kind, quote: known.quote, record: session.recordOf(s.id) }
      }),
    // view.version: records changed (a save answered, a link was made).
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [spans, view.version, session],
  )
  const shown = useMemo(() => listed.filter((c) => matchesFilter(c, filter)), [listed, filter])
  const activeSpan = activeId ? spanById.get(activeId) : undefined

  // A claim that left the text (deleted, undone) is no longer active.
  useEffect(() => {
    if (activeId && !spanById.has(activeId)) setActiveId(null)
  }, [activeId, spanById])

  const actorById = useMemo(() => new Map((actors ?? []).map((a) => [a.id, a])), [actors])
  const eventById = useMemo(() => new Map(events.map((e) => [e.id, e])), [events])
  const tagByName = useMemo(() => new Map((codebook ?? []).map((t) => [t.name, t])), [codebook])
  const actorName = useCallback((id: string) => actorById.get(id)?.name ?? (actors ? 'Unknown actor' : '…'), [actorById, actors])
  const eventName = useCallback((id: string) => eventById.get(id)?.name ?? 'Unknown event', [eventById])
  const tagColour = useCallback((name: string) => tagByName.get(name)?.colour, [tagByName])
  const actorItems: PickItem[] | null = useMemo(() => actors?.map((a) => ({ id: a.id, name: a.name, aliases: a.aliases, detail: a.type })) ?? null, [actors])
  const eventItems: PickItem[] = useMemo(() => events.map((e) => ({ id: e.id, name: e.name, detail: e.date })), [events])
  const tagItems: PickItem[] = useMemo(() => (codebook ?? []).map((t) => ({ id: t.name, name: t.name, colour: t.colour, detail: t.description })), [codebook])

  const suggestions = useSuggestions({ editor, session, view, articleId: article.id, actors, onActorCreated, activeClaimId: activeId, setActiveClaim: setActiveId, setHint, textRef })
  const commands = useReaderCommands({
    editor,
    session,
    view,
    articleId: article.id,
    spanById,
    shown,
    activeId,
    setActiveId,
    setStack,
    setHint,
    textRef,
    back,
    setBack,
    mentionMenu,
    setMentionMenu,
    openFind: () => {
      findFrom.current = { scrollTop: textRef.current?.scrollTop ?? 0, claimId: activeId }
      setFindOpen(true)
    },
    openCodebook: () => (codebook ? setCodebookOpen(true) : setHint('The codebook cannot be read (see the message): fix workspace.json first.')),
    setMetaEditing,
    setFocusRequest,
    commandsRef,
    clickRef,
    suggestions,
  })
  const { run, undoRedo, deleteActive, linkMention, returnToText, activateFromList } = commands

  // ---- the page's life -----------------------------------------------------

  // A hint is a nudge, not a state: it fades after a few seconds.
  useEffect(() => {
    if (!hint) return
    const timer = setTimeout(() => setHint(''), 5000)
    return () => clearTimeout(timer)
  }, [hint])

  // Arriving from another page with a claim to show.
  useEffect(() => {
    if (!focusClaimId) return
    setActiveId(focusClaimId)
    const timer = setTimeout(() => scrollToClaim(textRef.current, focusClaimId), 50)
    return () => clearTimeout(timer)
  }, [focusClaimId])

  // Opening is done when the text is laid out and can scroll (reading the
  // heights forces the layout), and painted on the next frame.
  useLayoutEffect(() => {
    const scroller = textRef.current
    if (scroller && scroller.scrollHeight >= scroller.clientHeight) perfEnd(PERF.open)
    requestAnimationFrame(() => setTimeout(() => perfEnd(PERF.openPainted), 0))
    // Keyboard first: the keys work in the text as soon as it is open (also
    // when a closing dialog hands the focus back to nothing a moment later).
    editor.view.focus()
    const timer = setTimeout(() => (document.activeElement === document.body || !document.activeElement) && editor.view.focus(), 150)
    return () => clearTimeout(timer)
  }, [editor])

  // The outline in the text follows the active claim (a tag has set it already).
  useLayoutEffect(() => {
    if (!editor.isDestroyed && activeClaimOf(editor.state) !== activeId) editor.view.dispatch(setActiveClaim(editor.state.tr, activeId))
  }, [editor, activeId])
  const overlapAt = activeId && stack.includes(activeId) ? { index: stack.indexOf(activeId), count: stack.length } : null
  const activeRecord = activeId ? session.recordOf(activeId) : undefined

  const details =
    activeId && activeSpan ? (
      <ClaimDetails
        key={activeId}
        claimId={activeId}
        kind={activeSpan.kind}
        record={activeRecord}
        actors={actorItems}
        events={eventItems}
        tags={tagItems}
        overlap={overlapAt}
        focusField={focusRequest?.field ?? null}
        onFocused={() => setFocusRequest(null)}
        onKind={(kind) => setClaimKind(editor, activeId, kind)}
        onPatch={(patch, label) => session.patch(activeId, patch, label)}
        onDelete={deleteActive}
        onCreateActor={async (name) => {
          const actor = await readerSaves.push(`Creating the actor “${name}”`, () => api().actors.create({ name }))
          if (actor) onActorCreated(actor)
          return actor?.id
        }}
        onCreateEvent={async (name) => {
          const event = await readerSaves.push(`Creating the event “${name}”`, () => api().events.create({ name }))
          if (event) onEventCreated(event)
          return event?.id
        }}
        onCreateTag={async (name) => {
          if (!codebook) return undefined
          const created = await readerSaves.push(`Adding “${name}” to the codebook`, () => api().codebook.create({ name }))
          if (created) onTagCreated(created)
          return created?.name
        }}
        onExit={returnToText}
      />
    ) : null

  return (
    <div className="page reader" data-testid="reader" data-article-id={article.id} data-editing={view.editing}>
      <ArticleHeader
        articleId={article.id}
        meta={view.meta}
        editing={metaEditing}
        onEditing={setMetaEditing}
        onSave={(patch) => session.updateMeta(patch)}
        editingText={view.editing}
        onToggleText={() => run('edit-text')}
      />
      <div className="reader-body">
        <section className="reader-text-column" aria-label="Article">
          <ReaderToolbar
            editor={editor}
            hasActive={!!activeId}
            editing={view.editing}
            undoLabel={view.undoLabel}
            redoLabel={view.redoLabel}
            onTag={(kind) => run(`tag-${kind}`)}
            onUndo={() => undoRedo('undo')}
            onRedo={() => undoRedo('redo')}
            onFind={() => run('find')}
            onRetry={() => readerSaves.flush()}
          />
          {findOpen && (
            <FindBar
              editor={editor}
              onClose={(selected) => {
                setFindOpen(false)
                const scroller = textRef.current
                // A find that took the text far away can be gone back from.
                if (selected && scroller) requestAnimationFrame(() => Math.abs(scroller.scrollTop - findFrom.current.scrollTop) > scroller.clientHeight && setBack(findFrom.current))
              }}
            />
          )}
          {view.editing && (
            <p className="reader-edit-banner" role="status" data-testid="edit-banner">
              <strong>Edit mode:</strong> you are changing the source text (to mend import errors). Every claim stays on its words; each change can be undone.{' '}
              <button type="button" className="link-button" onClick={() => run('edit-text')}>
                Done editing
              </button>
            </p>
          )}
          {hint && (
            <p className="reader-hint" role="status" data-testid="reader-hint">
              {hint}
            </p>
          )}
          <div className="reader-scroll" ref={textRef}>
            <EditorContent editor={editor} className="article-text-wrapper" />
            {back && (
              <button type="button" className="button back-to-reading" onClick={() => run('back')} data-testid="back-to-reading">
                ↩ Back to where you were reading <kbd>B</kbd>
              </button>
            )}
          </div>
          <Legend />
        </section>
        <ClaimPanel
          all={listed}
          shown={shown}
          activeId={activeId}
          filter={filter}
          onFilter={setFilter}
          actorName={actorName}
          eventName={eventName}
          tagColour={tagColour}
          onActivate={activateFromList}
          details={details}
          hiddenActive={!!activeId && !shown.some((c) => c.id === activeId)}
          onOpenCodebook={() => run('codebook')}
          suggestions={<SuggestionsSection ui={suggestions} actorName={actorName} />}
        />
      </div>
      {codebookOpen && codebook && (
        <CodebookDialog tags={codebook} onChange={onCodebookChanged} onClaimsRewritten={() => session.reloadRecords()} onClose={() => setCodebookOpen(false)} />
      )}
      {mentionMenu && (
        <MentionMenu
          menu={mentionMenu}
          actorName={actorName}
          activeQuote={activeSpan ? quoteOf(view.doc, activeSpan) : null}
          linked={(actorId) => ({ speaker: !!activeRecord?.speakers.includes(actorId), target: !!activeRecord?.targets.includes(actorId) })}
          onLink={linkMention}
          onClose={() => setMentionMenu(null)}
        />
      )}
    </div>
  )
}
