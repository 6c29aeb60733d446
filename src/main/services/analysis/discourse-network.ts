// Congruence and conflict networks, as in discourse network analysis
// (Leifeld's Discourse Network Analyzer): a one-mode actor network built
// over "concepts". Here a concept is what a claim is about: each of its
// target actors and its event (options.concepts picks which).
//
// A statement is (speaker, concept, kind). Two actors are congruent on a
// concept when both made claims of the same kind about it (or, with
// match = 'polarity', of the same polarity), and in conflict on it when one
// affirmed (an assertion or an attribution) and the other denied (a denial).
// The weight of an edge is the number of concepts the two are tied on,
// DNA's default; normalisations are explained in explain-network.ts.
//
// Speed: a big event has hundreds of speakers, so pairs are counted in typed
// arrays over numbered actors, and the claims behind an edge are gathered
// only when someone opens that edge (edgeClaims).
import type { ConceptRef, EdgeClaims, Network, NetworkEdge } from '../../../shared/contract-analysis'
import { KINDS, type ClaimInContext, type Kind } from '../../../shared/domain'
import type { Dataset } from './dataset'
import { explainNetwork } from './explain-network'
import { DEFAULT_MAX_EDGES, endpoints, nodesFor, rolledClaims, type NetworkOptions, type RolledClaim } from './network-common'
import { PairCounts } from './pair-counts'
import { claimKey, refOf } from './tally'

const BIT: Record<Kind, number> = { assertion: 1, denial: 2, attribution: 4 }
const AFFIRM = BIT.assertion | BIT.attribution
const DENY = BIT.denial
const kindsIn = (mask: number): Kind[] => KINDS.filter((k) => mask & BIT[k])

/** What two actors' kinds on one concept (bit masks a and b) contribute to a
 * tie: the kinds on each side, or null when they are not tied there. */
function tie(options: NetworkOptions, a: number, b: number): { a: number; b: number } | null {
  if (options.type === 'conflict') {
    let bitsA = 0
    let bitsB = 0
    if (a & AFFIRM && b & DENY) {
      bitsA |= a & AFFIRM
      bitsB |= DENY
    }
    if (a & DENY && b & AFFIRM) {
      bitsA |= DENY
      bitsB |= b & AFFIRM
    }
    return bitsA ? { a: bitsA, b: bitsB } : null
  }
  if (options.match === 'polarity') {
    const shared = (a & AFFIRM && b & AFFIRM ? AFFIRM : 0) | (a & DENY && b & DENY ? DENY : 0)
    return shared ? { a: a & shared, b: b & shared } : null
  }
  const shared = a & b
  return shared ? { a: shared, b: shared } : null
}

/** tie() for every pair of masks, as the kinds of both sides together (0: no tie). */
function tieTable(options: NetworkOptions): Uint8Array {
  const table = new Uint8Array(64)
  for (let a = 1; a < 8; a++) {
    for (let b = 1; b < 8; b++) {
      const t = tie(options, a, b)
      table[a * 8 + b] = t ? t.a | t.b : 0
    }
  }
  return table
}

type ConceptType = ConceptRef['type']

/** Calls `fn` for every statement: each (rolled) speaker of a claim with
 * each concept it is about (a target actor, or its event). Counts the
 * claims that cannot make one. */
function eachStatement(claims: RolledClaim[], options: NetworkOptions, fn: (speaker: string, type: ConceptType, concept: string, claim: ClaimInContext) => void) {
  const mode = options.concepts ?? 'both'
  let withoutSpeaker = 0
  let withoutConcept = 0
  for (const { claim, speakers, targets } of claims) {
    if (!speakers.length) {
      withoutSpeaker++
      continue
    }
    const eventId = mode !== 'targets' ? claim.eventId : null
    const aboutTargets = mode !== 'events' ? targets : []
    if (!aboutTargets.length && !eventId) {
      withoutConcept++
      continue
    }
    for (const s of speakers) {
      for (const t of aboutTargets) fn(s, 'actor', t, claim)
      if (eventId) fn(s, 'event', eventId, claim)
    }
  }
  return { withoutSpeaker, withoutConcept }
}

function conceptRef(data: Dataset, type: ConceptType, id: string): ConceptRef {
  const label = (type === 'actor' ? data.actors.get(id)?.name : data.events.get(id)?.name) ?? id
  return { type, id, label }
}

