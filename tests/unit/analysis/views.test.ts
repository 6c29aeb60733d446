// Actor profiles, event timelines, charts, bulk event assignment and the
// way back from any number to its claims. Right answers from build.ts.
import { describe, expect, it } from 'vitest'
import type { ActorProfile, Charts, ClaimRef, EventComparison, EventTimeline } from '../../../src/shared/contract-analysis'
import type { Article, ClaimInContext } from '../../../src/shared/domain'
import { build, WORLD } from './build'

describe('actors.profile', () => {
  it('gives an actor’s claims by kind, over time (by day for a short span), by outlet and event, and whom it targets', async () => {
    const w = await build(WORLD)
    const p = await w.call<ActorProfile>('actors.profile', { id: w.actor.biden })
    expect(p.total).toBe(2)
    expect(w.keys(p.byKind.attribution)).toEqual(['c1'])
    expect(w.keys(p.byKind.assertion)).toEqual(['c6'])
    expect(p.overTime.unit).toBe('day')
    expect(p.overTime.periods.map((x) => `${x.period}:${x.total}`)).toEqual(['2020-12-20:1', '2020-12-21:0', '2020-12-22:1'])
    expect(p.byOutlet.map((o) => `${o.outlet}:${o.total}`)).toEqual(['Daily:1', 'Herald:1'])
    expect(p.byEvent.map((e) => `${e.event?.name}:${e.total}`)).toEqual(['Breach of US agencies:2'])
    expect(p.targets.map((t) => `${w.nameOf(t.actor!.id)}:${w.keys(t.kinds.attribution)}`)).toEqual(['russia:c1'])
    expect(p.targetedBy).toEqual([])
  })

  it('counts who targets an actor, and with members folded in, what they said', async () => {
    const w = await build(WORLD)
    const russia = await w.call<ActorProfile>('actors.profile', { id: w.actor.russia })
    expect(russia.total).toBe(0)
    expect(russia.targetedBy.map((t) => `${w.nameOf(t.actor!.id)}:${t.total}`)).toEqual(['pompeo:2', 'biden:1', 'kremlin:1', 'barr:1'])
    const withMembers = await w.call<ActorProfile>('actors.profile', { id: w.actor.russia, includeMembers: true })
    expect(withMembers.members.map((a) => a.name)).toEqual(['Dmitry Peskov', 'Kremlin', 'Russian Foreign Ministry', 'Sergei Lavrov'])
    expect(withMembers.total).toBe(5)
    expect(w.keys(withMembers.byKind.denial)).toEqual(['c3', 'c5', 'c9'])
    expect(withMembers.targets.map((t) => `${w.nameOf(t.actor!.id)}:${t.total}`)).toEqual(['us:3', 'kremlin:1', 'russia:1'])
    expect(withMembers.byEvent.map((e) => `${e.event?.name ?? '(none)'}:${e.total}`)).toEqual(['Breach of US agencies:3', 'Sanctions:1', '(none):1'])
  })

  it('goes by month over a long span, keeps empty months, and filters', async () => {
    const w = await build(WORLD)
    const p = await w.call<ActorProfile>('actors.profile', { id: w.actor.lavrov })
    expect(p.overTime.unit).toBe('month')
    expect(p.overTime.periods.map((x) => `${x.period}:${w.keys(x.kinds.assertion).concat(w.keys(x.kinds.denial)).join(',')}`)).toEqual([
      '2020-12:c4',
      '2021-01:c9',
      '2021-02:',
      '2021-03:c11',
    ])
    const filtered = await w.call<ActorProfile>('actors.profile', { id: w.actor.lavrov, filters: { kinds: ['assertion'], outlets: ['Gazette'] } })
    expect(w.keys(filtered.byKind.assertion)).toEqual(['c11'])
    expect(filtered.overTime.periods.map((x) => x.period)).toEqual(['2021-03'])
  })
})

