// An actor's profile: all its claims by kind, over time, by outlet and by
// event, whom it targets and who targets it. Every count keeps its claims.
import type { ActorCount, ActorProfile, Filters } from '../../../shared/contract-analysis'
import type { Actor, ClaimInContext } from '../../../shared/domain'
import { actorsNamed, type Dataset } from './dataset'
import { claimFilter } from './filters'
import { actorAndMembers } from './hierarchy'
import { overTime } from './over-time'
import { byName, byTotalThenLabel, emptyKindRefs, KindTally, tallyBy } from './tally'

const byLabel = <T extends { total: number }>(label: (t: T) => string) => byTotalThenLabel(label, (t: T) => t.total)

/** Groups claims by the actors `idsOf` names (each claim once per actor). */
export function countByActor(data: Dataset, claims: readonly ClaimInContext[], idsOf: (c: ClaimInContext) => Iterable<string>): ActorCount[] {
  return [...tallyBy(claims, idsOf)]
    .map(([id, t]) => {
      const actor = data.actors.get(id) ?? null
      return { actor, members: actor ? [actor] : [], total: t.total, kinds: t.kinds }
    })
    .sort(byLabel((r) => r.actor?.name ?? ''))
}

export function actorProfile(data: Dataset, actor: Actor, options: { includeMembers?: boolean; filters?: Filters } = {}): ActorProfile {
  const ids = options.includeMembers ? actorAndMembers(actor.id, data.actors) : new Set([actor.id])
  const keep = claimFilter(data, options.filters)
  const spoken: ClaimInContext[] = []
  const received: ClaimInContext[] = []
  for (const c of data.claims) {
    if (!keep(c)) continue
    if (c.speakers.some((s) => ids.has(s))) spoken.push(c)
    if (c.targets.some((t) => ids.has(t))) received.push(c)
  }
  const all = new KindTally()
  for (const c of spoken) all.add(c)

  const time = overTime(spoken, () => '')
  const periods = time.periods.map((period) => {
    const t = time.cells.get(period)?.get('')
    return { period, total: t?.total ?? 0, kinds: t?.kinds ?? emptyKindRefs() }
  })

  const byOutlet = [...tallyBy(spoken, (c) => [c.outlet.trim()])].map(([outlet, t]) => ({ outlet, total: t.total, kinds: t.kinds })).sort(byLabel((r) => r.outlet))
  const byEvent = [...tallyBy(spoken, (c) => [c.eventId ?? ''])]
    .map(([id, t]) => ({ event: data.events.get(id) ?? null, total: t.total, kinds: t.kinds }))
    .sort((a, b) => Number(!a.event) - Number(!b.event) || b.total - a.total || byName(a.event?.name ?? '', b.event?.name ?? ''))

  return {
    actor,
    members: actorsNamed(data, [...ids].filter((id) => id !== actor.id)),
    total: all.total,
    byKind: all.kinds,
    overTime: { unit: time.unit, periods, undated: time.undated.get('')?.kinds ?? emptyKindRefs() },
    byOutlet,
    byEvent,
    targets: countByActor(data, spoken, (c) => c.targets),
    targetedBy: countByActor(data, received, (c) => c.speakers),
  }
}
