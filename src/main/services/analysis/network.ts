// Actor networks as data for the renderer (cytoscape draws them): the
// speaker → target network here, the congruence and conflict networks of
// discourse network analysis in discourse-network.ts. Nodes are actors after
// the roll-up; a speaker → target edge carries its claims, and every edge's
// claims come from edgeClaims.
import type { ClaimRef, Network, NetworkEdge } from '../../../shared/contract-analysis'
import type { Kind } from '../../../shared/domain'
import type { Dataset } from './dataset'
import { discourseNetwork } from './discourse-network'
import { explainNetwork } from './explain-network'
import { endpoints, nodesFor, rolledClaims, trimEdges, type NetworkOptions } from './network-common'
import { refOf } from './tally'

/** Speaker → target, one edge per kind, weighted by the number of claims. */
function speakerTargetNetwork(data: Dataset, options: NetworkOptions): Network {
  const claims = rolledClaims(data, options)
  const byEdge = new Map<string, { source: string; target: string; kind: Kind; refs: ClaimRef[] }>()
  let withoutSpeaker = 0
  let withoutConcept = 0
  for (const { claim, speakers, targets } of claims) {
    if (!speakers.length) withoutSpeaker++
    else if (!targets.length) withoutConcept++
    for (const source of speakers) {
      for (const target of targets) {
        const id = `st:${source}>${target}:${claim.kind}`
        let edge = byEdge.get(id)
        if (!edge) byEdge.set(id, (edge = { source, target, kind: claim.kind, refs: [] }))
        edge.refs.push(refOf(claim))
      }
    }
  }
  const all: NetworkEdge[] = [...byEdge].map(([id, e]) => ({ id, source: e.source, target: e.target, directed: true, kinds: [e.kind], weight: e.refs.length, count: e.refs.length, refs: e.refs }))
  const { edges, leftOut } = trimEdges(all, options)
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

export function actorNetwork(data: Dataset, options: NetworkOptions): Network {
  return options.type === 'speaker-target' ? speakerTargetNetwork(data, options) : discourseNetwork(data, options)
}
