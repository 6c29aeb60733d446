// Data for the charts: claims per actor by kind, and claims over time by
// outlet. Every bar and point keeps the references of its claims.
import type { Charts, Filters, RollUp } from '../../../shared/contract-analysis'
import { actorsNamed, type Dataset } from './dataset'
import { claimFilter } from './filters'
import { rollUpResolver } from './hierarchy'
import { overTime } from './over-time'
import { countByActor } from './profile'
import { byName, type KindTally } from './tally'

const DEFAULT_TOP = 25

const allRefs = (t: KindTally) => [...t.kinds.assertion, ...t.kinds.denial, ...t.kinds.attribution]

export function charts(data: Dataset, options: { filters?: Filters; rollUp?: RollUp; top?: number }): Charts {
  const keep = claimFilter(data, options.filters)
  const claims = data.claims.filter(keep)
  const rollUp = rollUpResolver(data.actors, options.rollUp)
  // Claims with no speaker yet are left out of the per-actor bars (they have
  // no actor); they still count in the outlets over time.
  const everyone = countByActor(data, claims, (c) => c.speakers.map(rollUp))
  const top = options.top ?? DEFAULT_TOP
  const shown = everyone.slice(0, top)
  const rest = everyone.slice(top)
  if (options.rollUp && options.rollUp.to !== 'none') {
    const members = new Map<string, Set<string>>()
    for (const c of claims) for (const s of c.speakers) members.set(rollUp(s), (members.get(rollUp(s)) ?? new Set()).add(s))
    for (const row of shown) if (row.actor) row.members = actorsNamed(data, members.get(row.actor.id) ?? [])
  }

  const series = overTime(claims, (c) => c.outlet.trim())
  const outlets = [...new Set(claims.map((c) => c.outlet.trim()))].sort(byName)
  return {
    perActor: shown,
    otherActors: { actors: rest.length, total: rest.reduce((n, r) => n + r.total, 0) },
    overTime: {
      unit: series.unit,
      periods: series.periods,
      series: outlets.map((outlet) => {
        const refs = series.periods.map((p) => {
          const t = series.cells.get(p)?.get(outlet)
          return t ? allRefs(t) : []
        })
        // total counts the outlet's undated claims too; the points do not.
        return { outlet, total: refs.reduce((n, r) => n + r.length, series.undated.get(outlet)?.total ?? 0), counts: refs.map((r) => r.length), refs }
      }),
      undated: [...series.undated].map(([outlet, t]) => ({ outlet, refs: allRefs(t) })),
    },
  }
}
