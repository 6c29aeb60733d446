// Actors and events: the two registries claims link to.
import { nanoid } from 'nanoid'
import { z } from 'zod'
import { ApiError, type ActorInput, type EventInput, type ActorWithCount, type EventWithCount } from '../../../shared/contract'
import { Actor, Event } from '../../../shared/domain'
import type { WorkspaceStore } from '../store/workspace-store'
import { allClaims, rewriteClaims } from './common'

type ActorFields = z.infer<typeof ActorInput>
type EventFields = z.infer<typeof EventInput>

function countBy(ids: Iterable<string>): Map<string, number> {
  const counts = new Map<string, number>()
  for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1)
  return counts
}

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name)

export function listActors(store: WorkspaceStore): ActorWithCount[] {
  const counts = countBy(allClaims(store).flatMap((c) => [...new Set([...c.speakers, ...c.targets])]))
  return store.actors.map((a) => ({ ...a, claimCount: counts.get(a.id) ?? 0 })).sort(byName)
}

function actorOrThrow(store: WorkspaceStore, id: string): Actor {
  const actor = store.actors.find((a) => a.id === id)
  if (!actor) throw new ApiError('not-found', `No actor with id “${id}”. It may have been deleted.`)
  return actor
}

function checkMemberOf(store: WorkspaceStore, id: string | null, memberOf: string | null | undefined): void {
  if (!memberOf) return
  if (memberOf === id) throw new ApiError('invalid-input', 'An actor cannot be a member of itself.')
  actorOrThrow(store, memberOf)
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
  const counts = countBy(allClaims(store).flatMap((c) => (c.eventId ? [c.eventId] : [])))
  return store.events.map((e) => ({ ...e, claimCount: counts.get(e.id) ?? 0 })).sort((a, b) => b.date.localeCompare(a.date) || byName(a, b))
}

export function eventOrThrow(store: WorkspaceStore, id: string): Event {
  const event = store.events.find((e) => e.id === id)
  if (!event) throw new ApiError('not-found', `No event with id “${id}”. It may have been deleted.`)
  return event
}

export async function createEvent(store: WorkspaceStore, input: EventFields): Promise<Event> {
  const name = input.name.trim()
  if (store.events.some((e) => e.name.toLowerCase() === name.toLowerCase())) {
    throw new ApiError('conflict', `An event named “${name}” already exists.`)
  }
  const event = Event.parse({ ...input, name, id: nanoid(12) })
  await store.updateEvents((events) => [...events, event])
  return event
}

export async function updateEvent(store: WorkspaceStore, id: string, patch: Partial<EventFields>): Promise<Event> {
  const event = eventOrThrow(store, id)
  if (patch.name && store.events.some((e) => e.id !== id && e.name.toLowerCase() === patch.name!.trim().toLowerCase())) {
    throw new ApiError('conflict', `An event named “${patch.name.trim()}” already exists.`)
  }
  const next = Event.parse({ ...event, ...patch })
  await store.updateEvents((events) => events.map((e) => (e.id === id ? next : e)))
  return next
}

export async function deleteEvent(store: WorkspaceStore, id: string): Promise<{ unlinkedClaims: number }> {
  eventOrThrow(store, id)
  const unlinkedClaims = await rewriteClaims(store, (c) => (c.eventId === id ? { ...c, eventId: null } : null))
  await store.updateEvents((events) => events.filter((e) => e.id !== id))
  return { unlinkedClaims }
}

export { actorOrThrow }
