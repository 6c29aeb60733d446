// Analysis results are kept per state of the workspace (analysis/memo.ts):
// asked again with the same options, the same result comes back without a
// new pass over the claims; any change of a claim, an actor or an event
// gives fresh results that show the change. The web host then sends the
// JSON it made the first time.
import { describe, expect, it } from 'vitest'
import type { EventComparison, Network, OutletComparison } from '../../../src/shared/contract-analysis'
import { datasetOf } from '../../../src/main/services/analysis/dataset'
import { isKeptResult, memoised } from '../../../src/main/services/analysis/memo'
import { startWebHost } from '../../../src/main/web-host/server'
import { tempDir } from '../helpers'
import { build, WORLD } from './build'

describe('kept analysis results', () => {
  it('gives the same dataset while the workspace is unchanged, and a new one after any change', async () => {
    const w = await build(WORLD)
    const first = datasetOf(w.store)
    expect(datasetOf(w.store)).toBe(first)
    await w.call('claims.update', { articleId: w.ref.c1.articleId, claimId: 'c1', patch: { note: 'checked' } })
    const afterClaim = datasetOf(w.store)
    expect(afterClaim).not.toBe(first)
    await w.call('actors.update', { id: w.actor.biden, patch: { name: 'Joseph Biden' } })
    const afterActor = datasetOf(w.store)
    expect(afterActor).not.toBe(afterClaim)
    expect(afterActor.actors.get(w.actor.biden)?.name).toBe('Joseph Biden')
    await w.call('events.update', { id: w.event.breach, patch: { description: 'SolarWinds' } })
    expect(datasetOf(w.store)).not.toBe(afterActor)
  })

  it('computes once per dataset and key, and again for other options', () => {
    const data = {}
    let runs = 0
    const compute = () => ({ run: ++runs })
    const a = memoised(data, 'k1', compute)
    expect(memoised(data, 'k1', compute)).toBe(a)
    expect(memoised(data, 'k2', compute)).not.toBe(a)
    expect(memoised({}, 'k1', compute)).not.toBe(a)
    expect(runs).toBe(3)
    expect(isKeptResult(a)).toBe(true)
    expect(isKeptResult({ run: 1 })).toBe(false)
  })

  it('answers the comparison, the outlets and the network again from the same result until a claim changes', async () => {
    const w = await build(WORLD)
    const event = () => w.call<EventComparison>('compare.event', { eventId: w.event.breach })
    const outlets = () => w.call<OutletComparison>('compare.outlets', { eventId: w.event.breach })
    const network = () => w.call<Network>('analysis.network', { type: 'speaker-target' })
    const [e1, o1, n1] = [await event(), await outlets(), await network()]
    expect(await event()).toBe(e1)
    expect(await outlets()).toBe(o1)
    expect(await network()).toBe(n1)
    // Another option is another result.
    expect(await w.call('compare.event', { eventId: w.event.breach, sort: 'name' })).not.toBe(e1)

    // Biden's attribution (c1) becomes a denial: every view shows it at once.
    const body = (await w.call<{ body: { content: { content?: { marks?: { attrs?: { id?: string; kind?: string } }[] }[] }[] } }>('articles.get', { id: w.ref.c1.articleId })).body
    for (const block of body.content) for (const node of block.content ?? []) for (const mark of node.marks ?? []) if (mark.attrs?.id === 'c1') mark.attrs.kind = 'denial'
    await w.call('articles.saveBody', { id: w.ref.c1.articleId, body })
    const e2 = await event()
    expect(e2).not.toBe(e1)
    const biden = e2.rows.find((r) => r.actor?.id === w.actor.biden)!
    expect(biden.cells.denial.map((c) => c.id)).toEqual(['c1'])
    expect(biden.cells.attribution).toEqual([])
    const n2 = await network()
    expect(n2.edges.find((e) => e.source === w.actor.biden && e.target === w.actor.russia)?.kinds).toEqual(['denial'])
    const daily = (await outlets()).outlets.find((o) => o.outlet === 'Daily')!
    expect(w.keys(daily.kinds.denial)).toContain('c1')
  })

  it('has the web host send the JSON of a kept result it made before, and new JSON after a change', async () => {
    const w = await build(WORLD)
    const host = await startWebHost({ handlers: w.handlers, rendererDir: tempDir() })
    try {
      const ask = async () => {
        const res = await fetch(`http://127.0.0.1:${host.port}/api/compare.event`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${host.token}` }, body: JSON.stringify({ eventId: w.event.breach }) })
        return res.text()
      }
      const first = await ask()
      const parsed = JSON.parse(first) as { ok: boolean; value: EventComparison }
      expect(parsed.ok).toBe(true)
      expect(parsed.value.claimCount).toBe(8)
      expect(await ask()).toBe(first)
      await w.call('events.update', { id: w.event.breach, patch: { name: 'The breach' } })
      const after = JSON.parse(await ask()) as { value: EventComparison }
      expect(after.value.event.name).toBe('The breach')
    } finally {
      await host.close()
    }
  })
})
