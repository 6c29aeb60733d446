// Events group claims: what the actors are talking about.
import { useState } from 'react'
import type { EventWithCount } from '../../../../shared/contract'
import { useNavigate } from '../../app/routes'
import { useConfirm } from '../../app/ui/confirm'
import { EmptyState, Loading } from '../../app/ui/EmptyState'
import { formatDate, plural } from '../../app/ui/format'
import { api, useAction, useApiQuery } from '../../app/useApi'
import { EventForm, type EventDraft } from './EventForm'

export function EventsPage() {
  const navigate = useNavigate()
  const confirm = useConfirm()
  const events = useApiQuery((client) => client.events.list({}), [])
  const { busy, run } = useAction()
  const [editing, setEditing] = useState<string | null>(null)

  const create = async (draft: EventDraft) => {
    const event = await run(() => api().events.create(draft), 'Could not create the event')
    if (event) events.reload()
    return Boolean(event)
  }

  const update = async (id: string, draft: EventDraft) => {
    const event = await run(() => api().events.update({ id, patch: draft }), 'Could not save the event')
    if (event) {
      setEditing(null)
      events.reload()
    }
    return Boolean(event)
  }

  const remove = async (event: EventWithCount) => {
    const message =
      event.claimCount > 0
        ? `${event.name} is linked to ${plural(event.claimCount, 'claim')}; deleting unlinks it from them. Nothing else is lost.`
        : `${event.name} is not linked to any claim. Nothing else is lost.`
    const ok = await confirm({ title: `Delete ${event.name}?`, message, confirmLabel: 'Delete event', danger: true })
    if (!ok) return
    await run(() => api().events.delete({ id: event.id }), 'Could not delete the event')
    events.reload()
  }

  // Newest first: researchers usually work on recent events.
  const list = [...(events.data ?? [])].sort((a, b) => b.date.localeCompare(a.date) || a.name.localeCompare(b.name))
  return (
    <div className="page" data-testid="events-page">
      <header className="page-header">
        <div>
          <h1>Events</h1>
          <p className="page-subtitle">What the claims are about. Compare how actors frame each one.</p>
        </div>
      </header>
      <section className="card" aria-label="New event">
        <h2 className="card-title">New event</h2>
        <EventForm submitLabel="Add event" busy={busy} onSubmit={create} testId="event-create-form" />
      </section>
      {events.loading && !events.data ? (
        <Loading />
      ) : list.length === 0 ? (
        <EmptyState title="No events yet." testId="events-empty">
          Add one above, or create it while coding: type a name in a claim’s Event field.
        </EmptyState>
      ) : (
        <table className="data-table" data-testid="event-table">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col" className="col-date">
                Date
              </th>
              <th scope="col">Description</th>
              <th scope="col" className="col-number">
                Claims
              </th>
              <th scope="col" className="col-actions">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {list.map((event) =>
              editing === event.id ? (
                <tr key={event.id} className="editing-row">
                  <td colSpan={5}>
                    <EventForm
                      initial={{ name: event.name, date: event.date, description: event.description }}
                      submitLabel="Save"
                      busy={busy}
                      onSubmit={(draft) => update(event.id, draft)}
                      onCancel={() => setEditing(null)}
                      testId="event-edit-form"
                    />
                  </td>
                </tr>
              ) : (
                <tr key={event.id} data-testid="event-row" data-event-id={event.id}>
                  <td>
                    <button type="button" className="row-title" onClick={() => navigate({ page: 'event', eventId: event.id })} data-testid="event-open">
                      {event.name}
                    </button>
                  </td>
                  <td className="col-date">{formatDate(event.date) || <span className="muted">—</span>}</td>
                  <td className="muted">{event.description || '—'}</td>
                  <td className="col-number">{event.claimCount}</td>
                  <td className="col-actions">
                    <button type="button" className="button button-small button-quiet" onClick={() => navigate({ page: 'compare', eventId: event.id })}>
                      Compare
                    </button>
                    <button type="button" className="button button-small button-quiet" onClick={() => setEditing(event.id)} aria-label={`Edit ${event.name}`}>
                      Edit
                    </button>
                    <button type="button" className="button button-small button-quiet" onClick={() => void remove(event)} aria-label={`Delete ${event.name}`} data-testid="event-delete">
                      Delete
                    </button>
                  </td>
                </tr>
              ),
            )}
          </tbody>
        </table>
      )}
    </div>
  )
}
