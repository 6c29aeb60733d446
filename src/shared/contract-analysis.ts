// API methods of the analysis views: the actor registry's merge and
// look-alike search, actor profiles, event timelines and bulk assignment,
// the side-by-side comparisons, networks and charts. Spread into `contract`
// in contract.ts.
//
// Every number these methods return can be traced to its claims: each
// aggregate carries the references ({articleId, claimId}) of the claims it
// counts, and `claims.byRefs` turns references back into claims with their
// article, quote and offsets (to open the quote in the reader).
import { z } from 'zod'
import { DateText, Id, Kind, type Actor, type ActorType, type ClaimInContext, type Event } from './domain'
import type { ComparisonRow } from './contract'
import { def } from './contract-def'

export const ClaimRef = z.object({ articleId: Id, claimId: Id }).strict()
export type ClaimRef = z.infer<typeof ClaimRef>
/** The claims of one aggregate, split by kind. */
export type KindRefs = Record<Kind, ClaimRef[]>

/** The span of days a date covers: a day, a whole month ("2020-12") or a
 * whole year ("2020"); null for an empty date. Plain string comparison of
 * these bounds orders dates correctly. */
export function dateBounds(date: string): { low: string; high: string } | null {
  if (!date) return null
  const day = date.slice(0, 10)
  if (day.length === 10) return { low: day, high: day }
  if (day.length === 7) return { low: `${day}-01`, high: `${day}-31` }
  return { low: `${day.slice(0, 4)}-01-01`, high: `${day.slice(0, 4)}-12-31` }
}

/** Narrows the claims every analysis counts. Dates are the publication
 * dates of the claims' articles (inclusive); a claim matches a tag when the
 * claim or its article carries it; `eventIds` includes sub-events. Each
 * filter that is absent or empty lets everything through. */
export const Filters = z
  .object({
    from: DateText.optional(),
    to: DateText.optional(),
    outlets: z.array(z.string().max(1_000)).max(1_000).optional(),
    tags: z.array(z.string().max(100)).max(200).optional(),
    kinds: z.array(Kind).max(3).optional(),
    eventIds: z.array(Id).max(1_000).optional(),
  })
  .strict()
  .refine((f) => {
    const [from, to] = [dateBounds(f.from ?? ''), dateBounds(f.to ?? '')]
    return !from || !to || from.low <= to.high
  }, {
    message: 'the start date (from) is after the end date (to); swap them',
    path: ['from'],
  })
export type Filters = z.infer<typeof Filters>

/** Folding members into the actors they belong to (memberOf):
 * - none: every actor stands alone (the default);
 * - top: every actor counts as its top-level ancestor (Ryabkov → Russia);
 * - level: actors deeper than `level` count as their ancestor at that depth
 *   (0 = top-level actors, 1 = their direct members, ...);
 * - actors: every actor counts as its nearest ancestor (or itself) among
 *   `actorIds`; actors under none of them stand alone. */
export const RollUp = z.discriminatedUnion('to', [
  z.object({ to: z.literal('none') }).strict(),
  z.object({ to: z.literal('top') }).strict(),
  z.object({ to: z.literal('level'), level: z.number().int().min(0).max(50) }).strict(),
  z.object({ to: z.literal('actors'), actorIds: z.array(Id).min(1).max(5_000) }).strict(),
])
export type RollUp = z.infer<typeof RollUp>

// ---- inputs ------------------------------------------------------------------

export const CompareEventInput = z
  .object({
    eventId: Id,
    /** Also count the claims of the event's sub-events (parentId). */
    includeChildren: z.boolean().optional(),
    rollUp: RollUp.optional(),
    /** total: most claims first (the default); name: alphabetical. */
    sort: z.enum(['total', 'name']).optional(),
    filters: Filters.optional(),
  })
  .strict()