describe('events', () => {
  it('shows an event’s timeline by day and outlet, sub-events on request', async () => {
    const w = await build(WORLD)
    const t = await w.call<EventTimeline>('events.timeline', { id: w.event.breach })
    expect(t.unit).toBe('day')
    expect(t.total).toBe(8)
    expect(t.outlets).toEqual(['Daily', 'Herald'])
    expect(t.periods.length).toBe(17) // 2020-12-20 .. 2021-01-05
    const busy = t.periods.filter((p) => p.total).map((p) => `${p.period} ${p.outlets.map((o) => `${o.outlet}=${w.keys([...o.kinds.assertion, ...o.kinds.denial, ...o.kinds.attribution]).sort().join(',')}`).join(' ')}`)
    expect(busy).toEqual(['2020-12-20 Daily=c1,c2,c3', '2020-12-22 Herald=c5,c6,c7,c8', '2021-01-05 Daily=c9'])
    const all = await w.call<EventTimeline>('events.timeline', { id: w.event.relations, includeChildren: true })
    expect(all.total).toBe(10)
  })

  it('assigns many claims to an event at once, clears them with null, and changes nothing when one reference is wrong', async () => {
    const w = await build(WORLD)
    const refs = [w.ref.c6, w.ref.c10]
    expect(await w.call('claims.assignEvent', { claimRefs: refs, eventId: w.event.sanctions })).toEqual({ updated: 2, unchanged: 0 })
    expect(await w.call('claims.assignEvent', { claimRefs: refs, eventId: w.event.sanctions })).toEqual({ updated: 0, unchanged: 2 })
    const sanctions = await w.call<EventComparison>('compare.event', { eventId: w.event.sanctions })
    expect(sanctions.rows.flatMap((r) => Object.values(r.cells).flat().map((c) => c.id)).sort()).toEqual(['c10', 'c4', 'c6'])

    const before = await w.call<Article>('articles.get', { id: w.article.A2 })
    const bad = [w.ref.c5, { articleId: w.article.A2, claimId: 'nope' }]
    await expect(w.call('claims.assignEvent', { claimRefs: bad, eventId: null })).rejects.toThrow(/Nothing was changed: 1 of the chosen claims no longer exist/)
    expect(await w.call('articles.get', { id: w.article.A2 })).toEqual(before)
    await expect(w.call('claims.assignEvent', { claimRefs: refs, eventId: 'gone' })).rejects.toThrow(/No event with id/)
    await expect(w.call('claims.assignEvent', { claimRefs: [], eventId: null })).rejects.toThrow(/at least one claim/)

    expect(await w.call('claims.assignEvent', { claimRefs: [w.ref.c5], eventId: null })).toEqual({ updated: 1, unchanged: 0 })
    expect((await w.call<Article>('articles.get', { id: w.article.A2 })).claims.find((c) => c.id === 'c5')!.eventId).toBeNull()
  })

  it('refuses a parent event that would make a loop, and an end before the start', async () => {
    const w = await build(WORLD)
    await expect(w.call('events.update', { id: w.event.relations, patch: { parentId: w.event.breach } })).rejects.toThrow(
      /“US–Russia relations” cannot be part of “Breach of US agencies”, which is already part of it \(Breach of US agencies → US–Russia relations\)/,
    )
    await expect(w.call('events.update', { id: w.event.breach, patch: { parentId: w.event.breach } })).rejects.toThrow(/cannot be part of itself/)
    await expect(w.call('events.update', { id: w.event.breach, patch: { date: '2020-12-13', endDate: '2020-12-01' } })).rejects.toThrow(/ends \(2020-12-01\) before it starts/)
    const ranged = await w.call<{ endDate: string }>('events.update', { id: w.event.breach, patch: { endDate: '2020-12-31' } })
    expect(ranged.endDate).toBe('2020-12-31')
    // Deleting a parent keeps the tree: its sub-events move up.
    const sub = await w.call<{ id: string }>('events.create', { name: 'Attribution to the SVR', parentId: w.event.breach })
    await w.call('events.delete', { id: w.event.breach })
    const events = await w.call<{ id: string; parentId: string | null }[]>('events.list')
    expect(events.find((e) => e.id === sub.id)!.parentId).toBe(w.event.relations)
  })
})

describe('charts and tracing', () => {
  it('counts claims per actor by kind and over time by outlet, each point with its claims', async () => {
    const w = await build(WORLD)
    const c = await w.call<Charts>('analysis.charts', { filters: {}, top: 3 })
    expect(c.perActor.map((r) => `${w.nameOf(r.actor!.id)}:${r.total}`)).toEqual(['lavrov:3', 'biden:2', 'pompeo:2'])
    expect(c.otherActors).toEqual({ actors: 3, total: 4 })
    expect(c.overTime.unit).toBe('month')
    expect(c.overTime.periods).toEqual(['2020-12', '2021-01', '2021-02', '2021-03'])
    expect(c.overTime.series.map((s) => `${s.outlet}:${s.counts.join(',')}`)).toEqual(['Daily:4,2,0,0', 'Gazette:0,0,0,1', 'Herald:4,0,0,0'])
    const daily = c.overTime.series[0]
    expect(w.keys(daily.refs[1]).sort()).toEqual(['c10', 'c9'])

    const rolled = await w.call<Charts>('analysis.charts', { filters: { kinds: ['denial', 'attribution'] }, rollUp: { to: 'top' } })
    expect(rolled.perActor.map((r) => `${w.nameOf(r.actor!.id)}:${r.total}`)).toEqual(['russia:3', 'us:3'])
    expect(rolled.perActor[1].members.map((a) => a.name)).toEqual(['Joe Biden', 'Mike Pompeo', 'William Barr'])
  })

  it('turns references back into claims with their article and quote, in order, each once', async () => {
    const w = await build(WORLD)
    const refs: ClaimRef[] = [w.ref.c9, w.ref.c1, w.ref.c9, { articleId: w.article.A1, claimId: 'deleted' }]
    const claims = await w.call<ClaimInContext[]>('claims.byRefs', { refs })
    expect(claims.map((c) => [c.id, c.outlet, c.publishedAt, c.quote])).toEqual([
      ['c9', 'Daily', '2021-01-05', 'Claim c9 is quoted here.'],
      ['c1', 'Daily', '2020-12-20', 'Claim c1 is quoted here.'],
    ])
    expect(claims[1]).toMatchObject({ articleId: w.article.A1, articleTitle: 'Article A1', start: 0, end: 24 })
  })
})
