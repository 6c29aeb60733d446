// Which claims the panel shows (and J/K visits): by kind, by an actor who
// speaks or is spoken about, by event, by codebook tag. Empty means all.
import type { Kind } from '../../../../shared/domain'
import type { ListedClaim } from './ClaimList'

export type ClaimFilter = { kinds: Kind[]; actorId: string | null; eventId: string | null; tag: string | null }

export const NO_FILTER: ClaimFilter = { kinds: [], actorId: null, eventId: null, tag: null }

export function isFiltering(filter: ClaimFilter): boolean {
  return filter.kinds.length > 0 || !!filter.actorId || !!filter.eventId || !!filter.tag
}

export function matchesFilter(claim: ListedClaim, filter: ClaimFilter): boolean {
  if (filter.kinds.length > 0 && !filter.kinds.includes(claim.kind)) return false
  const record = claim.record
  if (filter.actorId && !(record?.speakers.includes(filter.actorId) || record?.targets.includes(filter.actorId))) return false
  if (filter.eventId && record?.eventId !== filter.eventId) return false
  if (filter.tag && !record?.tags.includes(filter.tag)) return false
  return true
}

/** What the filters can offer: only actors, events and tags this article's
 * claims use (not the whole registry of thousands). */
export function filterChoices(claims: ListedClaim[]): { actorIds: string[]; eventIds: string[]; tags: string[] } {
  const actors = new Set<string>()
  const events = new Set<string>()
  const tags = new Set<string>()
  for (const { record } of claims) {
    if (!record) continue
    for (const id of [...record.speakers, ...record.targets]) actors.add(id)
    if (record.eventId) events.add(record.eventId)
    for (const t of record.tags) tags.add(t)
  }
  return { actorIds: [...actors], eventIds: [...events], tags: [...tags].sort() }
}
