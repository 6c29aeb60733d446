// Networks: speaker → target edges by kind (with roll-up), and the
// congruence and conflict networks of discourse network analysis with each
// weighting. The hand-computed answers are written next to each workspace.
import { describe, expect, it } from 'vitest'
import type { EdgeClaims, Network } from '../../../src/shared/contract-analysis'
import { build, WORLD, type Built, type Spec } from './build'

const edgeList = (w: Built, n: Network, digits = 4) =>
  n.edges
    .map((e) => {
      const [s, t] = n.directed ? [w.nameOf(e.source), w.nameOf(e.target)] : [w.nameOf(e.source), w.nameOf(e.target)].sort()
      return `${s}${n.directed ? '→' : '–'}${t} ${e.kinds.join('+')} ${Number(e.weight.toFixed(digits))}`
    })
    .sort()

describe('speaker → target network', () => {
  it('draws one edge per speaker, target and kind, weighted by claims, each with its claims', async () => {
    const w = await build(WORLD)
    const n = await w.call<Network>('analysis.network', { type: 'speaker-target', filters: { eventIds: [w.event.breach] } })
    expect(edgeList(w, n)).toEqual([
      'barr→china attribution 1',
      'barr→russia attribution 1',
      'biden→russia attribution 1',
      'kremlin→russia denial 1',
      'lavrov→us denial 1',
      'peskov→kremlin denial 1',
      'pompeo→russia attribution 1',
    ])
    expect(n.stats).toEqual({ claims: 8, withoutSpeaker: 1, withoutConcept: 1, edgesLeftOut: 0, nodesLeftOut: 0 })
    const russia = n.nodes.find((x) => x.id === w.actor.russia)!
    expect(russia).toMatchObject({ label: 'Russia', actorType: 'country', asSpeaker: 0, asTarget: 3, claimCount: 3, memberOf: null })
    expect(n.nodes.find((x) => x.id === w.actor.kremlin)).toMatchObject({ asSpeaker: 1, asTarget: 1, claimCount: 2, memberOf: w.actor.russia })
    expect(n.explanation).toMatch(/from the speaker of a claim to each actor the claim targets/)
  })

  it('folds members into countries: the United States → Russia, Russia → itself', async () => {
    const w = await build(WORLD)
    const n = await w.call<Network>('analysis.network', { type: 'speaker-target', filters: { eventIds: [w.event.breach] }, rollUp: { to: 'top' } })
    expect(edgeList(w, n)).toEqual(['russia→russia denial 2', 'russia→us denial 1', 'us→china attribution 1', 'us→russia attribution 2'])
    const edge = n.edges.find((e) => e.source === w.actor.us && e.target === w.actor.russia)!
    expect(w.keys(edge.refs!)).toEqual(['c1', 'c2'])
    const behind = await w.call<EdgeClaims>('analysis.edgeClaims', { type: 'speaker-target', filters: { eventIds: [w.event.breach] }, rollUp: { to: 'top' }, source: w.actor.us, target: w.actor.russia })
    expect(behind).toEqual({ source: w.actor.us, target: w.actor.russia, kinds: ['attribution'], concepts: [], refs: edge.refs })
    const us = n.nodes.find((x) => x.id === w.actor.us)!
    expect(us.members.map(w.nameOf).sort()).toEqual(['barr', 'biden', 'pompeo', 'us'])
    expect(n.explanation).toMatch(/folded into their top-level actor/)
  })

  it('leaves out light edges and says how many', async () => {
    const w = await build(WORLD)
    const n = await w.call<Network>('analysis.network', { type: 'speaker-target', filters: { eventIds: [w.event.breach] }, rollUp: { to: 'top' }, minWeight: 2 })
    expect(edgeList(w, n)).toEqual(['russia→russia denial 2', 'us→russia attribution 2'])
    expect(n.stats.edgesLeftOut).toBe(2)
    // China was only in a light edge: not drawn, and counted.
    expect(n.nodes.map((x) => w.nameOf(x.id)).sort()).toEqual(['russia', 'us'])
    expect(n.stats.nodesLeftOut).toBe(1)
    const one = await w.call<Network>('analysis.network', { type: 'speaker-target', rollUp: { to: 'top' }, maxEdges: 1 })
    expect(one.edges.length).toBe(1)
  })
})