export const NETWORK_TYPES = ['speaker-target', 'congruence', 'conflict'] as const
export const NetworkInput = z
  .object({
    type: z.enum(NETWORK_TYPES),
    filters: Filters.optional(),
    rollUp: RollUp.optional(),
    /** Congruence and conflict: what two actors must both speak about. */
    concepts: z.enum(['targets', 'events', 'both']).optional(),
    /** Congruence: the same kind (default), or the same polarity
     * (assertion and attribution count as alike). */
    match: z.enum(['kind', 'polarity']).optional(),
    /** Congruence and conflict: normalisation of the weight (see `explanation`). */
    normalise: z.enum(['none', 'average', 'jaccard', 'cosine']).optional(),
    /** Edges whose weight is below this are left out (counted in stats). */
    minWeight: z.number().min(0).max(1_000_000).optional(),
    /** At most this many edges, the heaviest (default 3,000: more cannot be
     * read on screen); the rest are counted in stats. */
    maxEdges: z.number().int().min(1).max(200_000).optional(),
  })
  .strict()

const Side = z.string().min(1).max(1_000)
export const HeadToHeadInput = z.discriminatedUnion('by', [
  z.object({ by: z.literal('actor'), a: Id, b: Id, includeMembers: z.boolean().optional(), filters: Filters.optional() }).strict(),
  z.object({ by: z.literal('outlet'), a: Side, b: Side, filters: Filters.optional() }).strict(),
])

// ---- results -----------------------------------------------------------------

/** A row of `compare.event`: the classic row (its cells hold the claims
 * themselves, with their article ids) plus the actors folded into it. */
export type EventComparisonRow = ComparisonRow & { members: Actor[] }
/** Structurally a `Comparison` (older callers keep working). */
export type EventComparison = { event: Event; events: Event[]; rows: EventComparisonRow[]; claimCount: number }

export type ActorCount = { actor: Actor | null; members: Actor[]; total: number; kinds: KindRefs }
export type OutletColumn = { outlet: string; articles: number; total: number; kinds: KindRefs; actors: ActorCount[] }
export type OutletComparison = { event: Event; events: Event[]; outlets: OutletColumn[] }

export type HeadToHeadSide = { total: number; cells: Record<Kind, ClaimInContext[]> }
export type HeadToHead = {
  by: 'actor' | 'outlet'
  a: { key: string; label: string; actor: Actor | null; members: Actor[] }
  b: { key: string; label: string; actor: Actor | null; members: Actor[] }
  /** Events both sides have claims on, most claims first. */
  shared: { event: Event; a: HeadToHeadSide; b: HeadToHeadSide }[]
  onlyA: { event: Event; total: number; refs: ClaimRef[] }[]
  onlyB: { event: Event; total: number; refs: ClaimRef[] }[]
  /** Claims of each side not assigned to any event. */
  withoutEvent: { a: ClaimRef[]; b: ClaimRef[] }
}

export type TimeUnit = 'day' | 'month'
export type PeriodCount = { period: string; total: number; kinds: KindRefs }
export type ActorProfile = {
  actor: Actor
  /** Actors whose claims are counted as this actor's (includeMembers). */
  members: Actor[]
  total: number
  byKind: KindRefs
  /** Periods from the first to the last dated claim, gaps included (zero);
   * claims whose article has no day or month go to `undated`. */
  overTime: { unit: TimeUnit; periods: PeriodCount[]; undated: KindRefs }
  byOutlet: { outlet: string; total: number; kinds: KindRefs }[]
  byEvent: { event: Event | null; total: number; kinds: KindRefs }[]
  /** Whom its claims target, most claims first. */
  targets: ActorCount[]
  /** Who targets it. */
  targetedBy: ActorCount[]
}

export type EventTimeline = {
  event: Event
  events: Event[]
  unit: TimeUnit
  total: number
  outlets: string[]
  periods: { period: string; total: number; outlets: { outlet: string; total: number; kinds: KindRefs }[] }[]
  undated: { outlet: string; total: number; kinds: KindRefs }[]
}

