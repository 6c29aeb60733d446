// Bringing claims into an event, many at once: find articles (the library's
// search), see their claims that have no event yet (or all of them), tick
// the ones that belong here, assign them in one go (claims.assignEvent).
import { useEffect, useState } from 'react'
import type { ClaimInContext } from '../../../../shared/domain'
import { plural } from '../../app/ui/format'
import { api, useAction } from '../../app/useApi'
import { claimKey, ClaimPickList } from './ClaimPickList'

const ARTICLES_PER_PAGE = 10

type Props = { eventId: string; eventName: string; actorName: (id: string) => string | undefined; nameOfEvent: (id: string) => string | undefined; generation: number; onAssigned: (message: string) => void }

export function AssignClaims({ eventId, eventName, actorName, nameOfEvent, generation, onAssigned }: Props) {
  const [query, setQuery] = useState('')
  const [debounced, setDebounced] = useState('')
  const [onlyFree, setOnlyFree] = useState(true)
  const [pages, setPages] = useState(1)
  const [claims, setClaims] = useState<ClaimInContext[] | null>(null)
  const [more, setMore] = useState(false)
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set())
  const { busy, run } = useAction()

  useEffect(() => {
    const timer = setTimeout(() => setDebounced(query.trim()), 250)
    return () => clearTimeout(timer)
  }, [query])

  useEffect(() => {
    let current = true
    const load = async () => {
      const page = await api().library.query({ query: debounced || undefined, filters: { hasClaims: true }, limit: ARTICLES_PER_PAGE * pages, facets: false })
      const articles = await Promise.all(page.items.map((item) => api().articles.get({ id: item.id })))
      const found = articles.flatMap((a) => a.claims.map((c) => ({ ...c, articleId: a.id, articleTitle: a.title, outlet: a.outlet, publishedAt: a.publishedAt })))
      return { found, more: page.total > page.items.length }
    }
    void run(load, 'Could not look for claims').then((result) => {
      if (!current || !result) return
      setClaims(result.found)
      setMore(result.more)
    })
    return () => {
      current = false
    }
  }, [debounced, pages, generation, run])

  const shown = (claims ?? []).filter((c) => c.eventId !== eventId && (!onlyFree || c.eventId === null))
  const chosen = shown.filter((c) => selected.has(claimKey(c)))
  const allShown = shown.length > 0 && chosen.length === shown.length
  const toggle = (key: string) => setSelected((s) => (s.has(key) ? new Set([...s].filter((k) => k !== key)) : new Set([...s, key])))

  const assign = async () => {
    const result = await run(() => api().claims.assignEvent({ claimRefs: chosen.map((c) => ({ articleId: c.articleId, claimId: c.id })), eventId }), 'Could not assign the claims')
    if (!result) return
    setSelected(new Set())
    onAssigned(`${plural(result.updated, 'claim')} assigned to “${eventName}”.`)
  }

  return (
    <section className="card" aria-label="Add claims to this event" data-testid="assign-claims">
      <h2 className="card-title">Add claims to this event</h2>
      <div className="pick-toolbar">
        <input className="search-input" type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder="Find articles by a word, an outlet, an author…" aria-label="Find articles" data-testid="assign-search" />
        <label className="check-row">
          <input type="checkbox" checked={onlyFree} onChange={(e) => setOnlyFree(e.target.checked)} data-testid="assign-only-free" />
          only claims without an event
        </label>
        <label className="check-row">
          <input type="checkbox" checked={allShown} disabled={shown.length === 0} onChange={() => setSelected(allShown ? new Set() : new Set(shown.map(claimKey)))} data-testid="assign-all" />
          all shown
        </label>
        <button type="button" className="button button-primary button-small" disabled={busy || chosen.length === 0} onClick={() => void assign()} data-testid="assign-submit">
          Assign {chosen.length ? plural(chosen.length, 'claim') : 'claims'}
        </button>
      </div>
      {claims === null ? (
        <p className="muted small">Loading…</p>
      ) : shown.length === 0 ? (
        <p className="muted small">{debounced ? `No ${onlyFree ? 'unassigned ' : ''}claims in the articles that match “${debounced}”.` : `No ${onlyFree ? 'unassigned ' : ''}claims in these articles.`}</p>
      ) : (
        <ClaimPickList claims={shown} selected={selected} onToggle={toggle} actorName={actorName} eventName={nameOfEvent} testId="assign-list" />
      )}
      {more && (
        <p className="table-hint">
          <button type="button" className="link-button" disabled={busy} onClick={() => setPages((p) => p + 1)}>
            Look in {ARTICLES_PER_PAGE} more articles
          </button>
        </p>
      )}
    </section>
  )
}
