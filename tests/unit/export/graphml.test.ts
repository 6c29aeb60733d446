// GraphML networks read back by networkx (python3-networkx): every node with
// its attributes, every edge with its weight, against networks worked out
// here claim by claim.
import { writeFileSync } from 'node:fs'
import { afterAll, describe, expect, test } from 'vitest'
import { buildGraphml } from '../../../src/main/services/export'
import { NETWORK_KINDS, type NetworkKind } from '../../../src/shared/contract-export'
import { KINDS } from '../../../src/shared/domain'
import type { ExportInput } from '../../../src/main/services/export'
import { buildFixture, slug } from './fixture'
import { polnearInput } from './polnear'
import { run, scratch } from './tools'

const out = scratch()
afterAll(() => out.done())

type Read = { directed: boolean; graph: Record<string, unknown>; nodes: Record<string, Record<string, unknown>>; edges: { source: string; target: string; attrs: Record<string, unknown> }[] }

/** Reads every file with networkx in one Python run. */
function readWithNetworkx(files: string[]): Read[] {
  const script = `
import json, sys, networkx as nx
out = []
for path in sys.argv[1:]:
    g = nx.read_graphml(path)
    out.append({"directed": g.is_directed(), "graph": dict(g.graph),
                "nodes": {n: dict(d) for n, d in g.nodes(data=True)},
                "edges": [{"source": u, "target": v, "attrs": dict(d)} for u, v, d in g.edges(data=True)]})
print(json.dumps(out))
`
  return JSON.parse(run('python3', ['-c', script, ...files]))
}

type Expected = { nodes: Map<string, Record<string, unknown>>; edges: Map<string, number> }

/** The network worked out the slow, obvious way: from the list of claims. */
function expectedNetwork(input: ExportInput, kind: NetworkKind): Expected {
  const claims = input.articles.flatMap((a) => a.claims)
  const actors = new Map(input.actors.map((a) => [a.id, a]))
  const events = new Map(input.events.map((e) => [e.id, e]))
  const nodes = new Map<string, Record<string, unknown>>()
  const edges = new Map<string, number>()
  const add = (key: string, n = 1) => edges.set(key, (edges.get(key) ?? 0) + n)
  const actorNode = (mode: string, id: string, claimCount: number) => {
    const actor = actors.get(id)
    nodes.set(`${mode}:${id}`, {
      label: actor?.name ?? id,
      mode,
      type: actor?.type ?? 'other',
      membership: actor?.memberOf ? (actors.get(actor.memberOf)?.name ?? actor.memberOf) : '',
      claims: claimCount,
    })
  }
  const count = (test: (c: (typeof claims)[number]) => boolean) => claims.filter(test).length
  if (kind === 'two-mode-event') {
    for (const c of claims) if (c.eventId) for (const s of new Set(c.speakers)) add(`actor:${s}|event:${c.eventId}`)
    for (const s of new Set(claims.filter((c) => c.eventId).flatMap((c) => c.speakers))) actorNode('actor', s, count((c) => !!c.eventId && c.speakers.includes(s)))
    for (const e of new Set(claims.filter((c) => c.speakers.length).flatMap((c) => (c.eventId ? [c.eventId] : [])))) {
      nodes.set(`event:${e}`, { label: events.get(e)!.name, mode: 'event', type: 'event', claims: count((c) => c.eventId === e && c.speakers.length > 0) })
    }
  } else if (kind === 'two-mode-target') {
    for (const c of claims) for (const s of new Set(c.speakers)) for (const t of new Set(c.targets)) add(`speaker:${s}|target:${t}`)
    for (const s of new Set(claims.filter((c) => c.targets.length).flatMap((c) => c.speakers))) actorNode('speaker', s, count((c) => c.targets.length > 0 && c.speakers.includes(s)))
    for (const t of new Set(claims.filter((c) => c.speakers.length).flatMap((c) => c.targets))) actorNode('target', t, count((c) => c.speakers.length > 0 && c.targets.includes(t)))
  } else {
    // Discourse network analysis: a concept is an event or a target actor a
    // claim is about; two speakers are tied on a concept when both made a
    // claim of one kind about it (congruence), or one affirmed it (assertion,
    // attribution) and the other denied it (conflict). Weight: the concepts.
    const stances = new Map<string, Map<string, Set<string>>>() // concept → speaker → kinds
    for (const c of claims) {
      const concepts = [...new Set(c.targets)].map((t) => `actor:${t}`).concat(c.eventId ? [`event:${c.eventId}`] : [])
      for (const concept of concepts) {
        for (const s of new Set(c.speakers)) {
          const bySpeaker = stances.get(concept) ?? stances.set(concept, new Map()).get(concept)!
          ;(bySpeaker.get(s) ?? bySpeaker.set(s, new Set()).get(s)!).add(c.kind)
        }
      }
    }
    const affirms = (k: Set<string>) => k.has('assertion') || k.has('attribution')
    for (const bySpeaker of stances.values()) {
      for (const [a, ka] of bySpeaker) {
        for (const [b, kb] of bySpeaker) {
          if (a >= b) continue
          const tied = kind === 'congruence' ? [...ka].some((k) => kb.has(k)) : (affirms(ka) && kb.has('denial')) || (ka.has('denial') && affirms(kb))
          if (tied) add(`actor:${a}|actor:${b}`)
        }
      }
    }
    for (const id of new Set([...edges.keys()].flatMap((k) => k.split('|')).map((n) => n.slice('actor:'.length)))) {
      actorNode('actor', id, count((c) => c.speakers.includes(id) || c.targets.includes(id)))
    }
  }
  return { nodes, edges }
}

