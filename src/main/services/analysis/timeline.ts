// An event's timeline: its claims by date (day or month) and outlet.
import type { EventTimeline, Filters } from '../../../shared/contract-analysis'
import type { Event } from '../../../shared/domain'
import { eventClaims } from './compare'
import type { Dataset } from './dataset'
import { overTime } from './over-time'
import { byName, type KindTally } from './tally'

const byOutletName = (tallies: Map<string, KindTally> | undefined) =>
  [...(tallies ?? [])].map(([outlet, t]) => ({ outlet, total: t.total, kinds: t.kinds })).sort((a, b) => byName(a.outlet, b.outlet))

export function eventTimeline(data: Dataset, event: Event, options: { includeChildren?: boolean; filters?: Filters } = {}): EventTimeline {
  const { events, claims } = eventClaims(data, event.id, options.includeChildren, options.filters)
  const series = overTime(claims, (c) => c.outlet.trim())
  const periods = series.periods.map((period) => {
    const outlets = byOutletName(series.cells.get(period))
    return { period, total: outlets.reduce((n, o) => n + o.total, 0), outlets }
  })
  return {
    event,
    events,
    unit: series.unit,
    total: claims.length,
    outlets: [...new Set(claims.map((c) => c.outlet.trim()))].sort(byName),
    periods,
    undated: byOutletName(series.undated),
  }
}
