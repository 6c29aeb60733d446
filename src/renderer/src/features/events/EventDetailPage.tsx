// One event: its dates, the event it is part of and its sub-events; a
// timeline of its claims by date and outlet; its claims, to unlink or move
// many at once; and claims to bring in from the library.
import { useMemo, useState } from 'react'
import type { EventTimeline as Timeline } from '../../../../shared/contract-analysis'
import { useNavigate } from '../../app/routes'
import { Loading } from '../../app/ui/EmptyState'
import { plural } from '../../app/ui/format'
import { useApiQuery } from '../../app/useApi'
import { useWorkspace } from '../../app/workspace'
import { FilterBar } from '../compare/filters/FilterBar'
import { isFiltered, useFilters } from '../compare/filters/filterState'
import { refsOf } from '../compare/KindBar'
import { TraceProvider } from '../compare/trace/TraceContext'
import { useAnalysis } from '../compare/useAnalysis'
import { DetailHeader, MissingItem } from '../registry/DetailHeader'
import { AssignClaims } from './AssignClaims'
import { EventClaims } from './EventClaims'
import { dateRange } from './eventTree'
import { EventTimeline } from './EventTimeline'
import { useActorNames } from '../compare/useActorNames'
import { ExportButton } from '../export/ExportButton'

/** Every claim of a timeline once, oldest first, the undated last. */
function timelineRefs(timeline: Timeline) {
  return [...timeline.periods.flatMap((p) => p.outlets.flatMap((o) => refsOf(o.kinds))), ...timeline.undated.flatMap((o) => refsOf(o.kinds))]
}

export function EventDetailPage({ eventId }: { eventId: string }) {
  const navigate = useNavigate()
  const { refresh } = useWorkspace()
  const events = useApiQuery((client) => client.events.list({}), [])
  const actors = useApiQuery((client) => client.actors.list({}), [])
  const [includeChildren, setIncludeChildren] = useState(false)
  const [generation, setGeneration] = useState(0)
  const [notice, setNotice] = useState<string | null>(null)
  const filters = useFilters()
  const timeline = useAnalysis((client, f) => client.events.timeline({ id: eventId, includeChildren, filters: f }), [eventId, includeChildren, generation])
  const refs = useMemo(() => (timeline.data ? timelineRefs(timeline.data) : []), [timeline.data])
  const actorName = useActorNames(actors.data)
  const eventName = (id: string) => events.data?.find((e) => e.id === id)?.name

  const event = events.data?.find((e) => e.id === eventId)
  if (events.data && !event) return <MissingItem what="event" backLabel="events" onBack={() => navigate({ page: 'events' })} />
  const parent = events.data?.find((e) => e.id === event?.parentId)
  const children = (events.data ?? []).filter((e) => e.parentId === eventId)
  const changed = (message: string) => {
    setNotice(message)
    setGeneration((g) => g + 1)
    events.reload()
    refresh()
  }

  return (
    <TraceProvider actorName={actorName}>
      <div className="page page-wide" data-testid="event-page">
        <DetailHeader
          backLabel="Events"
          onBack={() => navigate({ page: 'events' })}
          title={event?.name ?? '…'}
          subtitle={
            event && (
              <>
                {dateRange(event) || 'No date yet'}
                {parent && (
                  <>
                    {' '}
                    · part of{' '}
                    <button type="button" className="link-button" onClick={() => navigate({ page: 'event', eventId: parent.id })}>
                      {parent.name}
                    </button>
                  </>
                )}
                {children.length > 0 && (
                  <>
                    {' '}
                    · sub-events:{' '}
                    {children.map((c, i) => (
                      <span key={c.id}>
                        {i > 0 && ', '}
                        <button type="button" className="link-button" onClick={() => navigate({ page: 'event', eventId: c.id })}>
                          {c.name}
                        </button>
                      </span>
                    ))}
                  </>
                )}
                {event.description && <p className="actor-description">{event.description}</p>}
              </>
            )
          }
          actions={
            <>
              {children.length > 0 && (
                <label className="check-row">
                  <input type="checkbox" checked={includeChildren} onChange={(e) => setIncludeChildren(e.target.checked)} data-testid="event-include-children" />
                  with sub-events
                </label>
              )}
              <ExportButton scope={{ type: 'event', id: eventId }} />
              <button type="button" className="button" onClick={() => navigate({ page: 'compare', eventId, view: 'outlets' })}>
                Compare outlets
              </button>
              <button type="button" className="button button-primary" onClick={() => navigate({ page: 'compare', eventId })}>
                Compare actors
              </button>
            </>
          }
        />
        <FilterBar />
        {notice && (
          <div className="banner banner-success" role="status" data-testid="event-notice">
            <span>{notice}</span>
            <button type="button" className="icon-button" aria-label="Dismiss" onClick={() => setNotice(null)}>
              ×
            </button>
          </div>
        )}
        {!timeline.data ? (
          timeline.loading ? <Loading /> : null
        ) : (
          <>
            <EventTimeline timeline={timeline.data} />
            <section className="card" aria-label="Claims of this event">
              <h2 className="card-title">
                {plural(timeline.data.total, 'claim')}
                {isFiltered(filters) && <span className="muted"> (with the filters)</span>}
              </h2>
              <EventClaims eventId={eventId} refs={refs} events={events.data ?? []} actorName={actorName} eventName={eventName} onChanged={changed} />
            </section>
          </>
        )}
        {event && <AssignClaims eventId={eventId} eventName={event.name} actorName={actorName} nameOfEvent={eventName} generation={generation} onAssigned={changed} />}
      </div>
    </TraceProvider>
  )
}
