// Events group claims: what the actors are talking about. Sub-events sit
// under the event they are part of.
import type { EventWithCount } from '../../../../shared/contract'
import { useNavigate } from '../../app/routes'
import { EmptyState, Loading } from '../../app/ui/EmptyState'
import { plural } from '../../app/ui/format'
import { api, useApiQuery } from '../../app/useApi'
import { forgetComparedEvent } from '../compare/ComparePage'
import { RegistryTable, type Column } from '../registry/RegistryTable'
import { useRegistry } from '../registry/useRegistry'
import { EventForm, type EventDraft } from './EventForm'
import { dateRange, eventTree } from './eventTree'

type Row = EventWithCount & { depth: number }

export function EventsPage() {
  const navigate = useNavigate()
  const events = useApiQuery((client) => client.events.list({}), [])
  const registry = useRegistry<EventDraft>({
    noun: 'event',
    list: events,
    create: (draft) => api().events.create(draft),
    update: (id, draft) => api().events.update({ id, patch: draft }),
    remove: async (id) => {
      forgetComparedEvent(id)
      return api().events.delete({ id })
    },
    alwaysConfirm: true,
  })
  const all = events.data ?? []
  // Newest first (researchers mostly work on recent events), sub-events under theirs.
  const rows: Row[] = eventTree(all, (a, b) => b.date.localeCompare(a.date) || a.name.localeCompare(b.name)).map(({ event, depth }) => ({ ...event, depth }))
  const nameOf = (id: string | null) => all.find((e) => e.id === id)?.name

  const columns: Column<Row>[] = [
    {
      header: 'Name',
      cell: (event) => (
        <span className="tree-name" style={{ paddingLeft: `${Math.max(0, event.depth - 1) * 18}px` }}>
          {event.depth > 0 && (
            <span className="muted" aria-hidden="true">
              ↳
            </span>
          )}
          <span>
            <button type="button" className="row-title" onClick={() => navigate({ page: 'event', eventId: event.id })} data-testid="event-open">
              {event.name}
            </button>
            {event.description && <span className="muted row-sub">{event.description}</span>}
          </span>
        </span>
      ),
    },
    { header: 'Date', className: 'col-date', cell: (event) => dateRange(event) || <span className="muted">—</span> },
    { header: 'Part of', cell: (event) => nameOf(event.parentId) ?? <span className="muted">—</span> },
    {
      header: 'Claims',
      className: 'col-number',
      cell: (event) =>
        event.claimCount ? (
          <button type="button" className="count-link" onClick={() => navigate({ page: 'event', eventId: event.id })} aria-label={`${plural(event.claimCount, 'claim')}: open the event`} data-testid="event-claim-count">
            {event.claimCount}
          </button>
        ) : (
          <span className="count-zero">0</span>
        ),
    },
  ]

  return (
    <div className="page" data-testid="events-page">
      <header className="page-header">
        <div>
          <h1>Events</h1>
          <p className="page-subtitle">What the claims are about. Compare how actors and outlets frame each one.</p>
        </div>
      </header>
      <section className="card" aria-label="New event">
        <h2 className="card-title">New event</h2>
        <EventForm events={all} submitLabel="Add event" busy={registry.busy} onSubmit={registry.create} testId="event-create-form" />
      </section>
      {events.loading && !events.data ? (
        <Loading />
      ) : rows.length === 0 ? (
        <EmptyState title="No events yet." testId="events-empty">
          Add one above, or create it while coding: type a name in a claim’s Event field.
        </EmptyState>
      ) : (
        <RegistryTable
          items={rows}
          columns={columns}
          editing={registry.editing}
          onEdit={(event) => registry.setEditing(event.id)}
          onDelete={(event) => void registry.remove(event)}
          actions={(event) => (
            <button type="button" className="button button-small button-quiet" onClick={() => navigate({ page: 'compare', eventId: event.id })}>
              Compare
            </button>
          )}
          renderEditor={(event) => (
            <EventForm initial={event} events={all} submitLabel="Save" busy={registry.busy} onSubmit={(draft) => registry.update(event.id, draft)} onCancel={() => registry.setEditing(null)} testId="event-edit-form" />
          )}
          testId="event-table"
          rowTestId="event-row"
          deleteTestId="event-delete"
          rowAttributes={(event) => ({ 'data-event-id': event.id, 'data-event': event.name })}
        />
      )}
    </div>
  )
}
