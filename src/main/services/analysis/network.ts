// Actor networks as data for the renderer (cytoscape draws them): the
// speaker → target network here, the congruence and conflict networks of
// discourse network analysis in discourse-network.ts. Nodes are actors after
// the roll-up; a speaker → target edge carries its claims, and every edge's
// claims come from edgeClaims.
import type { Network, NetworkEdge } from '../../../shared/contract-analysis'
import type { Kind } from '../../../shared/domain'
import type { Dataset } from './dataset'
import { discourseNetwork } from './discourse-network'
import { explainNetwork } from './explain-network'
import { memoised } from './memo'
import { endpoints, nodesFor, rolledClaims, trimEdges, type NetworkOptions } from './network-common'
import { refOf } from './tally'

/** An edge while counting: the claims it stands for, as positions in the
 * rolled claims (the references are built only for the edges kept). */
type Candidate = { id: string; source: string; target: string; kind: Kind; claims: number[]; weight: number }

/** Speaker → target, one edge per kind, weighted by the number of claims. */
function speakerTargetNetwork(data: Dataset, options: NetworkOptions): Network {
  const claims = rolledClaims(data, options)
  const byEdge = new Map<string, Candidate>()
  let withoutSpeaker = 0
  let withoutConcept = 0
  for (let i = 0; i < claims.length; i++) {
    const { claim, speakers, targets } = claims[i]
    if (!speakers.length) withoutSpeaker++
    else if (!targets.length) withoutConcept++
    for (const source of speakers) {
      for (const target of targets) {
        const id = `st:${source}>${target}:${claim.kind}`
        const edge = byEdge.get(id)
        if (edge) edge.claims.push(i)
        else byEdge.set(id, { id, source, target, kind: claim.kind, claims: [i], weight: 0 })
      }
    }
  }
  const all = [...byEdge.values()]
  for (const e of all) e.weight = e.claims.length
  const { edges: kept, leftOut } = trimEdges(all, options)
  const edges: NetworkEdge[] = kept.map((e) => ({ id: e.id, source: e.source, target: e.target, directed: true, kinds: [e.kind], weight: e.weight, count: e.weight, refs: e.claims.map((i) => refOf(claims[i].claim)) }))
  const nodes = nodesFor(data, endpoints(edges), claims, options)
  return {
    type: 'speaker-target',
    directed: true,
    nodes,
    edges,
    explanation: explainNetwork(options),
    stats: { claims: claims.length, withoutSpeaker, withoutConcept, edgesLeftOut: leftOut, nodesLeftOut: endpoints(all).size - nodes.length },
  }
}

/** The network of these options, kept while the workspace stays the same
 * (memo.ts): reopening the network page costs a lookup. */
export function actorNetwork(data: Dataset, options: NetworkOptions): Network {
  return memoised(data, `network:${JSON.stringify(options)}`, () => (options.type === 'speaker-target' ? speakerTargetNetwork(data, options) : discourseNetwork(data, options)))
}
