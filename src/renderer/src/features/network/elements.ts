// From a network (analysis.network) to what cytoscape draws: node sizes by
// claims, edge widths by weight, edge colours by kind (speaker → target) or
// by tie (congruence, conflict), node colours by the actor's own colour or
// its type. Pure, so the drawing and the SVG export agree and tests can
// check it.
import type { Network, NetworkEdge, NetworkNode } from '../../../../shared/contract-analysis'
import { KIND_STYLES } from '../../../../shared/kinds'

export const TIE_COLOURS = { congruence: '#2f8f4e', conflict: '#c0392b' } as const

export const TYPE_COLOURS: Record<NetworkNode['actorType'], string> = {
  person: '#6c8ebf',
  organisation: '#9673a6',
  country: '#d6a03b',
  group: '#5fa8a0',
  media: '#b85450',
  other: '#8a8f98',
}

export const nodeColour = (node: Pick<NetworkNode, 'colour' | 'actorType'>) => node.colour || TYPE_COLOURS[node.actorType]

export function edgeColour(type: Network['type'], edge: Pick<NetworkEdge, 'kinds'>): string {
  if (type === 'congruence') return TIE_COLOURS.congruence
  if (type === 'conflict') return TIE_COLOURS.conflict
  return KIND_STYLES[edge.kinds[0] ?? 'assertion'].colour
}

export type NodeData = { id: string; label: string; colour: string; size: number; claimCount: number }
export type EdgeData = { id: string; source: string; target: string; colour: string; width: number; weight: number; directed: boolean }

/** Sizes grow with the square root (area follows the count). */
export function toElements(network: Network): { nodes: NodeData[]; edges: EdgeData[] } {
  const maxClaims = Math.max(1, ...network.nodes.map((n) => n.claimCount))
  const maxWeight = Math.max(Number.EPSILON, ...network.edges.map((e) => e.weight))
  return {
    nodes: network.nodes.map((n) => ({ id: n.id, label: n.label, colour: nodeColour(n), size: Math.round(16 + 30 * Math.sqrt(n.claimCount / maxClaims)), claimCount: n.claimCount })),
    edges: network.edges.map((e) => ({
      id: e.id,
      source: e.source,
      target: e.target,
      colour: edgeColour(network.type, e),
      width: Math.round((1.2 + 7 * Math.sqrt(e.weight / maxWeight)) * 10) / 10,
      weight: e.weight,
      directed: e.directed,
    })),
  }
}

/** A weight as people read it: whole counts as they are, ratios to two places. */
export const formatWeight = (w: number) => (Number.isInteger(w) ? String(w) : w.toFixed(2))

/** Positions in rings around the centre, in the order given (the busiest
 * actor first, at the centre): each ring holds as many nodes as fit on it
 * `spacing` apart. Instant for thousands of nodes, where a force-directed
 * layout takes seconds. */
export function ringPositions(count: number, spacing = 70): { x: number; y: number }[] {
  const out: { x: number; y: number }[] = []
  if (count > 0) out.push({ x: 0, y: 0 })
  for (let ring = 1; out.length < count; ring++) {
    const radius = ring * spacing
    const room = Math.max(1, Math.floor((2 * Math.PI * radius) / spacing))
    const here = Math.min(room, count - out.length)
    // Each ring starts a little further round, so rings do not line up.
    const offset = ring * 0.6
    for (let i = 0; i < here; i++) {
      const angle = offset + (2 * Math.PI * i) / here
      out.push({ x: Math.round(radius * Math.cos(angle)), y: Math.round(radius * Math.sin(angle)) })
    }
  }
  return out
}