/**
 * Actors A, B, C, D speak about the target actors X, Y, Z:
 *   A: assertion X, denial Y, attribution Z
 *   B: assertion X, denial Y, assertion Z
 *   C: denial X, assertion Y
 *   D: assertion X and denial X
 * Congruence, same kind:   A–B 2 (X, Y), A–D 1, B–D 1, C–D 1 (X: both deny)
 * Congruence, polarity:    A–B 3 (Z: attribution and assertion both affirm)
 * Conflict:                A–C 2, B–C 2, A–D 1, B–D 1, C–D 1
 * Concepts spoken about:   A 3, B 3, C 2, D 1
 * A's and B's claims are also about event E; C's and D's are not.
 */
const DNA: Spec = {
  actors: ['A', 'B', 'C', 'D', 'X', 'Y', 'Z'].map((k) => ({ key: k, name: `Actor ${k}` })),
  events: [{ key: 'E', name: 'Event E' }],
  articles: [
    {
      key: 'P',
      outlet: 'Paper',
      publishedAt: '2024-05-01',
      claims: [
        { key: 'a1', kind: 'assertion', speakers: ['A'], targets: ['X'], event: 'E' },
        { key: 'a2', kind: 'denial', speakers: ['A'], targets: ['Y'], event: 'E' },
        { key: 'a3', kind: 'attribution', speakers: ['A'], targets: ['Z'], event: 'E' },
        { key: 'b1', kind: 'assertion', speakers: ['B'], targets: ['X'], event: 'E' },
        { key: 'b2', kind: 'denial', speakers: ['B'], targets: ['Y'], event: 'E' },
        { key: 'b3', kind: 'assertion', speakers: ['B'], targets: ['Z'], event: 'E' },
        { key: 'c1', kind: 'denial', speakers: ['C'], targets: ['X'] },
        { key: 'c2', kind: 'assertion', speakers: ['C'], targets: ['Y'] },
        { key: 'd1', kind: 'assertion', speakers: ['D'], targets: ['X'] },
        { key: 'd2', kind: 'denial', speakers: ['D'], targets: ['X'] },
        { key: 'n1', kind: 'denial', targets: ['X'] },
        { key: 'n2', kind: 'assertion', speakers: ['C'] },
      ],
    },
  ],
}

