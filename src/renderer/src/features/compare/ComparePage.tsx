// Compare how actors and outlets frame an event: event × actor (kinds
// across, roll-up by membership), outlets side by side, and two actors or
// outlets head to head. One filter bar narrows all three.
import { useState } from 'react'
import type { EventWithCount } from '../../../../shared/contract'
import { useNavigate, type CompareView } from '../../app/routes'
import { EmptyState, Loading } from '../../app/ui/EmptyState'
import { useApiQuery } from '../../app/useApi'
import { eventTree, treeLabel } from '../events/eventTree'
import { EventView } from './EventView'
import { FilterBar } from './filters/FilterBar'
import { HeadToHeadView } from './HeadToHeadView'
import { OutletsView } from './OutletsView'
import { TraceProvider } from './trace/TraceContext'
import { useSettled } from './useSettled'
import { useActorNames } from './useActorNames'

const VIEWS: { id: CompareView; label: string; hint: string }[] = [
  { id: 'actors', label: 'Actors × kinds', hint: 'Who asserts, denies and attributes what about this event' },
  { id: 'outlets', label: 'Outlets', hint: 'Which actors each outlet quotes on this event, side by side' },
  { id: 'head', label: 'Head to head', hint: 'Two actors or two outlets on the same events' },
]

/** Without a choice, start with the event that has the most material. */
function defaultEvent(events: EventWithCount[]): string {
  return [...events].sort((a, b) => b.claimCount - a.claimCount)[0]?.id ?? ''
}

/** The event compared last, to come back to (and to ask for at once,
 * without waiting for the list of events). */
let lastCompared = ''

/** An event deleted since must not be asked for. */
export function forgetComparedEvent(id: string): void {
  if (lastCompared === id) lastCompared = ''
}

export function ComparePage({ initialEventId, initialView }: { initialEventId?: string; initialView?: CompareView }) {
  const navigate = useNavigate()
  const events = useApiQuery((client) => client.events.list({}), [])
  const [chosen, setChosen] = useState(initialEventId ?? lastCompared)
  const [view, setView] = useState<CompareView>(initialView ?? 'actors')
  // The actor registry (thousands of actors in a big workspace) names the
  // targets under the quotes; it is asked for once the comparison is on
  // screen, so it never delays it. Head to head needs it to start with.
  const { settled, settle } = useSettled()
  const wantActors = settled || view === 'head'
  const actors = useApiQuery((client) => (wantActors ? client.actors.list({}) : Promise.resolve(undefined)), [wantActors])
  const [includeChildren, setIncludeChildren] = useState(false)
  const eventId = events.data ? (events.data.some((e) => e.id === chosen) ? chosen : defaultEvent(events.data)) : chosen
  if (eventId) lastCompared = eventId
  const actorName = useActorNames(actors.data)

  const list = eventTree(events.data ?? [])
  // Known before the list arrives when coming back to an event.
  const current = events.data ? events.data.find((e) => e.id === eventId) : eventId ? { id: eventId } : undefined
  const hasChildren = events.data?.some((e) => e.parentId === eventId) ?? false
  const noEvents = events.data !== undefined && list.length === 0

  return (
    <TraceProvider actorName={actorName}>
      <div className="page page-wide" data-testid="compare-page">
        <header className="page-header">
          <div>
            <h1>Compare</h1>
            <p className="page-subtitle">How each actor and each outlet frames an event: what they assert, deny and attribute.</p>
          </div>
          {list.length > 0 && view !== 'head' && (
            <div className="page-actions">
              <label className="field field-inline compare-event-field">
                <span>Event</span>
                <select value={eventId} onChange={(e) => setChosen(e.target.value)} data-testid="compare-event-select" aria-label="Event to compare">
                  {list.map(({ event, depth }) => (
                    <option key={event.id} value={event.id}>
                      {treeLabel(depth, `${event.name} (${event.claimCount})`)}
                    </option>
                  ))}
                </select>
              </label>
              {hasChildren && (
                <label className="check-row" title="Count the claims of its sub-events too">
                  <input type="checkbox" checked={includeChildren} onChange={(e) => setIncludeChildren(e.target.checked)} data-testid="compare-include-children" />
                  with sub-events
                </label>
              )}
            </div>
          )}
        </header>
        <div className="tabs" role="tablist" aria-label="Comparison">
          {VIEWS.map((v) => (
            <button key={v.id} type="button" role="tab" className="tab" aria-selected={view === v.id} title={v.hint} onClick={() => setView(v.id)} data-testid={`compare-tab-${v.id}`}>
              {v.label}
            </button>
          ))}
        </div>
        <FilterBar />
        {!current && !events.data && view !== 'head' ? (
          <Loading />
        ) : noEvents && view !== 'head' ? (
          <EmptyState title="No events yet." testId="compare-empty">
            <p>Link claims to an event in the reader (the claim’s Event field), then compare the actors here.</p>
            <button type="button" className="button" onClick={() => navigate({ page: 'events' })}>
              Go to Events
            </button>
          </EmptyState>
        ) : view === 'actors' ? (
          current && <EventView eventId={eventId} includeChildren={includeChildren && hasChildren} actorName={actorName} onSettled={settle} />
        ) : view === 'outlets' ? (
          current && <OutletsView eventId={eventId} includeChildren={includeChildren && hasChildren} onSettled={settle} />
        ) : (
          <HeadToHeadView actors={actors.data} />
        )}
      </div>
    </TraceProvider>
  )
}
