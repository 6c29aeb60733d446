// Outlets side by side for one event: which actors each outlet quotes, how
// often and with what kinds. One column per outlet; every number opens its
// claims.
import { useState } from 'react'
import type { ActorCount, OutletColumn, RollUp } from '../../../../shared/contract-analysis'
import { useNavigate } from '../../app/routes'
import { EmptyState, Loading } from '../../app/ui/EmptyState'
import { plural } from '../../app/ui/format'
import { ActorSwatch, NO_SPEAKER } from './CompareTable'
import { KindBar, refsOf } from './KindBar'
import { ANALYSIS_PERF, useRenderTiming } from './perf'
import { NO_ROLL_UP, RollUpControl, rollUpKey, rollUpOrUndefined } from './RollUpControl'
import { ClaimCount } from './trace/TraceContext'
import { useAnalysis } from './useAnalysis'

const FIRST_ACTORS = 10

export function OutletsView({ eventId, includeChildren, onSettled }: { eventId: string; includeChildren: boolean; onSettled?: () => void }) {
  const [rollUp, setRollUp] = useState<RollUp>(NO_ROLL_UP)
  const result = useAnalysis((client, filters) => client.compare.outlets({ eventId, includeChildren, rollUp: rollUpOrUndefined(rollUp), filters }), [eventId, includeChildren, rollUpKey(rollUp)])
  const data = result.data
  useRenderTiming(ANALYSIS_PERF.compareOutlets, `${eventId}|${includeChildren}|${rollUpKey(rollUp)}|${result.filtersKey}`, Boolean(data) && !result.loading, onSettled)

  return (
    <section aria-label="Outlets side by side" data-testid="compare-outlets-view">
      <div className="view-controls">
        <RollUpControl value={rollUp} onChange={setRollUp} testId="outlets-roll-up" />
        {result.loading && data && <span className="muted small">Updating…</span>}
      </div>
      {!data ? (
        result.loading ? <Loading /> : null
      ) : data.outlets.length === 0 ? (
        <EmptyState title={`No claims are linked to “${data.event.name}” yet.`} testId="outlets-empty">
          Once claims from several outlets are linked to this event, their coverage appears here side by side.
        </EmptyState>
      ) : (
        <>
          <p className="compare-summary">
            <strong>{data.event.name}</strong>
            <span className="muted"> · {plural(data.outlets.length, 'outlet')} · </span>
            <span className="muted">each column lists the actors an outlet quotes, most quoted first</span>
          </p>
          <div className="outlet-columns" data-testid="outlet-columns" style={{ gridTemplateColumns: `repeat(${data.outlets.length}, minmax(250px, 1fr))` }}>
            {data.outlets.map((column) => (
              <OutletColumnView key={column.outlet} column={column} />
            ))}
          </div>
        </>
      )}
    </section>
  )
}

function OutletColumnView({ column }: { column: OutletColumn }) {
  const [limit, setLimit] = useState(FIRST_ACTORS)
  const name = column.outlet || '(no outlet)'
  const max = Math.max(1, ...column.actors.map((a) => a.total))
  return (
    <article className="outlet-column" data-testid="outlet-column" data-outlet={column.outlet}>
      <header className="outlet-column-header">
        <h3 className="outlet-name">{name}</h3>
        <p className="muted small">
          <ClaimCount refs={refsOf(column.kinds)} title={name} detail="every claim of this outlet on the event" testId="outlet-total">
            {plural(column.total, 'claim')}
          </ClaimCount>{' '}
          in {plural(column.articles, 'article')} · {plural(column.actors.filter((a) => a.actor).length, 'actor')} quoted
        </p>
        <KindBar kinds={column.kinds} title={name} />
      </header>
      <ol className="outlet-actors">
        {column.actors.slice(0, limit).map((row) => (
          <OutletActor key={row.actor?.id ?? 'none'} row={row} outlet={name} max={max} />
        ))}
      </ol>
      {column.actors.length > limit && (
        <button type="button" className="link-button small" onClick={() => setLimit(column.actors.length)}>
          Show all {column.actors.length} actors
        </button>
      )}
    </article>
  )
}

function OutletActor({ row, outlet, max }: { row: ActorCount; outlet: string; max: number }) {
  const navigate = useNavigate()
  const name = row.actor?.name ?? NO_SPEAKER
  const folded = row.members.filter((m) => m.id !== row.actor?.id)
  return (
    <li className="outlet-actor" data-testid="outlet-actor" data-actor={name} data-total={row.total}>
      <div className="outlet-actor-line">
        {row.actor ? (
          <button type="button" className="row-title" onClick={() => navigate({ page: 'actor', actorId: row.actor!.id })} title={folded.length ? `With ${folded.map((m) => m.name).join(', ')}` : undefined}>
            <ActorSwatch actor={row.actor} />
            {name}
          </button>
        ) : (
          <span className="muted">{name}</span>
        )}
        <ClaimCount refs={refsOf(row.kinds)} title={`${name} in ${outlet}`} testId="outlet-actor-total" />
      </div>
      {folded.length > 0 && <p className="muted small outlet-folded">with {folded.map((m) => m.name).join(', ')}</p>}
      <KindBar kinds={row.kinds} title={`${name} in ${outlet}`} max={max} />
    </li>
  )
}
