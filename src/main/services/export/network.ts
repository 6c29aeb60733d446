// The networks discourse-network analysts build from coded claims (after
// Leifeld's Discourse Network Analyzer), computed from the exported claims:
//  - two-mode-event:  speakers × events, tied by the claims a speaker makes about an event;
//  - two-mode-target: speakers × targets, tied by the claims a speaker aims at a target;
//  - congruence: speakers tied when they make claims of the same kind about
//    the same event (weight: the number of such event–kind pairs);
//  - conflict: speakers tied when one asserts and the other denies about the
//    same event (weight: the number of such events).
// Attributions count toward congruence (two actors blaming on the same event
// frame it alike) but never toward conflict, which needs a yes against a no.
// TODO(analysis): fold into src/main/services/analysis once it computes
// networks itself, so the app's network view and this export share one code.
import type { NetworkKind } from '../../../shared/contract-export'
import { KINDS, type Actor, type Claim, type Kind } from '../../../shared/domain'
import type { ExportInput } from './export-input'

export type NodeAttrs = Record<string, string | number>
export type NetworkNode = { id: string; attrs: NodeAttrs }
export type NetworkEdge = { source: string; target: string; weight: number; attrs: Record<string, number> }
export type Network = { kind: NetworkKind; directed: boolean; description: string; nodes: NetworkNode[]; edges: NetworkEdge[] }

export const NETWORK_DESCRIPTIONS: Record<NetworkKind, string> = {
  'two-mode-event': 'Two-mode network: speakers and events, tied by the claims a speaker makes about an event.',
  'two-mode-target': 'Two-mode network: speakers and targets, tied by the claims a speaker aims at a target.',
  congruence: 'One-mode congruence network of speakers: tied by claims of the same kind about the same event; weight = shared event–kind pairs.',
  conflict: 'One-mode conflict network of speakers: tied when one asserts and the other denies about the same event; weight = such events.',
}

const kindCounts = (): Record<Kind, number> => ({ assertion: 0, denial: 0, attribution: 0 })

