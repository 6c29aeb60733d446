// The claims of an event, page by page, with checkboxes: unlink the chosen
// ones from the event, or move them to another event, in one go.
import { useEffect, useState } from 'react'
import type { EventWithCount } from '../../../../shared/contract'
import type { ClaimRef } from '../../../../shared/contract-analysis'
import type { ClaimInContext } from '../../../../shared/domain'
import { EmptyState } from '../../app/ui/EmptyState'
import { plural } from '../../app/ui/format'
import { api, useAction } from '../../app/useApi'
import { claimKey, ClaimPickList } from './ClaimPickList'
import { eventTree, treeLabel } from './eventTree'

const PAGE = 50

type Props = { eventId: string; refs: ClaimRef[]; events: EventWithCount[]; actorName: (id: string) => string | undefined; eventName: (id: string) => string | undefined; onChanged: (message: string) => void }

export function EventClaims({ eventId, refs, events, actorName, eventName, onChanged }: Props) {
  const [claims, setClaims] = useState<ClaimInContext[]>([])
  const [wanted, setWanted] = useState(PAGE)
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set())
  const [moveTo, setMoveTo] = useState('')
  const { busy, run } = useAction()

  useEffect(() => {
    let current = true
    void run(() => api().claims.byRefs({ refs: refs.slice(0, wanted) }), 'Could not load the claims').then((list) => current && list && setClaims(list))
    return () => {
      current = false
    }
  }, [refs, wanted, run])

  const toggle = (key: string) => setSelected((s) => (s.has(key) ? new Set([...s].filter((k) => k !== key)) : new Set([...s, key])))
  const chosen = claims.filter((c) => selected.has(claimKey(c))).map((c) => ({ articleId: c.articleId, claimId: c.id }))
  const allShown = claims.length > 0 && claims.every((c) => selected.has(claimKey(c)))

  const assign = async (target: string | null) => {
    const result = await run(() => api().claims.assignEvent({ claimRefs: chosen, eventId: target }), 'Could not change the claims’ event')
    if (!result) return
    setSelected(new Set())
    onChanged(target ? `${plural(result.updated, 'claim')} moved to “${eventName(target) ?? ''}”.` : `${plural(result.updated, 'claim')} unlinked from this event.`)
  }

  if (refs.length === 0) return <EmptyState title="No claims are linked to this event yet.">Choose claims below, or in the reader pick this event in a claim’s Event field.</EmptyState>
  return (
    <div>
      <div className="pick-toolbar">
        <label className="check-row">
          <input type="checkbox" checked={allShown} onChange={() => setSelected(allShown ? new Set() : new Set(claims.map(claimKey)))} data-testid="event-claims-all" />
          {allShown ? 'None' : 'All shown'}
        </label>
        <span className="muted small">{chosen.length ? `${chosen.length} chosen` : `${plural(refs.length, 'claim')}`}</span>
        <span className="pick-actions">
          <button type="button" className="button button-small" disabled={busy || !chosen.length} onClick={() => void assign(null)} data-testid="event-claims-unlink">
            Unlink from this event
          </button>
          <select value={moveTo} onChange={(e) => setMoveTo(e.target.value)} aria-label="Event to move the chosen claims to" data-testid="event-claims-move-to">
            <option value="">Move to…</option>
            {eventTree(events.filter((e) => e.id !== eventId)).map(({ event, depth }) => (
              <option key={event.id} value={event.id}>
                {treeLabel(depth, event.name)}
              </option>
            ))}
          </select>
          <button type="button" className="button button-small" disabled={busy || !chosen.length || !moveTo} onClick={() => void assign(moveTo)} data-testid="event-claims-move">
            Move
          </button>
        </span>
      </div>
      <ClaimPickList claims={claims} selected={selected} onToggle={toggle} actorName={actorName} testId="event-claims" />
      {claims.length < refs.length && (
        <p className="table-hint">
          {claims.length} of {refs.length} shown ·{' '}
          <button type="button" className="link-button" disabled={busy} onClick={() => setWanted((w) => w + PAGE)}>
            Show {Math.min(PAGE, refs.length - claims.length)} more
          </button>
        </p>
      )}
    </div>
  )
}
