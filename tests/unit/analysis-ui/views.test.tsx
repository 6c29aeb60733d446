// @vitest-environment happy-dom
// The comparison table and the claims drawer in a real React tree: cells in
// their kind columns, a rolled-up row unfolding into its members with their
// own counts, every number opening the claims it counts, the largest event
// rendered a slice at a time; and the web client saving a PNG as bytes.
import { act } from 'react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { EventComparison } from '../../../src/shared/contract-analysis'
import { CompareTable } from '../../../src/renderer/src/features/compare/CompareTable'
import { TraceProvider } from '../../../src/renderer/src/features/compare/trace/TraceContext'
import { NavigationContext } from '../../../src/renderer/src/app/routes'
import { actor, claim, rolledUpBreach } from './helpers'
import { rootPerTest } from '../helpers/react-root'

const mounted = rootPerTest()
const navigate = vi.fn()

beforeEach(() => {
  // happy-dom has no IntersectionObserver: the table asks for more rows through it.
  globalThis.IntersectionObserver ??= class {
    observe() {}
    disconnect() {}
  } as unknown as typeof IntersectionObserver
})

afterEach(() => {
  navigate.mockReset()
})

function render(comparison: EventComparison) {
  const names: Record<string, string> = { trump: 'Donald Trump', kremlin: 'Kremlin' }
  act(() =>
    mounted.root.render(
      <NavigationContext.Provider value={navigate}>
        <TraceProvider>
          <CompareTable comparison={comparison} actorName={(id) => names[id]} />
        </TraceProvider>
      </NavigationContext.Provider>,
    ),
  )
}

const q = (selector: string) => mounted.host.querySelector<HTMLElement>(selector)
const qa = (selector: string) => [...mounted.host.querySelectorAll<HTMLElement>(selector)]
const click = (el: HTMLElement | null) => act(() => el!.click())

describe('the comparison table', () => {
  it('puts each claim in its kind column, with the target it names', () => {
    render(rolledUpBreach())
    expect(qa('[data-testid="compare-row"]').map((r) => r.dataset.actor)).toEqual(['United States', 'Kremlin'])
    const counts = qa('[data-testid="compare-cell"][data-actor="United States"]').map((c) => [c.dataset.kind, c.dataset.count])
    expect(counts).toEqual([
      ['assertion', '1'],
      ['denial', '1'],
      ['attribution', '2'],
    ])
    const attribution = q('[data-testid="compare-cell"][data-actor="United States"][data-kind="attribution"]')!
    expect(attribution.textContent).toContain('quote c3')
    expect(attribution.textContent).toContain('Donald Trump')
    expect(q('[data-testid="compare-cell"][data-actor="United States"][data-kind="denial"]')!.textContent).not.toContain('quote c3')
  })

  it('unfolds a rolled-up row into its members, each counting only its own claims', () => {
    render(rolledUpBreach())
    expect(qa('[data-testid="compare-member-row"]')).toHaveLength(0)
    click(q('[data-testid="compare-row"][data-actor="United States"] [data-testid="compare-expand"]'))
    const members = qa('[data-testid="compare-member-row"]')
    expect(members.map((m) => m.dataset.member)).toEqual(['Donald Trump', 'Joe Biden', 'Mike Pompeo', 'William Barr'])
    const countsOf = (name: string) => qa(`[data-testid="compare-member-row"][data-member="${name}"] td`).map((td) => td.textContent)
    expect(countsOf('Joe Biden')).toEqual(['1', '0', '1'])
    expect(countsOf('Mike Pompeo')).toEqual(['0', '0', '1'])
    expect(countsOf('Donald Trump')).toEqual(['0', '1', '0'])
  })

  it('opens the claims behind a number, each leading to its quote in the reader', () => {
    render(rolledUpBreach())
    click(q('[data-testid="compare-row"][data-actor="United States"] [data-testid="compare-row-total"]'))
    const drawer = q('[data-testid="trace-drawer"]')!
    expect(drawer.dataset.total).toBe('4')
    expect(qa('[data-testid="trace-claim"]').map((c) => c.dataset.claimId)).toEqual(['c1', 'c2', 'c3', 'c4'])
    click(qa('[data-testid="trace-open"]')[2])
    expect(navigate).toHaveBeenCalledWith({ page: 'reader', articleId: 'a1', claimId: 'c3' })
  })

  it('renders a large comparison a slice at a time, and the rest on demand', () => {
    const big: EventComparison = {
      ...rolledUpBreach(),
      rows: Array.from({ length: 150 }, (_, i) => {
        const speaker = actor(`p${i}`, `Person ${i}`)
        const claims = Array.from({ length: 8 }, (_, j) => claim(`c${i}-${j}`, 'assertion', [speaker.id]))
        return { actor: speaker, members: [speaker], total: claims.length, cells: { assertion: claims, denial: [], attribution: [] } }
      }),
    }
    render(big)
    const shown = qa('[data-testid="compare-row"]').length
    expect(shown).toBeLessThan(50)
    expect(qa('[data-testid="compare-quote"]').length).toBe(shown * 3)
    click(q('[data-testid="compare-more-quotes"]'))
    expect(qa('[data-testid="compare-cell"]')[0].querySelectorAll('[data-testid="compare-quote"]')).toHaveLength(8)
    click(q('[data-testid="compare-all-rows"]'))
    expect(qa('[data-testid="compare-row"]')).toHaveLength(150)
  })
})

describe('saving an image in the browser', () => {
  it('decodes base64 content into the bytes of the downloaded file', async () => {
    const { createWebClient } = await import('../../../src/renderer/src/transport/web-client')
    const blobs: Blob[] = []
    const create = vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob)
      return 'blob:test'
    })
    const client = createWebClient()
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 255])
    const base64 = btoa(String.fromCharCode(...png))
    expect(await client.file.save({ fileName: 'network.png', mimeType: 'image/png', content: base64, encoding: 'base64' })).toEqual({ saved: true })
    expect(new Uint8Array(await blobs[0].arrayBuffer())).toEqual(png)
    expect(blobs[0].type).toBe('image/png')
    await client.file.save({ fileName: 'chart.svg', mimeType: 'image/svg+xml', content: '<svg/>' })
    expect(await blobs[1].text()).toBe('<svg/>')
    create.mockRestore()
  })
})
