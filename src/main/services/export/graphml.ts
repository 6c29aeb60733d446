// Networks as GraphML, the format Gephi, visone, igraph (R) and networkx read.
// Every attribute is declared with its type so that weights and counts arrive
// as numbers, not strings.
import { create } from 'xmlbuilder2'
import type { NetworkKind } from '../../../shared/contract-export'
import type { ExportInput } from './export-input'
import { buildNetwork, type Network } from './network'
import { xmlText } from './xml-text'

const GRAPHML_NS = 'http://graphml.graphdrawing.org/xmlns'

type AttrType = 'int' | 'double' | 'string'

export function buildGraphml(input: ExportInput, kind: NetworkKind): string {
  return networkToGraphml(buildNetwork(input, kind))
}

export function networkToGraphml(network: Network): string {
  const nodeKeys = keysOf(network.nodes.map((n) => n.attrs))
  const edgeKeys = keysOf(network.edges.map((e) => ({ weight: e.weight, ...e.attrs })))
  const root = create({ version: '1.0', encoding: 'UTF-8' }).ele('graphml', {
    xmlns: GRAPHML_NS,
    'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
    'xsi:schemaLocation': `${GRAPHML_NS} ${GRAPHML_NS}/1.0/graphml.xsd`,
  })
  root.ele('key', { id: 'g_description', for: 'graph', 'attr.name': 'description', 'attr.type': 'string' }).up()
  root.ele('key', { id: 'g_network', for: 'graph', 'attr.name': 'network', 'attr.type': 'string' }).up()
  for (const [name, type] of nodeKeys) root.ele('key', { id: `n_${name}`, for: 'node', 'attr.name': name, 'attr.type': type }).up()
  for (const [name, type] of edgeKeys) root.ele('key', { id: `e_${name}`, for: 'edge', 'attr.name': name, 'attr.type': type }).up()
  const graph = root.ele('graph', { id: network.kind, edgedefault: network.directed ? 'directed' : 'undirected' })
  graph.ele('data', { key: 'g_description' }).txt(network.description).up()
  graph.ele('data', { key: 'g_network' }).txt(network.kind).up()
  for (const node of network.nodes) {
    const el = graph.ele('node', { id: xmlText(node.id) })
    // An empty value is written as no value: readers (networkx, Gephi) take
    // an empty <data/> as missing anyway.
    for (const [name, value] of Object.entries(node.attrs)) if (value !== '') el.ele('data', { key: `n_${name}` }).txt(xmlText(String(value))).up()
  }
  network.edges.forEach((edge, i) => {
    const el = graph.ele('edge', { id: `e${i}`, source: xmlText(edge.source), target: xmlText(edge.target) })
    for (const [name, value] of Object.entries({ weight: edge.weight, ...edge.attrs })) el.ele('data', { key: `e_${name}` }).txt(String(value)).up()
  })
  return `${root.end({ prettyPrint: true })}\n`
}

/** Each attribute name with the narrowest type that holds all its values. */
function keysOf(records: Record<string, string | number>[]): Map<string, AttrType> {
  const types = new Map<string, AttrType>()
  for (const record of records) {
    for (const [name, value] of Object.entries(record)) {
      const type: AttrType = typeof value === 'string' ? 'string' : Number.isInteger(value) ? 'int' : 'double'
      const known = types.get(name)
      types.set(name, !known || known === type ? type : known === 'string' || type === 'string' ? 'string' : 'double')
    }
  }
  return types
}
