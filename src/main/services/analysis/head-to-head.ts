// Two actors (or two outlets) head to head: on each event both have claims
// on, what each side said, by kind.
import type { HeadToHead, HeadToHeadInput, HeadToHeadSide } from '../../../shared/contract-analysis'
import { KINDS, type ClaimInContext, type Event, type Kind } from '../../../shared/domain'
import type { z } from 'zod'
import { actorsNamed, type Dataset } from './dataset'
import { claimFilter } from './filters'
import { actorAndMembers } from './hierarchy'
import { byDateThenPosition, byName, compareText, refOf } from './tally'

type Input = z.infer<typeof HeadToHeadInput>
type Side = HeadToHead['a']

function sideOf(data: Dataset, input: Input, key: string): { side: Side; owns: (c: ClaimInContext) => boolean } {
  if (input.by === 'outlet') {
    const outlet = key.trim()
    return { side: { key: outlet, label: outlet, actor: null, members: [] }, owns: (c) => c.outlet.trim() === outlet }
  }
  const actor = data.actors.get(key)!
  const ids = input.includeMembers ? actorAndMembers(key, data.actors) : new Set([key])
  const members = actorsNamed(data, [...ids].filter((id) => id !== key))
  return { side: { key, label: actor.name, actor, members }, owns: (c) => c.speakers.some((s) => ids.has(s)) }
}

function cellsOf(claims: ClaimInContext[]): HeadToHeadSide {
  const cells = Object.fromEntries(KINDS.map((k) => [k, claims.filter((c) => c.kind === k)])) as Record<Kind, ClaimInContext[]>
  return { total: claims.length, cells }
}

/** Claims of one side grouped by event ('' for none), in reading order. */
function byEvent(claims: ClaimInContext[]): Map<string, ClaimInContext[]> {
  const out = new Map<string, ClaimInContext[]>()
  for (const c of claims) {
    const key = c.eventId ?? ''
    const list = out.get(key)
    if (list) list.push(c)
    else out.set(key, [c])
  }
  return out
}

export function headToHead(data: Dataset, input: Input): HeadToHead {
  const keep = claimFilter(data, input.filters)
  const a = sideOf(data, input, input.a)
  const b = sideOf(data, input, input.b)
  const claims = data.claims.filter(keep)
  const aEvents = byEvent(claims.filter(a.owns).sort(byDateThenPosition))
  const bEvents = byEvent(claims.filter(b.owns).sort(byDateThenPosition))
  const eventOf = (id: string) => data.events.get(id)
  const byDate = (x: { event: Event }, y: { event: Event }) => compareText(y.event.date, x.event.date) || byName(x.event.name, y.event.name)
  const shared: HeadToHead['shared'] = []
  const onlyA: HeadToHead['onlyA'] = []
  const onlyB: HeadToHead['onlyB'] = []
  for (const [id, own] of aEvents) {
    const event = eventOf(id)
    if (!event) continue
    const other = bEvents.get(id)
    if (other) shared.push({ event, a: cellsOf(own), b: cellsOf(other) })
    else onlyA.push({ event, total: own.length, refs: own.map(refOf) })
  }
  for (const [id, own] of bEvents) {
    const event = eventOf(id)
    if (event && !aEvents.has(id)) onlyB.push({ event, total: own.length, refs: own.map(refOf) })
  }
  shared.sort((x, y) => y.a.total + y.b.total - (x.a.total + x.b.total) || byDate(x, y))
  return {
    by: input.by,
    a: a.side,
    b: b.side,
    shared,
    onlyA: onlyA.sort((x, y) => y.total - x.total || byDate(x, y)),
    onlyB: onlyB.sort((x, y) => y.total - x.total || byDate(x, y)),
    withoutEvent: { a: (aEvents.get('') ?? []).map(refOf), b: (bEvents.get('') ?? []).map(refOf) },
  }
}