describe('congruence and conflict networks', () => {
  const net = (w: Built, options: object) => w.call<Network>('analysis.network', { concepts: 'targets', ...options })

  it('links actors that make claims of the same kind about the same concept; weight = shared concepts', async () => {
    const w = await build(DNA)
    const n = await net(w, { type: 'congruence' })
    expect(edgeList(w, n)).toEqual(['A–B assertion+denial 2', 'A–D assertion 1', 'B–D assertion 1', 'C–D denial 1'])
    expect(n.stats).toEqual({ claims: 12, withoutSpeaker: 1, withoutConcept: 1, edgesLeftOut: 0, nodesLeftOut: 0 })
    expect(n.nodes.map((x) => w.nameOf(x.id)).sort()).toEqual(['A', 'B', 'C', 'D'])
    const ab = n.edges.find((e) => [e.source, e.target].sort().join() === [w.actor.A, w.actor.B].sort().join())!
    expect(ab.count).toBe(2)
    expect(ab.refs).toBeUndefined()
    // The claims behind the edge, concept by concept.
    const behind = await w.call<EdgeClaims>('analysis.edgeClaims', { type: 'congruence', concepts: 'targets', source: w.actor.A, target: w.actor.B })
    expect(w.keys(behind.refs).sort()).toEqual(['a1', 'a2', 'b1', 'b2'])
    expect(behind.kinds).toEqual(['assertion', 'denial'])
    expect(behind.concepts.map((c) => `${c.concept.label}: ${c.sourceKinds}/${c.targetKinds} ${w.keys(c.refs).sort()}`).sort()).toEqual([
      'Actor X: assertion/assertion a1,b1',
      'Actor Y: denial/denial a2,b2',
    ])
    expect(n.explanation).toMatch(/same kind .* about the same concept \(a target actor\)/)
    expect(n.explanation).toMatch(/number of concepts on which the two actors are tied, the default of Discourse Network Analyzer/)
  })

  it('matches by polarity when asked: assertion and attribution agree', async () => {
    const w = await build(DNA)
    const n = await net(w, { type: 'congruence', match: 'polarity' })
    expect(edgeList(w, n)).toEqual(['A–B assertion+denial+attribution 3', 'A–D assertion 1', 'B–D assertion 1', 'C–D denial 1'])
  })

  it('links actors that take opposite sides on a concept: an affirmation against a denial', async () => {
    const w = await build(DNA)
    const n = await net(w, { type: 'conflict' })
    expect(edgeList(w, n)).toEqual(['A–C assertion+denial 2', 'A–D assertion+denial 1', 'B–C assertion+denial 2', 'B–D assertion+denial 1', 'C–D assertion+denial 1'])
    expect(n.edges.find((e) => [e.source, e.target].sort().join() === [w.actor.A, w.actor.C].sort().join())!.count).toBe(2)
    const ac = await w.call<EdgeClaims>('analysis.edgeClaims', { type: 'conflict', concepts: 'targets', source: w.actor.A, target: w.actor.C })
    const x = ac.concepts.find((c) => c.concept.label === 'Actor X')!
    const y = ac.concepts.find((c) => c.concept.label === 'Actor Y')!
    expect([x.sourceKinds, x.targetKinds, y.sourceKinds, y.targetKinds]).toEqual([['assertion'], ['denial'], ['denial'], ['assertion']])
    expect(w.keys(ac.refs).sort()).toEqual(['a1', 'a2', 'c1', 'c2'])
    // A and B never disagree: no edge, and no claims behind it.
    expect((await w.call<EdgeClaims>('analysis.edgeClaims', { type: 'conflict', concepts: 'targets', source: w.actor.A, target: w.actor.B })).refs).toEqual([])
    expect(n.explanation).toMatch(/one affirmed it \(an assertion or an attribution\) and the other denied it/)
    const strong = await net(w, { type: 'conflict', minWeight: 2 })
    expect(edgeList(w, strong)).toEqual(['A–C assertion+denial 2', 'B–C assertion+denial 2'])
    expect(strong.stats).toMatchObject({ edgesLeftOut: 3, nodesLeftOut: 1 })
  })

  it('normalises by average activity, Jaccard or cosine', async () => {
    const w = await build(DNA)
    expect(edgeList(w, await net(w, { type: 'congruence', normalise: 'average' }))).toEqual([
      'A–B assertion+denial 0.6667', // 2 / ((3 + 3) / 2)
      'A–D assertion 0.5', // 1 / ((3 + 1) / 2)
      'B–D assertion 0.5',
      'C–D denial 0.6667', // 1 / ((2 + 1) / 2)
    ])
    expect(edgeList(w, await net(w, { type: 'congruence', normalise: 'jaccard' }))).toEqual([
      'A–B assertion+denial 0.6667', // 2 / |{X, Y, Z}|
      'A–D assertion 0.3333', // 1 / |{X, Y, Z}|
      'B–D assertion 0.3333',
      'C–D denial 0.5', // 1 / |{X, Y}|
    ])
    expect(edgeList(w, await net(w, { type: 'conflict', normalise: 'cosine' }))).toEqual([
      'A–C assertion+denial 0.8165', // 2 / √(3·2)
      'A–D assertion+denial 0.5774', // 1 / √(3·1)
      'B–C assertion+denial 0.8165',
      'B–D assertion+denial 0.5774',
      'C–D assertion+denial 0.7071', // 1 / √(2·1)
    ])
    expect((await net(w, { type: 'congruence', normalise: 'jaccard' })).explanation).toMatch(/Jaccard/)
  })

  it('uses events as concepts, alone or with targets', async () => {
    const w = await build(DNA)
    // Event E: A and B both asserted, denied (and A attributed) about it: one more shared concept.
    expect(edgeList(w, await net(w, { type: 'congruence', concepts: 'events' }))).toEqual(['A–B assertion+denial 1'])
    expect(edgeList(w, await net(w, { type: 'congruence', concepts: 'both' }))).toEqual(['A–B assertion+denial 3', 'A–D assertion 1', 'B–D assertion 1', 'C–D denial 1'])
  })

  it('folds members before linking, and never links an actor to itself', async () => {
    const w = await build({
      ...DNA,
      actors: [...DNA.actors!.filter((a) => a.key !== 'A' && a.key !== 'B'), { key: 'G', name: 'Group G' }, { key: 'A', name: 'Actor A', memberOf: 'G' }, { key: 'B', name: 'Actor B', memberOf: 'G' }],
    })
    const n = await net(w, { type: 'conflict', rollUp: { to: 'top' } })
    // G holds A and B: their conflicts with C and D merge (X and Y against C, X against D); D conflicts with itself on X: no loop.
    expect(edgeList(w, n)).toEqual(['C–D assertion+denial 1', 'C–G assertion+denial 2', 'D–G assertion+denial 1'])
    // A–B agreed on X and Y; folded into G, that agreement is G with itself: no edge.
    expect(edgeList(w, await net(w, { type: 'congruence', rollUp: { to: 'top' } }))).toEqual(['C–D denial 1', 'D–G assertion 1'])
  })
})
