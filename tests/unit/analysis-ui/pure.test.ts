// The arithmetic behind the analysis views: filters as the API takes them,
// chart axes, network styling and positions, the SVG export of a network,
// event trees.
import { describe, expect, it } from 'vitest'
import { apiFilters, dateProblem, filterKey, NO_FILTERS } from '../../../src/renderer/src/features/compare/filters/filterState'
import { fileBase, labelEvery, niceTicks } from '../../../src/renderer/src/features/charts/scale'
import { edgeColour, formatWeight, ringPositions, TIE_COLOURS, toElements } from '../../../src/renderer/src/features/network/elements'
import { escapeXml, networkSvg } from '../../../src/renderer/src/features/network/networkSvg'
import { dateRange, eventTree, treeLabel } from '../../../src/renderer/src/features/events/eventTree'
import { andBelow } from '../../../src/renderer/src/features/registry/tree'
import { KIND_STYLES } from '../../../src/shared/kinds'
import { network, ref } from './helpers'

describe('filters as the API takes them', () => {
  it('leaves out what does not narrow: empty fields, and all three kinds', () => {
    expect(apiFilters(NO_FILTERS)).toBeUndefined()
    expect(apiFilters({ ...NO_FILTERS, kinds: ['assertion', 'denial', 'attribution'] })).toBeUndefined()
    expect(apiFilters({ from: '2020-12-01', to: '', outlets: ['RFE/RL'], tags: [], kinds: ['denial'] })).toEqual({ from: '2020-12-01', outlets: ['RFE/RL'], kinds: ['denial'] })
    expect(filterKey(NO_FILTERS)).toBe('{}')
  })

  it('says when the date range is the wrong way round, not when it is a month and a day in it', () => {
    expect(dateProblem({ ...NO_FILTERS, from: '2020-12-24', to: '2020-12-01' })).toMatch(/swap/)
    expect(dateProblem({ ...NO_FILTERS, from: '2020-12-01', to: '2020-12-24' })).toBeNull()
    expect(dateProblem({ ...NO_FILTERS, from: '2020-12-24', to: '' })).toBeNull()
  })
})

describe('chart axes', () => {
  it('ticks at round steps up to at least the largest value', () => {
    expect(niceTicks(8)).toEqual([0, 2, 4, 6, 8])
    expect(niceTicks(7)).toEqual([0, 2, 4, 6, 8])
    expect(niceTicks(3)).toEqual([0, 1, 2, 3])
    expect(niceTicks(24)).toEqual([0, 5, 10, 15, 20, 25])
    expect(niceTicks(0)).toEqual([0, 1])
  })

  it('thins period labels so they do not overlap', () => {
    expect(labelEvery(10, 800, 60)).toBe(1)
    expect(labelEvery(330, 800, 74)).toBe(31)
  })

  it('makes a file name of a title', () => {
    expect(fileBase('Claims per actor, by kind')).toBe('claims-per-actor-by-kind')
    expect(fileBase('Sergeï Ryabkov: claims / day')).toBe('sergei-ryabkov-claims-day')
    expect(fileBase('!!!')).toBe('chart')
  })
})

describe('network styling', () => {
  it('colours speaker → target edges by kind and ties by congruence or conflict', () => {
    expect(edgeColour('speaker-target', { kinds: ['denial'] })).toBe(KIND_STYLES.denial.colour)
    expect(edgeColour('congruence', { kinds: ['denial'] })).toBe(TIE_COLOURS.congruence)
    expect(edgeColour('conflict', { kinds: ['assertion', 'denial'] })).toBe(TIE_COLOURS.conflict)
  })

  it('sizes nodes by claims and edges by weight, the heaviest widest', () => {
    const net = network('speaker-target', [
      { id: 'e1', source: 'ryabkov', target: 'us', directed: true, kinds: ['assertion'], weight: 4, count: 4, refs: [ref('c1')] },
      { id: 'e2', source: 'ryabkov', target: 'biden', directed: true, kinds: ['attribution'], weight: 1, count: 1, refs: [ref('c2')] },
    ])
    const { nodes, edges } = toElements(net)
    expect(nodes.map((n) => n.colour)).toEqual(['#123456', '#6c8ebf', '#6c8ebf'])
    expect(nodes[0].size).toBeGreaterThan(nodes[2].size)
    expect(edges[0].width).toBeGreaterThan(edges[1].width)
    expect(edges.map((e) => e.colour)).toEqual([KIND_STYLES.assertion.colour, KIND_STYLES.attribution.colour])
  })

  it('writes weights as counts, or ratios to two places', () => {
    expect(formatWeight(3)).toBe('3')
    expect(formatWeight(1 / 3)).toBe('0.33')
  })

  it('places nodes in rings, the first at the centre, none on top of another', () => {
    const at = ringPositions(40, 70)
    expect(at).toHaveLength(40)
    expect(at[0]).toEqual({ x: 0, y: 0 })
    for (let i = 0; i < at.length; i++) for (let j = i + 1; j < at.length; j++) expect(Math.hypot(at[i].x - at[j].x, at[i].y - at[j].y)).toBeGreaterThan(40)
    expect(ringPositions(0)).toEqual([])
  })
})