export type ConceptRef = { type: 'actor' | 'event'; id: string; label: string }
export type NetworkNode = {
  id: string
  label: string
  actorType: z.infer<typeof ActorType>
  colour: string
  memberOf: string | null
  /** Actors folded into this node by the roll-up (itself included when it
   * has claims of its own). */
  members: string[]
  /** Claims in which the node speaks or is targeted (each claim once). */
  claimCount: number
  asSpeaker: number
  asTarget: number
}
export type NetworkEdge = {
  id: string
  source: string
  target: string
  /** Speaker → target edges are directed; congruence and conflict are not. */
  directed: boolean
  kinds: Kind[]
  /** speaker-target: number of claims. Congruence/conflict: number of
   * shared concepts, normalised when asked (see the explanation). */
  weight: number
  /** Speaker-target: the number of claims. Congruence/conflict: the number
   * of shared concepts before normalising. */
  count: number
  /** Speaker-target: the claims. Congruence and conflict edges can stand for
   * thousands of claims each, so their claims come from `analysis.edgeClaims`. */
  refs?: ClaimRef[]
}
/** The claims behind one edge, concept by concept: what each side said. */
export type EdgeClaims = {
  source: string
  target: string
  kinds: Kind[]
  concepts: { concept: ConceptRef; sourceKinds: Kind[]; targetKinds: Kind[]; refs: ClaimRef[] }[]
  refs: ClaimRef[]
}
export type Network = {
  type: (typeof NETWORK_TYPES)[number]
  directed: boolean
  /** The actors of the edges shown. */
  nodes: NetworkNode[]
  edges: NetworkEdge[]
  /** What a node, an edge and a weight mean here, for the UI to show. */
  explanation: string
  /** claims: claims that passed the filters; withoutSpeaker / withoutConcept:
   * those that could not take part (no speaker; no target or event to link
   * on); edgesLeftOut: edges under minWeight or beyond maxEdges; nodesLeftOut:
   * actors that took part but are in none of the edges shown. */
  stats: { claims: number; withoutSpeaker: number; withoutConcept: number; edgesLeftOut: number; nodesLeftOut: number }
}

export type Charts = {
  perActor: ActorCount[]
  /** Actors left out of perActor (beyond `top`) and their claims. */
  otherActors: { actors: number; total: number }
  overTime: { unit: TimeUnit; periods: string[]; series: { outlet: string; total: number; counts: number[]; refs: ClaimRef[][] }[]; undated: { outlet: string; refs: ClaimRef[] }[] }
}

export type SimilarActors = { a: Actor; b: Actor; score: number; reason: string }
export type MergeResult = { actor: Actor; relinkedClaims: number; movedMembers: number; undoId: string }
export type UnmergeResult = { restored: Actor; keep: Actor; restoredClaims: number; restoredMembers: number; skipped: string[] }
export type MergeSummary = { undoId: string; at: string; keep: { id: string; name: string }; merged: { id: string; name: string }; claims: number; members: number }

const MAX_REFS = 100_000
const ClaimRefs = z.array(ClaimRef).max(MAX_REFS, `at most ${MAX_REFS} claims at a time`)

export const analysisMethods = {
  'actors.merge': def<MergeResult>()(z.object({ keepId: Id, mergeId: Id }).strict()),
  'actors.unmerge': def<UnmergeResult>()(z.object({ undoId: Id }).strict()),
  /** Pairs of actors whose names or aliases look alike, best first. */
  'actors.similar': def<SimilarActors[]>()(z.object({ minScore: z.number().min(0.5).max(1), limit: z.number().int().min(1).max(5_000).optional() }).strict()),
  'actors.profile': def<ActorProfile>()(z.object({ id: Id, includeMembers: z.boolean().optional(), filters: Filters.optional() }).strict()),
  'merges.list': def<MergeSummary[]>()(z.object({}).strict()),

  'claims.assignEvent': def<{ updated: number; unchanged: number }>()(z.object({ claimRefs: ClaimRefs.min(1, 'choose at least one claim'), eventId: Id.nullable() }).strict()),
  'claims.byRefs': def<ClaimInContext[]>()(z.object({ refs: ClaimRefs }).strict()),

  'events.timeline': def<EventTimeline>()(z.object({ id: Id, includeChildren: z.boolean().optional(), filters: Filters.optional() }).strict()),

  'compare.outlets': def<OutletComparison>()(
    z.object({ eventId: Id, includeChildren: z.boolean().optional(), rollUp: RollUp.optional(), filters: Filters.optional() }).strict(),
  ),
  'compare.headToHead': def<HeadToHead>()(HeadToHeadInput),

  'analysis.network': def<Network>()(NetworkInput),
  /** The claims behind one edge of a network computed with the same options. */
  'analysis.edgeClaims': def<EdgeClaims>()(NetworkInput.extend({ source: Id, target: Id }).strict()),
  'analysis.charts': def<Charts>()(z.object({ filters: Filters, rollUp: RollUp.optional(), top: z.number().int().min(1).max(1_000).optional() }).strict()),
} as const
