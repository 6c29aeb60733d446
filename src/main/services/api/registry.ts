// Actors and events: the two registries claims link to.
import { nanoid } from 'nanoid'
import { z } from 'zod'
import { ApiError, type ActorInput, type EventInput, type ActorWithCount, type EventWithCount } from '../../../shared/contract'
import { Actor, Event } from '../../../shared/domain'
import { dateBounds, type Filters, type RollUp } from '../../../shared/contract-analysis'
import { loopThrough } from '../analysis/hierarchy'
import { byName as byText } from '../analysis/tally'
import type { WorkspaceStore } from '../store/workspace-store'
import { rewriteClaims } from './common'

type ActorFields = z.infer<typeof ActorInput>
type EventFields = z.infer<typeof EventInput>

function countBy(ids: Iterable<string>): Map<string, number> {
  const counts = new Map<string, number>()
  for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1)
  return counts
}

const byName = (a: { name: string }, b: { name: string }) => byText(a.name, b.name)

/** Each actor with the number of claims it speaks in or is targeted by
 * (a claim counts once per actor). */
export function listActors(store: WorkspaceStore): ActorWithCount[] {
  const counts = new Map<string, number>()
  for (const c of store.claimsInContext()) {
    for (const id of c.speakers) counts.set(id, (counts.get(id) ?? 0) + 1)
    for (const id of c.targets) if (!c.speakers.includes(id)) counts.set(id, (counts.get(id) ?? 0) + 1)
  }
  return store.actors.map((a) => ({ ...a, claimCount: counts.get(a.id) ?? 0 })).sort(byName)
}

function actorOrThrow(store: WorkspaceStore, id: string): Actor {
  const actor = store.actors.find((a) => a.id === id)
  if (!actor) throw new ApiError('not-found', `No actor with id “${id}”. It may have been deleted.`)
  return actor
}

/** Membership is a tree: Ryabkov is part of the Foreign Ministry, which is
 * part of Russia, never the other way round as well. */
function checkMemberOf(store: WorkspaceStore, id: string | null, memberOf: string | null | undefined): void {
  if (!memberOf) return
  if (memberOf === id) throw new ApiError('invalid-input', 'An actor cannot be a member of itself.')
  const parent = actorOrThrow(store, memberOf)
  if (!id) return
  const loop = loopThrough(id, memberOf, new Map(store.actors.map((a) => [a.id, a])), (a) => a.memberOf)
  if (loop) {
    const name = store.actors.find((a) => a.id === id)?.name ?? id
    throw new ApiError('invalid-input', `“${name}” cannot be a member of “${parent.name}”, which is already part of it (${loop.join(' → ')}). Change “${parent.name}”’s membership first.`)
  }
}

export async function createActor(store: WorkspaceStore, input: ActorFields): Promise<Actor> {
  const name = input.name.trim()
  if (store.actors.some((a) => a.name.toLowerCase() === name.toLowerCase())) {
    throw new ApiError('conflict', `An actor named “${name}” already exists.`)
  }
  checkMemberOf(store, null, input.memberOf)
  const actor = Actor.parse({ ...input, name, id: nanoid(12) })
  await store.updateActors((actors) => [...actors, actor])
  return actor
}

export async function updateActor(store: WorkspaceStore, id: string, patch: Partial<ActorFields>): Promise<Actor> {
  const actor = actorOrThrow(store, id)
  checkMemberOf(store, id, patch.memberOf)
  if (patch.name && store.actors.some((a) => a.id !== id && a.name.toLowerCase() === patch.name!.trim().toLowerCase())) {
    throw new ApiError('conflict', `An actor named “${patch.name.trim()}” already exists.`)
  }
  const next = Actor.parse({ ...actor, ...patch })
  await store.updateActors((actors) => actors.map((a) => (a.id === id ? next : a)))
  return next
}

/** Deletes an actor and unlinks it from every claim (and from members);
 * the claims themselves stay. */