describe('the network as SVG', () => {
  const nodes = [
    { id: 'a', label: 'Kremlin <Moscow> & “friends”', colour: '#9673a6', size: 30, x: 0, y: 0 },
    { id: 'b', label: 'Joe Biden', colour: '#6c8ebf', size: 20, x: 200, y: 0 },
  ]

  it('draws every actor and edge, labels escaped, arrows on directed edges', () => {
    const svg = networkSvg(nodes, [{ id: 'e', source: 'b', target: 'a', colour: '#009E73', width: 3, directed: true }], 'Speaker → target network')
    expect(svg).toMatch(/^<\?xml[^>]*>\n<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/)
    expect(svg).toContain('Kremlin &lt;Moscow&gt; &amp; “friends”')
    expect(svg).not.toContain('<Moscow>')
    expect(svg.match(/<circle /g)).toHaveLength(2)
    expect(svg).toContain('marker-end="url(#arrow-0)"')
    expect(svg).toContain('<title>Speaker → target network</title>')
  })

  it('bends parallel edges apart and leaves undirected ones without arrows', () => {
    const svg = networkSvg(
      nodes,
      [
        { id: 'e1', source: 'a', target: 'b', colour: '#2f8f4e', width: 2, directed: false },
        { id: 'e2', source: 'b', target: 'a', colour: '#2f8f4e', width: 2, directed: false },
      ],
      'Congruence',
    )
    expect(svg.match(/ Q/g)).toHaveLength(2)
    expect(svg).not.toContain('marker-end')
  })

  it('escapes the five XML characters', () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;')
  })
})

describe('event and membership trees', () => {
  const events = [
    { id: 'breach', name: 'Breach', parentId: 'relations' },
    { id: 'sanctions', name: 'Sanctions', parentId: 'relations' },
    { id: 'relations', name: 'Relations', parentId: null },
    { id: 'china', name: 'China', parentId: null },
    // A loop only a hand-edited file can hold: still listed.
    { id: 'x', name: 'X', parentId: 'y' },
    { id: 'y', name: 'Y', parentId: 'x' },
  ]

  it('lists parents before their sub-events, every event once', () => {
    expect(eventTree(events).map(({ event, depth }) => `${depth}:${event.name}`)).toEqual(['0:China', '0:Relations', '1:Breach', '1:Sanctions', '0:X', '0:Y'])
    expect(treeLabel(0, 'Relations')).toBe('Relations')
    expect(treeLabel(2, 'Day one')).toBe('\u00a0\u00a0\u00a0↳ Day one')
  })

  it('finds an item and everything below it (what it cannot be placed under)', () => {
    expect([...andBelow('relations', events, (e) => e.parentId)].sort()).toEqual(['breach', 'relations', 'sanctions'])
    expect([...andBelow('x', events, (e) => e.parentId)].sort()).toEqual(['x', 'y'])
  })

  it('shows a date or a date range', () => {
    expect(dateRange({ date: '2020-12-13', endDate: '' })).toBe('2020-12-13')
    expect(dateRange({ date: '2020-12-13', endDate: '2020-12-20T10:00:00Z' })).toBe('2020-12-13 – 2020-12-20')
    expect(dateRange({ date: '', endDate: '' })).toBe('')
  })
})