function check(read: Read, expected: Expected, kind: NetworkKind): void {
  expect(read.directed).toBe(false)
  expect(read.graph.network).toBe(kind)
  expect(Object.keys(read.nodes).sort()).toEqual([...expected.nodes.keys()].sort())
  // networkx leaves out an attribute whose value is empty.
  for (const [id, attrs] of expected.nodes) expect({ membership: '', ...read.nodes[id] }, id).toMatchObject(attrs)
  const edges = new Map(read.edges.map((e) => [[e.source, e.target].sort().join('|'), e.attrs]))
  expect(edges.size).toBe(read.edges.length)
  expect([...edges.keys()].sort()).toEqual([...expected.edges.keys()].map((k) => k.split('|').sort().join('|')).sort())
  for (const [key, weight] of expected.edges) {
    const attrs = edges.get(key.split('|').sort().join('|'))!
    expect(attrs.weight, key).toBe(weight)
    expect(typeof attrs.weight).toBe('number')
    if (kind.startsWith('two-mode')) expect(KINDS.reduce((n, k) => n + Number(attrs[k]), 0)).toBe(weight)
  }
}

describe.each([
  ['the seed article with its gold claims', buildFixture],
  ['100 PolNeAR articles with their gold attributions', () => polnearInput()],
])('GraphML of %s, read by networkx', (_, make) => {
  const input = make()
  const files = NETWORK_KINDS.map((kind) => {
    const file = out.file(`${kind}-${input.articles.length}.graphml`)
    writeFileSync(file, buildGraphml(input, kind))
    return file
  })
  const read = readWithNetworkx(files)

  test.each(NETWORK_KINDS.map((kind, i) => [kind, i] as const))('%s: every node, edge and weight', (kind, i) => {
    const expected = expectedNetwork(input, kind)
    // PolNeAR codes no targets: its actor–target network is empty, and must still read.
    if (kind !== 'two-mode-target' || input.articles.length < 100) expect(expected.edges.size).toBeGreaterThan(0)
    check(read[i], expected, kind)
  })
})

describe('GraphML of the seed article: what a discourse-network analyst expects', () => {
  const input = buildFixture()
  const [twoMode, , congruence, conflict] = readWithNetworkx(
    NETWORK_KINDS.map((kind) => {
      const file = out.file(`seed-${kind}.graphml`)
      writeFileSync(file, buildGraphml(input, kind))
      return file
    }),
  )

  test('two-mode nodes are marked for bipartite algorithms and carry type, membership and counts', () => {
    const ryabkov = twoMode.nodes[`actor:${slug('Sergei Ryabkov')}`]
    expect(ryabkov).toMatchObject({ label: 'Sergei Ryabkov', type: 'person', membership: 'Russian Foreign Ministry', bipartite: 0 })
    expect(ryabkov.claims_as_speaker).toBeGreaterThan(0)
    const breach = twoMode.nodes[`event:${slug('Breach of US government agencies (SolarWinds hack)')}`]
    expect(breach).toMatchObject({ type: 'event', bipartite: 1, date: '2020-12-13' })
  })

  test('the breach is contested: its deniers and asserters are in conflict', () => {
    const conflictEdges = conflict.edges.map((e) => [e.source, e.target].sort().join(' – '))
    expect(conflictEdges.length).toBeGreaterThan(0)
    expect(conflict.edges.every((e) => Number(e.attrs.weight) >= 1)).toBe(true)
    // Everyone in conflict made an assertion or a denial; congruence ties exist too.
    expect(congruence.edges.length).toBeGreaterThan(0)
  })

  test('hostile names stay text', () => {
    const hostile = Object.values(twoMode.nodes).concat(Object.values(conflict.nodes)).find((n) => String(n.label).includes('<img'))
    expect(hostile?.label ?? '<img src=x onerror=alert(2)>').toBe('<img src=x onerror=alert(2)>')
  })
})