export async function deleteActor(store: WorkspaceStore, id: string): Promise<{ unlinkedClaims: number }> {
  actorOrThrow(store, id)
  const unlinkedClaims = await rewriteClaims(store, (c) =>
    c.speakers.includes(id) || c.targets.includes(id) ? { ...c, speakers: c.speakers.filter((s) => s !== id), targets: c.targets.filter((t) => t !== id) } : null,
  )
  await store.updateActors((actors) => actors.filter((a) => a.id !== id).map((a) => (a.memberOf === id ? { ...a, memberOf: null } : a)))
  return { unlinkedClaims }
}

export function listEvents(store: WorkspaceStore): EventWithCount[] {
  const counts = countBy(store.claimsInContext().flatMap((c) => (c.eventId ? [c.eventId] : [])))
  return store.events.map((e) => ({ ...e, claimCount: counts.get(e.id) ?? 0 })).sort((a, b) => b.date.localeCompare(a.date) || byName(a, b))
}

export function eventOrThrow(store: WorkspaceStore, id: string): Event {
  const event = store.events.find((e) => e.id === id)
  if (!event) throw new ApiError('not-found', `No event with id “${id}”. It may have been deleted.`)
  return event
}

/** Sub-events form a tree (the breach of US agencies is part of US–Russia
 * relations), and an event never ends before it starts. */
function checkEvent(store: WorkspaceStore, event: Event): void {
  const [start, end] = [dateBounds(event.date), dateBounds(event.endDate)]
  if (end && !start) throw new ApiError('invalid-input', `“${event.name}” has an end date but no start date; give it a start date (date) too.`)
  if (start && end && end.high < start.low) throw new ApiError('invalid-input', `“${event.name}” ends (${event.endDate}) before it starts (${event.date}); check the dates.`)
  if (!event.parentId) return
  if (event.parentId === event.id) throw new ApiError('invalid-input', 'An event cannot be part of itself.')
  const parent = eventOrThrow(store, event.parentId)
  const loop = loopThrough(event.id, event.parentId, new Map(store.events.map((e) => [e.id, e])), (e) => e.parentId)
  if (loop) throw new ApiError('invalid-input', `“${event.name}” cannot be part of “${parent.name}”, which is already part of it (${loop.join(' → ')}). Change “${parent.name}”’s parent event first.`)
}

export async function createEvent(store: WorkspaceStore, input: EventFields): Promise<Event> {
  const name = input.name.trim()
  if (store.events.some((e) => e.name.toLowerCase() === name.toLowerCase())) {
    throw new ApiError('conflict', `An event named “${name}” already exists.`)
  }
  const event = Event.parse({ ...input, name, id: nanoid(12) })
  checkEvent(store, event)
  await store.updateEvents((events) => [...events, event])
  return event
}

export async function updateEvent(store: WorkspaceStore, id: string, patch: Partial<EventFields>): Promise<Event> {
  const event = eventOrThrow(store, id)
  if (patch.name && store.events.some((e) => e.id !== id && e.name.toLowerCase() === patch.name!.trim().toLowerCase())) {
    throw new ApiError('conflict', `An event named “${patch.name.trim()}” already exists.`)
  }
  const next = Event.parse({ ...event, ...patch })
  checkEvent(store, next)
  await store.updateEvents((events) => events.map((e) => (e.id === id ? next : e)))
  return next
}

export async function deleteEvent(store: WorkspaceStore, id: string): Promise<{ unlinkedClaims: number }> {
  const { parentId } = eventOrThrow(store, id)
  const unlinkedClaims = await rewriteClaims(store, (c) => (c.eventId === id ? { ...c, eventId: null } : null))
  // Its sub-events move up to its own parent, so the rest of the tree stays.
  await store.updateEvents((events) => events.filter((e) => e.id !== id).map((e) => (e.parentId === id ? { ...e, parentId } : e)))
  return { unlinkedClaims }
}

/** The actors a roll-up names and the events a filter names must exist:
 * a stale id would otherwise quietly fold or match nothing. */
export function checkAnalysisInput(store: WorkspaceStore, input: { rollUp?: RollUp; filters?: Filters }): void {
  if (input.rollUp?.to === 'actors') for (const id of input.rollUp.actorIds) actorOrThrow(store, id)
  for (const id of input.filters?.eventIds ?? []) eventOrThrow(store, id)
}

export { actorOrThrow }
