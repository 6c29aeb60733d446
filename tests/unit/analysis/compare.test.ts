// Comparison side by side: event × actor (with roll-up by membership, sort,
// sub-events and filters), outlets, and head to head. The right answers are
// read off the table in build.ts.
import { describe, expect, it } from 'vitest'
import type { EventComparison, HeadToHead, OutletComparison } from '../../../src/shared/contract-analysis'
import { build, WORLD, type Built } from './build'

/** A comparison as plain text: "name: kind=c1,c2 | ... (total)". */
function table(w: Built, result: EventComparison): string[] {
  return result.rows.map((r) => {
    const cells = (['assertion', 'denial', 'attribution'] as const)
      .filter((k) => r.cells[k].length)
      .map((k) => `${k}=${r.cells[k].map((c) => c.id).join(',')}`)
      .join(' ')
    return `${r.actor ? w.nameOf(r.actor.id) : '(none)'}: ${cells} (${r.total})`
  })
}

describe('compare.event', () => {
  it('lists each speaker with its claims by kind, most claims first, unattributed last; the old call still works', async () => {
    const w = await build(WORLD)
    const result = await w.call<EventComparison>('compare.event', { eventId: w.event.breach })
    // Ties by name: Dmitry Peskov, Joe Biden, Kremlin, Mike Pompeo, ...
    expect(table(w, result)).toEqual([
      'biden: assertion=c6 attribution=c1 (2)',
      'barr: attribution=c2,c7 (2)',
      'peskov: denial=c3 (1)',
      'kremlin: denial=c5 (1)',
      'pompeo: attribution=c2 (1)',
      'lavrov: denial=c9 (1)',
      '(none): assertion=c8 (1)',
    ])
    expect(result.claimCount).toBe(8)
    const barr = result.rows[1]
    expect(barr.cells.attribution.map((c) => [c.articleId, c.id])).toEqual([[w.article.A1, 'c2'], [w.article.A2, 'c7']])
    expect(barr.members.map((a) => a.name)).toEqual(['William Barr'])
    expect(result.events.map((e) => e.name)).toEqual(['Breach of US agencies'])
  })

  it('rolls members up into their countries: Russia against the United States, each claim once per row', async () => {
    const w = await build(WORLD)
    const result = await w.call<EventComparison>('compare.event', { eventId: w.event.breach, rollUp: { to: 'top' } })
    expect(table(w, result)).toEqual(['us: assertion=c6 attribution=c1,c2,c7 (4)', 'russia: denial=c3,c5,c9 (3)', '(none): assertion=c8 (1)'])
    expect(result.rows[0].members.map((a) => a.name)).toEqual(['Joe Biden', 'Mike Pompeo', 'William Barr'])
    expect(result.rows[1].members.map((a) => a.name)).toEqual(['Dmitry Peskov', 'Kremlin', 'Sergei Lavrov'])
  })

  it('rolls up to a chosen level or to chosen actors', async () => {
    const w = await build(WORLD)
    const level1 = await w.call<EventComparison>('compare.event', { eventId: w.event.breach, rollUp: { to: 'level', level: 1 } })
    expect(table(w, level1)).toEqual([
      'biden: assertion=c6 attribution=c1 (2)',
      'kremlin: denial=c3,c5 (2)',
      'barr: attribution=c2,c7 (2)',
      'pompeo: attribution=c2 (1)',
      'mfa: denial=c9 (1)',
      '(none): assertion=c8 (1)',
    ])
    const chosen = await w.call<EventComparison>('compare.event', { eventId: w.event.breach, rollUp: { to: 'actors', actorIds: [w.actor.kremlin, w.actor.us] } })
    expect(table(w, chosen)).toEqual(['us: assertion=c6 attribution=c1,c2,c7 (4)', 'kremlin: denial=c3,c5 (2)', 'lavrov: denial=c9 (1)', '(none): assertion=c8 (1)'])
  })

  it('sorts by name, includes sub-events when asked, and filters by outlet, kind, dates and tags', async () => {
    const w = await build(WORLD)
    const byName = await w.call<EventComparison>('compare.event', { eventId: w.event.breach, sort: 'name' })
    expect(byName.rows.map((r) => r.actor?.name ?? null)).toEqual(['Dmitry Peskov', 'Joe Biden', 'Kremlin', 'Mike Pompeo', 'Sergei Lavrov', 'William Barr', null])

    const relations = await w.call<EventComparison>('compare.event', { eventId: w.event.relations, includeChildren: true, rollUp: { to: 'top' } })
    expect(table(w, relations)).toEqual(['us: assertion=c6,c10 attribution=c1,c2,c7 (5)', 'russia: assertion=c4 denial=c3,c5,c9 (4)', '(none): assertion=c8 (1)'])
    expect(relations.events.map((e) => e.name).sort()).toEqual(['Breach of US agencies', 'Sanctions', 'US–Russia relations'])
    const relationsOnly = await w.call<EventComparison>('compare.event', { eventId: w.event.relations })
    expect(table(w, relationsOnly)).toEqual(['pompeo: assertion=c10 (1)'])

    const call = (filters: object) => w.call<EventComparison>('compare.event', { eventId: w.event.breach, rollUp: { to: 'top' }, filters })
    expect(table(w, await call({ outlets: ['Herald'] }))).toEqual(['us: assertion=c6 attribution=c7 (2)', 'russia: denial=c5 (1)', '(none): assertion=c8 (1)'])
    expect(table(w, await call({ kinds: ['denial'] }))).toEqual(['russia: denial=c3,c5,c9 (3)'])
    expect(table(w, await call({ from: '2020-12-21', to: '2020-12-31' }))).toEqual(['us: assertion=c6 attribution=c7 (2)', 'russia: denial=c5 (1)', '(none): assertion=c8 (1)'])
    expect(table(w, await call({ from: '2021-01' }))).toEqual(['russia: denial=c9 (1)'])
    // A2 carries the tag as an article, c9 as a claim.
    expect(table(w, await call({ tags: ['cyber'] }))).toEqual(['russia: denial=c5,c9 (2)', 'us: assertion=c6 attribution=c7 (2)', '(none): assertion=c8 (1)'])
  })

  it('refuses bad options with a message that says what to do', async () => {
    const w = await build(WORLD)
    await expect(w.call('compare.event', { eventId: w.event.breach, filters: { from: '2021-01-01', to: '2020-01-01' } })).rejects.toThrow(/start date \(from\) is after the end date/)
    await expect(w.call('compare.event', { eventId: w.event.breach, rollUp: { to: 'actors', actorIds: ['gone'] } })).rejects.toThrow(/No actor with id “gone”/)
    await expect(w.call('compare.event', { eventId: w.event.breach, filters: { eventIds: ['gone'] } })).rejects.toThrow(/No event with id “gone”/)
    await expect(w.call('compare.event', { eventId: w.event.breach, rollUp: { to: 'sideways' } })).rejects.toMatchObject({ code: 'invalid-input' })
  })
})