export function buildNetwork(input: ExportInput, kind: NetworkKind): Network {
  const claims = input.articles.flatMap((a) => a.claims)
  const actors = new Map(input.actors.map((a) => [a.id, a]))
  const role = roleCounts(claims)
  const actorNode = (id: string, mode: ActorMode, claimsHere: number, extra: NodeAttrs = {}): NetworkNode => ({
    id: `${mode}:${id}`,
    attrs: { ...actorAttrs(id, actors, mode, claimsHere, role), ...extra },
  })
  if (kind === 'two-mode-event' || kind === 'two-mode-target') {
    const toEvent = kind === 'two-mode-event'
    const ties = new Map<string, { speaker: string; other: string; counts: Record<Kind, number> }>()
    const spoken = new Map<string, number>()
    const received = new Map<string, number>()
    for (const claim of claims) {
      const others = toEvent ? (claim.eventId ? [claim.eventId] : []) : unique(claim.targets)
      if (others.length === 0) continue
      for (const speaker of unique(claim.speakers)) {
        spoken.set(speaker, (spoken.get(speaker) ?? 0) + 1)
        for (const other of others) {
          const key = `${speaker}\u0000${other}`
          const tie = ties.get(key) ?? ties.set(key, { speaker, other, counts: kindCounts() }).get(key)!
          tie.counts[claim.kind]++
        }
      }
      if (claim.speakers.length) for (const other of others) received.set(other, (received.get(other) ?? 0) + 1)
    }
    const speakerMode: ActorMode = toEvent ? 'actor' : 'speaker'
    const events = new Map(input.events.map((e) => [e.id, e]))
    // `bipartite` is the attribute networkx's bipartite algorithms read.
    const nodes = [
      ...sortedKeys(spoken).map((id) => actorNode(id, speakerMode, spoken.get(id)!, { bipartite: 0 })),
      ...sortedKeys(received).map((id) =>
        toEvent
          ? { id: `event:${id}`, attrs: { label: events.get(id)?.name ?? id, mode: 'event', type: 'event', membership: '', date: events.get(id)?.date ?? '', claims: received.get(id)!, bipartite: 1 } }
          : actorNode(id, 'target', received.get(id)!, { bipartite: 1 }),
      ),
    ]
    const edges = [...ties.values()]
      .map(({ speaker, other, counts }) => ({
        source: `${speakerMode}:${speaker}`,
        target: `${toEvent ? 'event' : 'target'}:${other}`,
        weight: KINDS.reduce((n, k) => n + counts[k], 0),
        attrs: { ...counts },
      }))
      .sort(byEnds)
    return { kind, directed: false, description: NETWORK_DESCRIPTIONS[kind], nodes, edges }
  }
  // One-mode: which kinds each speaker used about each event.
  const used = new Map<string, Map<string, Set<Kind>>>()
  for (const claim of claims) {
    if (!claim.eventId) continue
    for (const speaker of unique(claim.speakers)) {
      const byEvent = used.get(speaker) ?? used.set(speaker, new Map()).get(speaker)!
      const kinds = byEvent.get(claim.eventId) ?? byEvent.set(claim.eventId, new Set()).get(claim.eventId)!
      kinds.add(claim.kind)
    }
  }
  const speakers = sortedKeys(used)
  const nodes = speakers.map((id) => actorNode(id, 'actor', role.speaker.get(id) ?? 0))
  const edges: NetworkEdge[] = []
  for (let i = 0; i < speakers.length; i++) {
    for (let j = i + 1; j < speakers.length; j++) {
      const a = used.get(speakers[i])!
      const b = used.get(speakers[j])!
      const counts = kindCounts()
      let weight = 0
      let events = 0
      for (const [eventId, kindsA] of a) {
        const kindsB = b.get(eventId)
        if (!kindsB) continue
        let tied = false
        if (kind === 'congruence') {
          for (const k of kindsA) if (kindsB.has(k)) (counts[k]++, weight++, (tied = true))
        } else if ((kindsA.has('assertion') && kindsB.has('denial')) || (kindsA.has('denial') && kindsB.has('assertion'))) {
          weight++
          tied = true
        }
        if (tied) events++
      }
      if (weight > 0) edges.push({ source: `actor:${speakers[i]}`, target: `actor:${speakers[j]}`, weight, attrs: kind === 'congruence' ? { ...counts, events } : { events } })
    }
  }
  return { kind, directed: false, description: NETWORK_DESCRIPTIONS[kind], nodes, edges }
}

type ActorMode = 'actor' | 'speaker' | 'target'
type RoleCounts = { speaker: Map<string, number>; target: Map<string, number> }

/** How many exported claims each actor speaks and is the target of. */
function roleCounts(claims: Claim[]): RoleCounts {
  const speaker = new Map<string, number>()
  const target = new Map<string, number>()
  for (const claim of claims) {
    for (const id of unique(claim.speakers)) speaker.set(id, (speaker.get(id) ?? 0) + 1)
    for (const id of unique(claim.targets)) target.set(id, (target.get(id) ?? 0) + 1)
  }
  return { speaker, target }
}

/** Node attributes of an actor: what it is, the group it belongs to, and its
 * claim counts (in this network, and as speaker and target overall). */
function actorAttrs(id: string, actors: Map<string, Actor>, mode: ActorMode, claimsHere: number, role: RoleCounts): NodeAttrs {
  const actor = actors.get(id)
  const parent = actor?.memberOf ? actors.get(actor.memberOf) : undefined
  return {
    label: actor?.name ?? id,
    mode,
    type: actor?.type ?? 'other',
    membership: parent?.name ?? actor?.memberOf ?? '',
    claims: claimsHere,
    claims_as_speaker: role.speaker.get(id) ?? 0,
    claims_as_target: role.target.get(id) ?? 0,
  }
}

const unique = (ids: string[]) => [...new Set(ids)]
const sortedKeys = (map: Map<string, unknown>) => [...map.keys()].sort()
const byEnds = (a: NetworkEdge, b: NetworkEdge) => (a.source < b.source ? -1 : a.source > b.source ? 1 : a.target < b.target ? -1 : a.target > b.target ? 1 : 0)