export function discourseNetwork(data: Dataset, options: NetworkOptions): Network {
  const claims = rolledClaims(data, options)

  // Statements with actors and concepts numbered: per concept, the actors
  // with a stance on it and the kinds of their stance (a bit mask).
  const actorIds: string[] = []
  const actorIndex = new Map<string, number>()
  // Targets and events are numbered apart: an actor and an event may share an id.
  const conceptIndex: Record<ConceptType, Map<string, number>> = { actor: new Map(), event: new Map() }
  const conceptActors: number[][] = []
  const conceptMasks: number[][] = []
  const stanceAt: Map<number, number>[] = [] // actor → concept → position in conceptActors
  const stats = eachStatement(claims, options, (speaker, type, concept, claim) => {
    let i = actorIndex.get(speaker)
    if (i === undefined) {
      i = actorIds.push(speaker) - 1
      actorIndex.set(speaker, i)
      stanceAt.push(new Map())
    }
    let c = conceptIndex[type].get(concept)
    if (c === undefined) {
      c = conceptActors.push([]) - 1
      conceptMasks.push([])
      conceptIndex[type].set(concept, c)
    }
    let at = stanceAt[i].get(c)
    if (at === undefined) {
      at = conceptActors[c].push(i) - 1
      conceptMasks[c].push(0)
      stanceAt[i].set(c, at)
    }
    conceptMasks[c][at] |= BIT[claim.kind]
  })

  // Every pair of actors with a stance on the same concept, once per concept.
  const table = tieTable(options)
  const jaccard = options.normalise === 'jaccard'
  const pairs = new PairCounts(actorIds.length, jaccard)
  for (let c = 0; c < conceptActors.length; c++) {
    const ids = conceptActors[c]
    const masks = conceptMasks[c]
    for (let x = 0; x < ids.length; x++) {
      const row = masks[x] * 8
      for (let y = x + 1; y < ids.length; y++) {
        const kinds = table[row + masks[y]]
        if (kinds || jaccard) pairs.add(ids[x], ids[y], kinds, jaccard)
      }
    }
  }

  // The heaviest edges, chosen from plain numbers: a dense network has a
  // hundred thousand ties and only a few thousand can be drawn.
  const activity = stanceAt.map((s) => s.size)
  const weigh = weighting(options, activity)
  const { first, second, count, kinds, shared } = pairs.tied()
  const weights = new Float64Array(first.length)
  for (let e = 0; e < first.length; e++) weights[e] = weigh(first[e], second[e], count[e], shared[e])
  // Only edges at least as heavy as minWeight and as the maxEdges-th
  // heaviest need sorting: a dense network has a hundred thousand ties and
  // a few thousand can be drawn.
  const maxEdges = options.maxEdges ?? DEFAULT_MAX_EDGES
  const floor = Math.max(options.minWeight ?? 0, weights.length > maxEdges ? weights.slice().sort()[weights.length - maxEdges] : 0)
  const heavy = Uint32Array.from(weights.keys()).filter((e) => weights[e] >= floor)
  const kept = heavy.sort((x, y) => weights[y] - weights[x] || first[x] - first[y] || second[x] - second[y]).subarray(0, maxEdges)
  const prefix = options.type === 'conflict' ? 'cf' : 'cg'
  const edges: NetworkEdge[] = Array.from(kept, (e) => {
    const [source, target] = [actorIds[first[e]], actorIds[second[e]]]
    return { id: `${prefix}:${source}~${target}`, source, target, directed: false, kinds: kindsIn(kinds[e]), weight: weights[e], count: count[e] }
  })
  const leftOut = weights.length - kept.length
  const nodes = nodesFor(data, endpoints(edges), claims, options)
  return {
    type: options.type,
    directed: false,
    nodes,
    edges,
    explanation: explainNetwork(options),
    stats: { claims: claims.length, ...stats, edgesLeftOut: leftOut, nodesLeftOut: actorIds.length - nodes.length },
  }
}

/** The weight of a tie from its count of concepts (see explain-network.ts). */
function weighting(options: NetworkOptions, activity: number[]): (i: number, j: number, count: number, shared: number) => number {
  switch (options.normalise ?? 'none') {
    case 'average':
      return (i, j, count) => count / ((activity[i] + activity[j]) / 2)
    case 'cosine':
      return (i, j, count) => count / Math.sqrt(activity[i] * activity[j])
    case 'jaccard':
      return (i, j, count, shared) => count / (activity[i] + activity[j] - shared)
    default:
      return (_i, _j, count) => count
  }
}

/** The claims behind the edge between two actors in a network computed
 * with these options, concept by concept. For a speaker → target edge: the
 * claims in which `source` speaks and `target` is targeted. */
export function edgeClaims(data: Dataset, options: NetworkOptions, source: string, target: string): EdgeClaims {
  const claims = rolledClaims(data, options)
  if (options.type === 'speaker-target') {
    const own = claims.filter((c) => c.speakers.includes(source) && c.targets.includes(target)).map((c) => c.claim)
    return { source, target, kinds: KINDS.filter((k) => own.some((c) => c.kind === k)), concepts: [], refs: own.map(refOf) }
  }
  type Stance = { ref: ConceptRef; mask: [number, number]; claims: [ClaimInContext[], ClaimInContext[]] }
  const stances = new Map<string, Stance>()
  eachStatement(claims, options, (speaker, type, concept, claim) => {
    if (speaker !== source && speaker !== target) return
    const side = speaker === source ? 0 : 1
    const key = `${type}:${concept}`
    let stance = stances.get(key)
    if (!stance) stances.set(key, (stance = { ref: conceptRef(data, type, concept), mask: [0, 0], claims: [[], []] }))
    stance.mask[side] |= BIT[claim.kind]
    stance.claims[side].push(claim)
  })
  let kinds = 0
  const refs = new Map<string, ClaimInContext>()
  const concepts: EdgeClaims['concepts'] = []
  for (const stance of stances.values()) {
    const t = tie(options, stance.mask[0], stance.mask[1])
    if (!t) continue
    kinds |= t.a | t.b
    const own = [...stance.claims[0].filter((c) => t.a & BIT[c.kind]), ...stance.claims[1].filter((c) => t.b & BIT[c.kind])]
    for (const c of own) refs.set(claimKey(c), c)
    concepts.push({ concept: stance.ref, sourceKinds: kindsIn(t.a), targetKinds: kindsIn(t.b), refs: [...new Map(own.map((c) => [claimKey(c), refOf(c)])).values()] })
  }
  return { source, target, kinds: kindsIn(kinds), concepts, refs: [...refs.values()].map(refOf) }
}
