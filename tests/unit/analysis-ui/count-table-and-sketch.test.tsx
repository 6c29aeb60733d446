// @vitest-environment happy-dom
// One table for counts of claims (CountTable split by kind with bars, and
// the concepts behind a network edge with their own columns), and the sketch
// a big network shows before cytoscape has drawn it: the same nodes, edges
// and labels at the places cytoscape will draw them.
import { act } from 'react'
import { beforeEach, describe, expect, it } from 'vitest'
import { ClaimCountTable, CountTable } from '../../../src/renderer/src/features/compare/CountTable'
import { TraceProvider } from '../../../src/renderer/src/features/compare/trace/TraceContext'
import { NetworkSketch } from '../../../src/renderer/src/features/network/NetworkSketch'
import { edgePaths, networkSvg } from '../../../src/renderer/src/features/network/networkSvg'
import { ref } from './helpers'
import { rootPerTest } from '../helpers/react-root'

const mounted = rootPerTest()
beforeEach(() => {
  // The claims drawer asks for the claims behind a number by reference.
  ;(window as unknown as { claimbook: unknown }).claimbook = { claims: { byRefs: async () => [] } }
})

const qa = (selector: string) => [...mounted.host.querySelectorAll<HTMLElement>(selector)]

describe('the count table', () => {
  it('splits counts by kind with a bar, and each number opens its claims', () => {
    const rows = [
      { key: 'daily', label: 'Daily', name: 'Daily', total: 3, kinds: { assertion: [ref('c1'), ref('c2')], denial: [ref('c3')], attribution: [] } },
      { key: 'herald', label: 'Herald', name: 'Herald', total: 1, kinds: { assertion: [], denial: [], attribution: [ref('c4')] } },
    ]
    act(() => mounted.root.render(<TraceProvider><CountTable rows={rows} heading="Outlet" empty="None" testId="by-outlet" /></TraceProvider>))
    expect(qa('[data-testid="count-row"]').map((r) => [r.dataset.name, r.dataset.total])).toEqual([['Daily', '3'], ['Herald', '1']])
    expect(qa('[data-testid="count-row"] .kind-bar-part')).toHaveLength(3)
    act(() => qa('[data-testid="count-row"] [data-testid="claim-count"]')[0].click())
    expect(mounted.host.ownerDocument.querySelector<HTMLElement>('[data-testid="trace-drawer"]')?.dataset.total).toBe('3')
  })

  it('takes columns of its own: the concepts of a network edge with each side’s kinds', () => {
    const rows = [{ key: 'actor:russia', label: 'Russia', name: 'Biden — Kremlin: Russia', total: 2, refs: [ref('c1'), ref('c5')], sides: ['A', 'D'] }]
    act(() =>
      mounted.root.render(
        <TraceProvider>
          <ClaimCountTable rows={rows} heading="About" columns={[{ heading: 'Biden', cell: (r) => r.sides[0] }, { heading: 'Kremlin', cell: (r) => r.sides[1] }]} empty="None" testId="concepts" rowTestId="edge-concept" />
        </TraceProvider>,
      ),
    )
    expect(qa('[data-testid="concepts"] th').map((th) => th.textContent)).toEqual(['About', 'Biden', 'Kremlin', 'Claims'])
    expect(qa('[data-testid="edge-concept"] td').map((td) => td.textContent)).toEqual(['Russia', 'A', 'D', '2'])
    act(() => mounted.root.render(<TraceProvider><ClaimCountTable rows={[]} heading="About" columns={[]} empty="No shared concepts." testId="concepts" /></TraceProvider>))
    expect(mounted.host.textContent).toBe('No shared concepts.')
  })
})

describe('the sketch of a big network', () => {
  const nodes = [
    { id: 'a', label: 'Anna <b>', colour: '#123456', size: 40, x: 0, y: 0 },
    { id: 'b', label: 'Boris', colour: '#654321', size: 20, x: 70, y: 0 },
    { id: 'c', label: 'Carla', colour: '#654321', size: 20, x: -70, y: 0 },
  ]
  const edges = [
    { id: 'e1', source: 'a', target: 'b', colour: '#0072B2', width: 3, directed: true },
    { id: 'e2', source: 'b', target: 'a', colour: '#D55E00', width: 2, directed: true },
    { id: 'e3', source: 'a', target: 'c', colour: '#0072B2', width: 1.2, directed: true },
  ]

  it('draws every node, edge and label where the viewport puts them', () => {
    act(() => mounted.root.render(<NetworkSketch sketch={{ nodes, edges, zoom: 1.5, pan: { x: 300, y: 200 } }} />))
    expect(qa('[data-testid="network-sketch"] > g')[0].getAttribute('transform')).toBe('translate(300 200) scale(1.5)')
    expect(qa('[data-testid="network-sketch"] circle').map((c) => [c.getAttribute('cx'), c.getAttribute('r'), c.getAttribute('fill')])).toEqual([['0', '20', '#123456'], ['70', '10', '#654321'], ['-70', '10', '#654321']])
    expect(qa('[data-testid="network-sketch"] text').map((t) => t.textContent)).toEqual(['Anna <b>', 'Boris', 'Carla'])
    // The two edges between Anna and Boris bend apart, as cytoscape draws them.
    const paths = qa('[data-testid="network-sketch"] path').map((p) => p.getAttribute('d'))
    expect(paths).toEqual(edgePaths(nodes, edges).map((p) => p.d))
    expect(paths.filter((d) => d?.includes('Q'))).toHaveLength(2)
  })

  it('leaves out labels too small to read, as cytoscape does', () => {
    act(() => mounted.root.render(<NetworkSketch sketch={{ nodes, edges, zoom: 0.5, pan: { x: 0, y: 0 } }} />))
    expect(qa('[data-testid="network-sketch"] text')).toHaveLength(0)
    expect(qa('[data-testid="network-sketch"] circle')).toHaveLength(3)
  })

  it('shares its edge paths with the SVG file, which escapes every label', () => {
    const svg = networkSvg(nodes, edges, 'Test')
    for (const { d } of edgePaths(nodes, edges)) expect(svg).toContain(`d="${d}"`)
    expect(svg).toContain('Anna &lt;b&gt;')
  })
})