describe('compare.outlets', () => {
  const letter = { assertion: 'A', denial: 'D', attribution: 'T' } as Record<string, string>
  const summary = (w: Built, r: OutletComparison) =>
    r.outlets.map((o) => `${o.outlet} [${o.articles} art, ${o.total}]: ` + o.actors.map((a) => `${a.actor ? w.nameOf(a.actor.id) : '(none)'} ${a.total}${Object.entries(a.kinds).filter(([, v]) => v.length).map(([k, v]) => ` ${letter[k]}=${w.keys(v).join(',')}`).join('')}`).join('; '))

  it('shows, for one event, which actors each outlet quotes, how often and with what kinds', async () => {
    const w = await build(WORLD)
    const result = await w.call<OutletComparison>('compare.outlets', { eventId: w.event.breach })
    expect(summary(w, result)).toEqual([
      'Daily [2 art, 4]: peskov 1 D=c3; biden 1 T=c1; pompeo 1 T=c2; lavrov 1 D=c9; barr 1 T=c2',
      'Herald [1 art, 4]: biden 1 A=c6; kremlin 1 D=c5; barr 1 T=c7; (none) 1 A=c8',
    ])
    expect(w.keys(result.outlets[0].kinds.attribution)).toEqual(['c1', 'c2'])
  })

  it('rolls up by membership and keeps the outlets asked for even without claims', async () => {
    const w = await build(WORLD)
    const result = await w.call<OutletComparison>('compare.outlets', { eventId: w.event.breach, rollUp: { to: 'top' }, filters: { outlets: ['Daily', 'Gazette'] } })
    expect(summary(w, result)).toEqual(['Daily [2 art, 4]: russia 2 D=c3,c9; us 2 T=c1,c2', 'Gazette [0 art, 0]: '])
  })
})

describe('compare.headToHead', () => {
  const shape = (w: Built, r: HeadToHead) => ({
    shared: r.shared.map((s) => `${s.event.name}: ${s.a.total}/${s.b.total} ${s.a.cells.attribution.map((c) => c.id).join(',')}|${s.b.cells.denial.map((c) => c.id).join(',')}`),
    onlyA: r.onlyA.map((s) => `${s.event.name}: ${w.keys(s.refs).join(',')}`),
    onlyB: r.onlyB.map((s) => `${s.event.name}: ${w.keys(s.refs).join(',')}`),
    withoutEvent: { a: w.keys(r.withoutEvent.a), b: w.keys(r.withoutEvent.b) },
  })

  it('sets two actors (members included) side by side on the events both speak about', async () => {
    const w = await build(WORLD)
    const result = await w.call<HeadToHead>('compare.headToHead', { by: 'actor', a: w.actor.us, b: w.actor.russia, includeMembers: true })
    expect(shape(w, result)).toEqual({
      shared: ['Breach of US agencies: 4/3 c1,c2,c7|c3,c5,c9'],
      onlyA: ['US–Russia relations: c10'],
      onlyB: ['Sanctions: c4'],
      withoutEvent: { a: [], b: ['c11'] },
    })
    expect(result.a.members.map((a) => a.name)).toEqual(['Joe Biden', 'Mike Pompeo', 'William Barr'])
    // Without members, the countries themselves said nothing.
    const bare = await w.call<HeadToHead>('compare.headToHead', { by: 'actor', a: w.actor.us, b: w.actor.russia })
    expect(bare.shared).toEqual([])
  })

  it('sets two outlets side by side', async () => {
    const w = await build(WORLD)
    const result = await w.call<HeadToHead>('compare.headToHead', { by: 'outlet', a: 'Daily', b: 'Herald' })
    expect(shape(w, result)).toEqual({
      shared: ['Breach of US agencies: 4/4 c1,c2|c5'],
      onlyA: ['Sanctions: c4', 'US–Russia relations: c10'],
      onlyB: [],
      withoutEvent: { a: [], b: [] },
    })
    await expect(w.call('compare.headToHead', { by: 'outlet', a: 'Daily', b: 'Daily' })).rejects.toThrow(/two different outlets/)
  })
})
