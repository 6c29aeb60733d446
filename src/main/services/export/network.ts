// The networks discourse-network analysts load into Gephi or visone, from the
// exported claims:
//  - two-mode-event:  speakers × events, tied by the claims a speaker makes about an event;
//  - two-mode-target: speakers × targets, tied by the claims a speaker aims at a target;
//  - congruence and conflict: one-mode actor networks over concepts (the
//    events and target actors claims are about), computed by the analysis
//    service (src/main/services/analysis/discourse-network.ts) so that the
//    exported file is the network the app draws, without its on-screen cap
//    on edges. The analysis service has no two-mode networks; they are built
//    here.
import type { NetworkKind } from '../../../shared/contract-export'
import { KINDS, type Actor, type Claim, type Kind } from '../../../shared/domain'
import type { Dataset } from '../analysis/dataset'
import { actorNetwork } from '../analysis/network'
import { inContext } from '../store/claim-index'
import type { ExportInput } from './export-input'

export type Attrs = Record<string, string | number>
export type NetworkNode = { id: string; attrs: Attrs }
export type NetworkEdge = { source: string; target: string; weight: number; attrs: Attrs }
export type Network = { kind: NetworkKind; directed: boolean; description: string; nodes: NetworkNode[]; edges: NetworkEdge[] }

/** As many edges as the analysis service gives (its schema's maximum): an
 * export is not a screen. */
const ALL_EDGES = 200_000

const TWO_MODE_DESCRIPTIONS = {
  'two-mode-event': 'Two-mode network: speakers (bipartite 0) and events (bipartite 1), tied by the claims a speaker makes about an event; weight = those claims, with their count per kind.',
  'two-mode-target': 'Two-mode network: speakers (bipartite 0) and targets (bipartite 1), tied by the claims a speaker aims at a target; weight = those claims, with their count per kind.',
}

const kindCounts = (): Record<Kind, number> => ({ assertion: 0, denial: 0, attribution: 0 })
type ActorMode = 'actor' | 'speaker' | 'target'

export function buildNetwork(input: ExportInput, kind: NetworkKind): Network {
  return kind === 'congruence' || kind === 'conflict' ? oneMode(input, kind) : twoMode(input, kind)
}

/** The exported records as the analysis service reads them. */
export function datasetFrom(input: ExportInput): Dataset {
  const tags = new Map(input.articles.map((a) => [a.id, a.tags]))
  return {
    claims: input.articles.flatMap((a) => a.claims.map((c) => inContext(a, c))),
    actors: new Map(input.actors.map((a) => [a.id, a])),
    events: new Map(input.events.map((e) => [e.id, e])),
    articleTags: (id) => tags.get(id) ?? [],
  }
}

function oneMode(input: ExportInput, kind: 'congruence' | 'conflict'): Network {
  const actors = new Map(input.actors.map((a) => [a.id, a]))
  const network = actorNetwork(datasetFrom(input), { type: kind, concepts: 'both', maxEdges: ALL_EDGES })
  const nodes = network.nodes.map((n) => ({
    id: `actor:${n.id}`,
    attrs: { label: n.label, mode: 'actor', type: n.actorType, membership: membership(actors.get(n.id), actors), claims: n.claimCount, claims_as_speaker: n.asSpeaker, claims_as_target: n.asTarget },
  }))
  const edges = network.edges.map((e) => ({ source: `actor:${e.source}`, target: `actor:${e.target}`, weight: e.weight, attrs: { concepts: e.count, kinds: e.kinds.join(';') } }))
  const leftOut = network.stats.edgesLeftOut ? ` ${network.stats.edgesLeftOut} lighter edges were left out.` : ''
  return { kind, directed: false, description: network.explanation.replace(/ Edges lighter than .*$/, '') + leftOut, nodes, edges }
}

function twoMode(input: ExportInput, kind: 'two-mode-event' | 'two-mode-target'): Network {
  const claims = input.articles.flatMap((a) => a.claims)
  const actors = new Map(input.actors.map((a) => [a.id, a]))
  const events = new Map(input.events.map((e) => [e.id, e]))
  const role = roleCounts(claims)
  const toEvent = kind === 'two-mode-event'
  const speakerMode: ActorMode = toEvent ? 'actor' : 'speaker'
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
  const actorNode = (id: string, mode: ActorMode, claimsHere: number, bipartite: number): NetworkNode => {
    const actor = actors.get(id)
    return {
      id: `${mode}:${id}`,
      attrs: {
        label: actor?.name ?? id,
        mode,
        type: actor?.type ?? 'other',
        membership: membership(actor, actors),
        claims: claimsHere,
        claims_as_speaker: role.speaker.get(id) ?? 0,
        claims_as_target: role.target.get(id) ?? 0,
        // The attribute networkx's bipartite algorithms read.
        bipartite,
      },
    }
  }
  const nodes = [
    ...sortedKeys(spoken).map((id) => actorNode(id, speakerMode, spoken.get(id)!, 0)),
    ...sortedKeys(received).map((id) =>
      toEvent
        ? { id: `event:${id}`, attrs: { label: events.get(id)?.name ?? id, mode: 'event', type: 'event', membership: '', date: events.get(id)?.date ?? '', claims: received.get(id)!, bipartite: 1 } }
        : actorNode(id, 'target', received.get(id)!, 1),
    ),
  ]
  const edges = [...ties.values()]
    .map(({ speaker, other, counts }) => ({
      source: `${speakerMode}:${speaker}`,
      target: `${toEvent ? 'event' : 'target'}:${other}`,
      weight: KINDS.reduce((n, k) => n + counts[k], 0),
      attrs: { ...counts },
    }))
    .sort((a, b) => compare(a.source, b.source) || compare(a.target, b.target))
  return { kind, directed: false, description: TWO_MODE_DESCRIPTIONS[kind], nodes, edges }
}

/** The name of the group an actor belongs to, or ''. */
function membership(actor: Actor | undefined, actors: Map<string, Actor>): string {
  return actor?.memberOf ? (actors.get(actor.memberOf)?.name ?? actor.memberOf) : ''
}

/** How many exported claims each actor speaks and is the target of. */
function roleCounts(claims: Claim[]): { speaker: Map<string, number>; target: Map<string, number> } {
  const speaker = new Map<string, number>()
  const target = new Map<string, number>()
  for (const claim of claims) {
    for (const id of unique(claim.speakers)) speaker.set(id, (speaker.get(id) ?? 0) + 1)
    for (const id of unique(claim.targets)) target.set(id, (target.get(id) ?? 0) + 1)
  }
  return { speaker, target }
}

const unique = (ids: string[]) => [...new Set(ids)]
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)
const sortedKeys = (map: Map<string, unknown>) => [...map.keys()].sort(compare)
