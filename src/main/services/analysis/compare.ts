// Side-by-side comparisons of one event: actors × kinds (compare.event) and
// outlets × actors (compare.outlets). Both are kept while the workspace
// stays the same (memo.ts).
import type { CompareEventInput, EventComparison, EventComparisonRow, OutletComparison, ActorCount, RollUp } from '../../../shared/contract-analysis'
import { KINDS, type Actor, type ClaimInContext, type Event, type Kind } from '../../../shared/domain'
import type { z } from 'zod'
import { actorsNamed, type Dataset } from './dataset'
import { claimFilter, eventScope } from './filters'
import { rollUpResolver } from './hierarchy'
import { memoised } from './memo'
import { byDateThenPosition, byName, byTotalThenLabel, KindTally, unique } from './tally'

export type CompareEventOptions = Omit<z.infer<typeof CompareEventInput>, 'eventId'>

/** The claims of an event (and its sub-events when asked) that pass the
 * filters, in reading order. */
export function eventClaims(data: Dataset, eventId: string, includeChildren: boolean | undefined, filters: CompareEventOptions['filters']): { events: Event[]; claims: ClaimInContext[] } {
  const scope = eventScope(data, eventId, includeChildren)
  const keep = claimFilter(data, filters)
  const claims = data.claims.filter((c) => c.eventId !== null && scope.has(c.eventId) && keep(c)).sort(byDateThenPosition)
  return { events: [...scope].map((id) => data.events.get(id)!).filter(Boolean), claims }
}

/** The row key of each speaker of a claim after the roll-up; '' for a claim
 * with no speaker yet (shown last, so nothing coded is hidden). */
function speakerKeys(c: ClaimInContext, rollUp: (id: string) => string): string[] {
  return c.speakers.length ? unique(c.speakers.map(rollUp)) : ['']
}

/** Groups claims by (rolled-up) speaker; each group remembers which actors
 * were folded into it. */
function bySpeaker(claims: ClaimInContext[], rollUpSpec: RollUp | undefined, data: Dataset) {
  const rollUp = rollUpResolver(data.actors, rollUpSpec)
  const groups = new Map<string, { tally: KindTally; claims: ClaimInContext[]; members: Set<string> }>()
  for (const c of claims) {
    for (const key of speakerKeys(c, rollUp)) {
      let group = groups.get(key)
      if (!group) groups.set(key, (group = { tally: new KindTally(), claims: [], members: new Set() }))
      if (group.tally.add(c)) group.claims.push(c)
      for (const s of c.speakers) if (rollUp(s) === key) group.members.add(s)
    }
  }
  return groups
}

/** Unattributed last; then most claims first (or by name). */
function rowOrder<T extends { actor: Actor | null; total: number }>(sort: 'total' | 'name' = 'total') {
  const label = (r: T) => r.actor?.name ?? ''
  const within = sort === 'name' ? (a: T, b: T) => byName(label(a), label(b)) || b.total - a.total : byTotalThenLabel(label, (r: T) => r.total)
  return (a: T, b: T) => Number(!a.actor) - Number(!b.actor) || within(a, b)
}

/** Rows are actors (folded by the roll-up), columns are kinds, cells hold
 * the claims. A claim with two speakers appears in both rows, but once in a
 * row both are folded into. */
export function compareEvent(data: Dataset, event: Event, options: CompareEventOptions = {}): EventComparison {
  return memoised(data, `compare.event:${event.id}:${JSON.stringify(options)}`, () => compareEventNow(data, event, options))
}

function compareEventNow(data: Dataset, event: Event, options: CompareEventOptions): EventComparison {
  const { events, claims } = eventClaims(data, event.id, options.includeChildren, options.filters)
  const rows: EventComparisonRow[] = []
  for (const [key, group] of bySpeaker(claims, options.rollUp, data)) {
    const cells = Object.fromEntries(KINDS.map((k) => [k, group.claims.filter((c) => c.kind === k)])) as Record<Kind, ClaimInContext[]>
    rows.push({ actor: data.actors.get(key) ?? null, cells, total: group.tally.total, members: actorsNamed(data, group.members) })
  }
  return { event, events, rows: rows.sort(rowOrder(options.sort)), claimCount: claims.length }
}

/** For one event, each outlet side by side: which actors it quotes, how
 * often and with what kinds. Outlets named in the filter appear even with
 * no claims, so the columns a researcher asked for are always there. */
export function compareOutlets(data: Dataset, event: Event, options: Omit<CompareEventOptions, 'sort'> = {}): OutletComparison {
  return memoised(data, `compare.outlets:${event.id}:${JSON.stringify(options)}`, () => compareOutletsNow(data, event, options))
}

function compareOutletsNow(data: Dataset, event: Event, options: Omit<CompareEventOptions, 'sort'>): OutletComparison {
  const { events, claims } = eventClaims(data, event.id, options.includeChildren, options.filters)
  const byOutlet = new Map<string, ClaimInContext[]>()
  for (const name of options.filters?.outlets ?? []) byOutlet.set(name.trim(), [])
  for (const c of claims) {
    const list = byOutlet.get(c.outlet.trim())
    if (list) list.push(c)
    else byOutlet.set(c.outlet.trim(), [c])
  }
  const outlets = [...byOutlet].map(([outlet, own]) => {
    const all = new KindTally()
    for (const c of own) all.add(c)
    const actors: ActorCount[] = [...bySpeaker(own, options.rollUp, data)].map(([key, g]) => ({
      actor: data.actors.get(key) ?? null,
      members: actorsNamed(data, g.members),
      total: g.tally.total,
      kinds: g.tally.kinds,
    }))
    return { outlet, articles: new Set(own.map((c) => c.articleId)).size, total: all.total, kinds: all.kinds, actors: actors.sort(rowOrder()) }
  })
  return { event, events, outlets: outlets.sort(byTotalThenLabel((o) => o.outlet, (o) => o.total)) }
}

