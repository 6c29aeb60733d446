// The reader: the article in a read-only Tiptap editor where text can only be
// marked, and the claim panel beside it. The editor is the source of truth
// for the marks; after every change the body goes to the store, which
// derives the claims (quote, offsets, kind) and sends them back.
import { EditorContent, useEditorState } from '@tiptap/react'
import { useEffect, useMemo, useRef, useState } from 'react'
import type { ActorWithCount, EventWithCount } from '../../../../shared/contract'
import { Body, type Actor, type Article, type Claim, type Event, type Kind } from '../../../../shared/domain'
import { api } from '../../app/useApi'
import { useWorkspace } from '../../app/workspace'
import { ArticleHeader } from './ArticleHeader'
import { ClaimPanel } from './ClaimPanel'
import type { ClaimPatch } from './claimPatch'
import { claimIdsAt, removeClaim, scrollToClaim, setClaimKind, tagSelection } from './editorClaims'
import { KindToolbar, Legend } from './KindToolbar'
import { useArticleEditor } from './useArticleEditor'
import { useReaderShortcuts } from './useReaderShortcuts'
import { useSaveQueue } from './useSaveQueue'

type Props = {
  article: Article
  actors: ActorWithCount[]
  events: EventWithCount[]
  focusClaimId?: string
  onActorCreated: (actor: Actor) => void
  onEventCreated: (event: Event) => void
}

const byTextOrder = (a: Claim, b: Claim) => a.start - b.start || b.end - a.end

export function ReaderWorkspace({ article, actors, events, focusClaimId, onActorCreated, onEventCreated }: Props) {
  const workspace = useWorkspace()
  const [claims, setClaims] = useState<Claim[]>(() => [...article.claims].sort(byTextOrder))
  const [activeId, setActiveId] = useState<string | null>(focusClaimId ?? null)
  const [hint, setHint] = useState('')
  const { status, enqueue } = useSaveQueue()
  const textRef = useRef<HTMLDivElement>(null)

  // Saves coalesce: a save that has not started yet will read the latest
  // body when it does, so a burst of changes costs at most two calls.
  const bodySaveQueued = useRef(false)

  const editor = useArticleEditor(article.body, {
    onTagKey: (kind) => tag(kind),
    onClickText: (target) => activateFromText(target),
    onEscape: () => setActiveId(null),
    onChange: () => saveBody(),
  })
  useReaderShortcuts(editor, (kind) => tag(kind), () => setActiveId(null))

  const selectionLength = useEditorState({
    editor,
    selector: ({ editor: e }) => {
      const { from, to } = e.state.selection
      return from === to ? 0 : e.state.doc.textBetween(from, to, ' ').length
    },
  })

  const saveBody = () => {
    if (bodySaveQueued.current) return
    bodySaveQueued.current = true
    void enqueue(async () => {
      bodySaveQueued.current = false
      const body = Body.parse(editor.getJSON())
      const saved = await api().articles.saveBody({ id: article.id, body })
      setClaims([...saved.claims].sort(byTextOrder))
      // A claim undone (Ctrl+Z) is no longer active; a claim tagged after
      // this save started is, and the queued save will bring it.
      setActiveId((current) => (current && !bodySaveQueued.current && !saved.claims.some((c) => c.id === current) ? null : current))
      workspace.refresh()
    }, 'Saving the article failed')
  }

  const activate = (id: string | null, scroll = true) => {
    setActiveId(id)
    if (id && scroll) scrollToClaim(textRef.current, id)
  }

  const tag = (kind: Kind) => {
    const id = tagSelection(editor, kind)
    if (!id) {
      setHint('Select some text first, then tag it.')
      return
    }
    setHint('')
    setActiveId(id)
  }

  const activateFromText = (target: EventTarget | null) => {
    const ids = claimIdsAt(target)
    if (ids.length === 0) return
    // Several claims under the pointer: the innermost (shortest) one is meant.
    const length = (id: string) => {
      const claim = claims.find((c) => c.id === id)
      return claim ? claim.end - claim.start : Number.MAX_SAFE_INTEGER
    }
    const innermost = [...ids].sort((a, b) => length(a) - length(b))[0]
    activate(innermost, false)
  }

  // A hint is a nudge, not a state: it fades after a few seconds.
  useEffect(() => {
    if (!hint) return
    const timer = setTimeout(() => setHint(''), 4000)
    return () => clearTimeout(timer)
  }, [hint])

  // Arriving from another page with a claim to show.
  useEffect(() => {
    if (!focusClaimId) return
    setActiveId(focusClaimId)
    const timer = setTimeout(() => scrollToClaim(textRef.current, focusClaimId), 50)
    return () => clearTimeout(timer)
  }, [focusClaimId])

  const changeKind = (claimId: string, kind: Kind) => {
    if (!setClaimKind(editor, claimId, kind)) setHint('That claim is no longer in the text.')
  }

  const deleteClaim = (claimId: string) => {
    removeClaim(editor, claimId)
    setActiveId(null)
  }

  const patchClaim = (claimId: string, patch: ClaimPatch) => {
    // Shown at once; the store's answer replaces it, a failure undoes it.
    const before = claims.find((c) => c.id === claimId)
    const replace = (claim: Claim) => setClaims((all) => all.map((c) => (c.id === claimId ? claim : c)))
    if (before) replace({ ...before, ...patch })
    void enqueue(() => api().claims.update({ articleId: article.id, claimId, patch }), 'Saving the claim failed').then((updated) => {
      if (updated) replace(updated)
      else if (before) replace(before)
    })
  }

  const createActor = async (name: string) => {
    const actor = await enqueue(() => api().actors.create({ name }), `Could not create actor “${name}”`)
    if (actor) onActorCreated(actor)
    return actor?.id
  }

  const createEvent = async (name: string) => {
    const event = await enqueue(() => api().events.create({ name }), `Could not create event “${name}”`)
    if (event) onEventCreated(event)
    return event?.id
  }

  const activeStyle = useMemo(
    () => (activeId ? `.article-text [data-claim-id="${CSS.escape(activeId)}"] { outline: 2px solid var(--focus-ring); outline-offset: 2px; border-radius: 2px; }` : ''),
    [activeId],
  )

  return (
    <div className="page reader" data-testid="reader" data-article-id={article.id}>
      <ArticleHeader article={article} />
      <div className="reader-body">
        <section className="reader-text-column" aria-label="Article">
          <KindToolbar selectionLength={selectionLength} onTag={tag} status={status} />
          {hint && (
            <p className="reader-hint" role="status">
              {hint}
            </p>
          )}
          <div className="reader-scroll" ref={textRef}>
            {activeStyle && <style>{activeStyle}</style>}
            <EditorContent editor={editor} className="article-text-wrapper" />
          </div>
          <Legend />
        </section>
        <ClaimPanel
          claims={claims}
          activeId={activeId}
          actors={actors}
          events={events}
          saving={status.state === 'saving'}
          onActivate={(id) => activate(id)}
          onKind={changeKind}
          onPatch={patchClaim}
          onDelete={deleteClaim}
          onCreateActor={createActor}
          onCreateEvent={createEvent}
        />
      </div>
    </div>
  )
}
