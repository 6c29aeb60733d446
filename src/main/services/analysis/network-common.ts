// What the three actor networks share: the filtered claims with speakers
// and targets after the roll-up, the nodes with their counts, and trimming
// the edges to what a screen can show.
import type { NetworkInput, NetworkNode } from '../../../shared/contract-analysis'
import type { ClaimInContext } from '../../../shared/domain'
import type { z } from 'zod'
import type { Dataset } from './dataset'
import { claimFilter } from './filters'
import { rollUpResolver } from './hierarchy'
import { byName, unique } from './tally'

export type NetworkOptions = z.infer<typeof NetworkInput>

export const DEFAULT_MAX_EDGES = 3_000

/** A claim as the networks see it: its speakers and targets after the
 * roll-up, each once. */
export type RolledClaim = { claim: ClaimInContext; speakers: string[]; targets: string[] }

export function rolledClaims(data: Dataset, options: NetworkOptions): RolledClaim[] {
  const keep = claimFilter(data, options.filters)
  const rollUp = rollUpResolver(data.actors, options.rollUp)
  const out: RolledClaim[] = []
  const folds = options.rollUp && options.rollUp.to !== 'none'
  for (const claim of data.claims) {
    if (!keep(claim)) continue
    out.push(folds ? { claim, speakers: unique(claim.speakers.map(rollUp)), targets: unique(claim.targets.map(rollUp)) } : { claim, speakers: unique(claim.speakers), targets: unique(claim.targets) })
  }
  return out
}

/** Nodes for the given actor ids, with how often each speaks and is
 * targeted in `claims`, and which actors the roll-up folded into it. */
export function nodesFor(data: Dataset, ids: Iterable<string>, claims: RolledClaim[], options: NetworkOptions): NetworkNode[] {
  const wanted = new Set(ids)
  const rollUp = rollUpResolver(data.actors, options.rollUp)
  const folds = options.rollUp && options.rollUp.to !== 'none'
  const stats = new Map<string, { asSpeaker: number; asTarget: number; either: number; members: Set<string> }>()
  const statOf = (id: string) => {
    let s = stats.get(id)
    if (!s) stats.set(id, (s = { asSpeaker: 0, asTarget: 0, either: 0, members: new Set() }))
    return s
  }
  const member = (original: string) => {
    const id = rollUp(original)
    if (wanted.has(id)) statOf(id).members.add(original)
  }
  for (const { claim, speakers, targets } of claims) {
    for (const id of speakers) {
      if (!wanted.has(id)) continue
      const s = statOf(id)
      s.asSpeaker++
      s.either++
    }
    for (const id of targets) {
      if (!wanted.has(id)) continue
      const s = statOf(id)
      s.asTarget++
      if (!speakers.includes(id)) s.either++
    }
    if (folds) {
      for (const original of claim.speakers) member(original)
      for (const original of claim.targets) member(original)
    }
  }
  // Without a roll-up every node stands for itself alone.
  if (!folds) for (const [id, s] of stats) s.members.add(id)
  return [...wanted]
    .map((id) => {
      const actor = data.actors.get(id)
      const s = statOf(id)
      return {
        id,
        label: actor?.name ?? `(deleted actor ${id})`,
        actorType: actor?.type ?? 'other',
        colour: actor?.colour ?? '',
        memberOf: actor?.memberOf ?? null,
        members: [...s.members].sort(),
        claimCount: s.either,
        asSpeaker: s.asSpeaker,
        asTarget: s.asTarget,
      }
    })
    .sort((a, b) => b.claimCount - a.claimCount || byName(a.label, b.label))
}

/** The actors at either end of these edges. */
export function endpoints(edges: readonly { source: string; target: string }[]): Set<string> {
  const ids = new Set<string>()
  for (const e of edges) ids.add(e.source).add(e.target)
  return ids
}

/** Keeps edges at or above minWeight, at most maxEdges of them (heaviest
 * first; equal weights keep their order, the sort being stable); says how
 * many were left out. */
export function trimEdges<E extends { weight: number }>(edges: E[], options: NetworkOptions): { edges: E[]; leftOut: number } {
  const heavy = edges.filter((e) => e.weight >= (options.minWeight ?? 0))
  heavy.sort((a, b) => b.weight - a.weight)
  const kept = heavy.slice(0, options.maxEdges ?? DEFAULT_MAX_EDGES)
  return { edges: kept, leftOut: edges.length - kept.length }
}
