// Compare how actors frame one event.
import { useState } from 'react'
import type { EventWithCount } from '../../../../shared/contract'
import { useNavigate } from '../../app/routes'
import { EmptyState, Loading } from '../../app/ui/EmptyState'
import { formatDate, plural } from '../../app/ui/format'
import { useApiQuery } from '../../app/useApi'
import { CompareTable } from './CompareTable'

/** Without a choice, start with the event that has the most material. */
function defaultEvent(events: EventWithCount[]): string {
  return [...events].sort((a, b) => b.claimCount - a.claimCount)[0]?.id ?? ''
}

export function ComparePage({ initialEventId }: { initialEventId?: string }) {
  const navigate = useNavigate()
  const events = useApiQuery((client) => client.events.list({}), [])
  const actors = useApiQuery((client) => client.actors.list({}), [])
  const [chosen, setChosen] = useState(initialEventId ?? '')
  const eventId = chosen || (events.data ? defaultEvent(events.data) : '')
  const comparison = useApiQuery((client) => (eventId ? client.compare.event({ eventId }) : Promise.resolve(null)), [eventId])

  if (events.loading && !events.data) return <Loading />
  const list = [...(events.data ?? [])].sort((a, b) => a.name.localeCompare(b.name))
  const data = comparison.data
  const claimTotal = data ? new Set(data.rows.flatMap((r) => Object.values(r.cells).flat().map((c) => `${c.articleId}:${c.id}`))).size : 0

  return (
    <div className="page" data-testid="compare-page">
      <header className="page-header">
        <div>
          <h1>Compare</h1>
          <p className="page-subtitle">How each actor frames an event: what they assert, deny and attribute.</p>
        </div>
        {list.length > 0 && (
          <label className="field field-inline compare-event-field">
            <span>Event</span>
            <select value={eventId} onChange={(e) => setChosen(e.target.value)} data-testid="compare-event-select" aria-label="Event to compare">
              {list.map((event) => (
                <option key={event.id} value={event.id}>
                  {event.name} ({event.claimCount})
                </option>
              ))}
            </select>
          </label>
        )}
      </header>
      {list.length === 0 ? (
        <EmptyState title="No events yet." testId="compare-empty">
          <p>Link claims to an event in the reader (the claim’s Event field), then compare the actors here.</p>
          <button type="button" className="button" onClick={() => navigate({ page: 'events' })}>
            Go to Events
          </button>
        </EmptyState>
      ) : !data ? (
        comparison.loading ? <Loading /> : null
      ) : data.rows.length === 0 ? (
        <EmptyState title={`No claims are linked to “${data.event.name}” yet.`} testId="compare-empty">
          In the reader, open an article, tag a claim and choose this event in its Event field.
        </EmptyState>
      ) : (
        <>
          <p className="compare-summary" data-testid="compare-summary">
            <strong>{data.event.name}</strong>
            {data.event.date && <span className="muted"> · {formatDate(data.event.date)}</span>}
            <span className="muted">
              {' '}
              · {plural(claimTotal, 'claim')} · {plural(data.rows.filter((r) => r.actor).length, 'actor')}
            </span>
          </p>
          <CompareTable comparison={data} actorName={(id) => actors.data?.find((a) => a.id === id)?.name} />
        </>
      )}
    </div>
  )
}
