// Event × actor: the comparison of one event, with roll-up by membership and
// sorting. The first render is timed for `npm run bench`.
import { useState } from 'react'
import type { RollUp } from '../../../../shared/contract-analysis'
import { EmptyState, Loading } from '../../app/ui/EmptyState'
import { formatDate, plural } from '../../app/ui/format'
import { CompareTable, useAllClaims } from './CompareTable'
import { ANALYSIS_PERF, useRenderTiming } from './perf'
import { NO_ROLL_UP, RollUpControl, rollUpKey, rollUpOrUndefined } from './RollUpControl'
import { ClaimCount } from './trace/TraceContext'
import { useAnalysis } from './useAnalysis'

type Props = { eventId: string; includeChildren: boolean; actorName: (id: string) => string | undefined; onSettled?: () => void }

export function EventView({ eventId, includeChildren, actorName, onSettled }: Props) {
  const [rollUp, setRollUp] = useState<RollUp>(NO_ROLL_UP)
  const [sort, setSort] = useState<'total' | 'name'>('total')
  const comparison = useAnalysis(
    (client, filters) => client.compare.event({ eventId, includeChildren, rollUp: rollUpOrUndefined(rollUp), sort, filters }),
    [eventId, includeChildren, rollUpKey(rollUp), sort],
  )
  const data = comparison.data
  const all = useAllClaims(data)
  useRenderTiming(ANALYSIS_PERF.compareEvent, `${eventId}|${includeChildren}|${rollUpKey(rollUp)}|${sort}|${comparison.filtersKey}`, Boolean(data) && !comparison.loading, onSettled)

  const actors = data?.rows.filter((r) => r.actor).length ?? 0
  return (
    <section aria-label="Actors and kinds" data-testid="compare-event-view">
      <div className="view-controls">
        <RollUpControl value={rollUp} onChange={setRollUp} testId="compare-roll-up" />
        <label className="field field-inline control-field">
          <span>Sort by</span>
          <select value={sort} onChange={(e) => setSort(e.target.value as 'total' | 'name')} data-testid="compare-sort">
            <option value="total">number of claims</option>
            <option value="name">name</option>
          </select>
        </label>
        {comparison.loading && data && <span className="muted small">Updating…</span>}
      </div>
      {!data ? (
        comparison.loading ? <Loading /> : null
      ) : data.rows.length === 0 ? (
        <EmptyState title={`No claims are linked to “${data.event.name}”${comparison.filtersKey !== '{}' ? ' with these filters' : ''}.`} testId="compare-empty">
          In the reader, open an article, tag a claim and choose this event in its Event field — or assign claims from the event’s page.
        </EmptyState>
      ) : (
        <>
          <p className="compare-summary" data-testid="compare-summary">
            <strong>{data.event.name}</strong>
            {data.event.date && <span className="muted"> · {formatDate(data.event.date)}</span>}
            {data.events.length > 1 && <span className="muted"> · with {plural(data.events.length - 1, 'sub-event')}</span>}
            <span className="muted"> · </span>
            <ClaimCount claims={all} count={data.claimCount} title={data.event.name} detail="every claim of the comparison" testId="compare-claim-total">
              {plural(data.claimCount, 'claim')}
            </ClaimCount>
            <span className="muted"> · {plural(actors, rollUp.to === 'none' ? 'actor' : 'row')}</span>
          </p>
          <CompareTable key={`${rollUpKey(rollUp)}|${sort}`} comparison={data} actorName={actorName} />
        </>
      )}
    </section>
  )
}
