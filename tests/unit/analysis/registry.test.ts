// The actor registry: membership without loops, merging two actors (claims
// relinked, aliases kept, members moved) and undoing it exactly, and finding
// actors whose names look alike.
import { describe, expect, it } from 'vitest'
import type { MergeResult, MergeSummary, SimilarActors, UnmergeResult } from '../../../src/shared/contract-analysis'
import type { Actor, Article } from '../../../src/shared/domain'
import { openTemp } from '../helpers'
import { build, type Built, type Spec } from './build'

describe('membership', () => {
  it('refuses a membership that would make a loop, naming it', async () => {
    const w = await build({
      actors: [
        { key: 'russia', name: 'Russia' },
        { key: 'mfa', name: 'Russian Foreign Ministry', memberOf: 'russia' },
        { key: 'ryabkov', name: 'Sergei Ryabkov', memberOf: 'mfa' },
      ],
    })
    await expect(w.call('actors.update', { id: w.actor.russia, patch: { memberOf: w.actor.ryabkov } })).rejects.toThrow(
      /“Russia” cannot be a member of “Sergei Ryabkov”, which is already part of it \(Sergei Ryabkov → Russian Foreign Ministry → Russia\)/,
    )
    await expect(w.call('actors.update', { id: w.actor.mfa, patch: { memberOf: w.actor.mfa } })).rejects.toThrow(/cannot be a member of itself/)
    const actors = await w.call<Actor[]>('actors.list')
    expect(actors.find((a) => a.id === w.actor.russia)!.memberOf).toBeNull()
    // Moving a member elsewhere in the tree is fine.
    expect((await w.call<Actor>('actors.update', { id: w.actor.ryabkov, patch: { memberOf: w.actor.russia } })).memberOf).toBe(w.actor.russia)
  })
})

/**
 * “Joe Biden” (alias Biden) and “J. Biden” (alias President-elect Biden,
 * with a description and colour, a member of the United States, with the
 * transition team as its member) are one person.
 *   k1: Joe Biden + J. Biden → Russia      k2: J. Biden → Joe Biden
 *   k3: Russia → J. Biden, Joe Biden       k4: Russia → United States
 */
const TWINS: Spec = {
  actors: [
    { key: 'us', name: 'United States' },
    { key: 'russia', name: 'Russia' },
    { key: 'joe', name: 'Joe Biden', aliases: ['Biden'] },
    { key: 'j', name: 'J. Biden', aliases: ['President-elect Biden', 'biden'], description: 'The president-elect.', colour: '#0072B2', memberOf: 'us' },
    { key: 'team', name: 'Transition team', memberOf: 'j' },
  ],
  articles: [
    {
      key: 'A',
      outlet: 'Daily',
      publishedAt: '2020-12-20',
      claims: [
        { key: 'k1', kind: 'attribution', speakers: ['joe', 'j'], targets: ['russia'] },
        { key: 'k2', kind: 'assertion', speakers: ['j'], targets: ['joe'] },
        { key: 'k3', kind: 'denial', speakers: ['russia'], targets: ['j', 'joe'] },
        { key: 'k4', kind: 'denial', speakers: ['russia'], targets: ['us'] },
      ],
    },
  ],
}

async function state(w: Built) {
  const actors = (await w.call<Actor[]>('actors.list')).map(({ ...a }) => {
    delete (a as Partial<Actor & { claimCount: number }>).claimCount
    return a
  })
  const article = await w.call<Article>('articles.get', { id: w.article.A })
  return { actors, links: article.claims.map((c) => ({ id: c.id, speakers: c.speakers, targets: c.targets })) }
}

describe('actors.merge', () => {
  it('relinks every claim (each actor once), keeps the aliases, moves the members, and undoes exactly', async () => {
    const w = await build(TWINS)
    const before = await state(w)
    const result = await w.call<MergeResult>('actors.merge', { keepId: w.actor.joe, mergeId: w.actor.j })
    expect(result).toMatchObject({ relinkedClaims: 3, movedMembers: 1 })
    expect(result.actor).toMatchObject({
      id: w.actor.joe,
      name: 'Joe Biden',
      aliases: ['Biden', 'J. Biden', 'President-elect Biden'],
      description: 'The president-elect.',
      colour: '#0072B2',
      memberOf: null,
    })
    const after = await state(w)
    expect(after.actors.map((a) => a.name)).toEqual(['Joe Biden', 'Russia', 'Transition team', 'United States'])
    expect(after.actors.find((a) => a.name === 'Transition team')!.memberOf).toBe(w.actor.joe)
    const { joe, russia, us } = w.actor
    expect(after.links).toEqual([
      { id: 'k1', speakers: [joe], targets: [russia] },
      { id: 'k2', speakers: [joe], targets: [joe] },
      { id: 'k3', speakers: [russia], targets: [joe] },
      { id: 'k4', speakers: [russia], targets: [us] },
    ])
    expect(await w.call<MergeSummary[]>('merges.list')).toMatchObject([{ undoId: result.undoId, keep: { name: 'Joe Biden' }, merged: { name: 'J. Biden', id: w.actor.j }, claims: 3, members: 1 }])

    // The undo record is on disk: it survives closing the workspace.
    await w.store.close()
    const reopened = await openTemp(w.dir)
    const undone = await reopened.call<UnmergeResult>('actors.unmerge', { undoId: result.undoId })
    expect(undone).toMatchObject({ restoredClaims: 3, restoredMembers: 1, skipped: [] })
    expect(await state({ ...w, call: reopened.call })).toEqual(before)
    expect(await reopened.call('merges.list')).toEqual([])
    await expect(reopened.call('actors.unmerge', { undoId: result.undoId })).rejects.toThrow(/No merge to undo .* undone already/)
  })

  it('keeps what changed after the merge when undoing, and says so', async () => {
    const w = await build(TWINS)
    const { undoId } = await w.call<MergeResult>('actors.merge', { keepId: w.actor.joe, mergeId: w.actor.j })
    await w.call('claims.update', { articleId: w.article.A, claimId: 'k2', patch: { speakers: [w.actor.russia] } })
    await w.call('actors.update', { id: w.actor.joe, patch: { aliases: ['Biden', 'J. Biden', 'President-elect Biden', 'Uncle Joe'], colour: '#000000' } })
    const undone = await w.call<UnmergeResult>('actors.unmerge', { undoId })
    expect(undone.restoredClaims).toBe(2)
    expect(undone.skipped.join('\n')).toMatch(/1 claim\(s\) had their speakers or targets changed after the merge .*Claim k2/)
    expect(undone.skipped.join('\n')).toMatch(/The colour of “Joe Biden” was changed after the merge/)
    const { links, actors } = await state(w)
    expect(links.find((l) => l.id === 'k2')).toEqual({ id: 'k2', speakers: [w.actor.russia], targets: [w.actor.joe] })
    expect(links.find((l) => l.id === 'k1')!.speakers).toEqual([w.actor.joe, w.actor.j])
    // The alias added by hand stays; those the merge added go.
    expect(actors.find((a) => a.id === w.actor.joe)).toMatchObject({ aliases: ['Biden', 'Uncle Joe'], colour: '#000000', description: '' })
    expect(actors.find((a) => a.id === w.actor.j)).toMatchObject({ name: 'J. Biden', memberOf: w.actor.us })
  })

  it('refuses a merge that would make a membership loop, and merging an actor with itself', async () => {
    const w = await build({
      actors: [
        { key: 'm', name: 'Ministry' },
        { key: 'dept', name: 'Department', memberOf: 'm' },
        { key: 'k', name: 'Office', memberOf: 'dept' },
      ],
    })
    // Department would become a member of Office, itself a member of Department.
    await expect(w.call('actors.merge', { keepId: w.actor.k, mergeId: w.actor.m })).rejects.toThrow(/member of itself \((Office → Department → Office|Department → Office → Department)\)/)
    expect((await w.call<Actor[]>('actors.list')).length).toBe(3)
    expect(await w.call('merges.list')).toEqual([])
    await expect(w.call('actors.merge', { keepId: w.actor.k, mergeId: w.actor.k })).rejects.toThrow(/two different actors/)
  })

  it('undoes merges in any order, but asks to undo a later merge of the kept actor first', async () => {
    const w = await build({ actors: [{ key: 'a', name: 'Alpha' }, { key: 'b', name: 'Beta' }, { key: 'c', name: 'Gamma' }] })
    const first = await w.call<MergeResult>('actors.merge', { keepId: w.actor.b, mergeId: w.actor.a })
    const second = await w.call<MergeResult>('actors.merge', { keepId: w.actor.c, mergeId: w.actor.b })
    expect((await w.call<Actor[]>('actors.list')).map((a) => a.aliases)).toEqual([['Beta', 'Alpha']])
    await expect(w.call('actors.unmerge', { undoId: first.undoId })).rejects.toThrow(/“Beta” was later merged into “Gamma”. Undo that merge first/)
    await w.call('actors.unmerge', { undoId: second.undoId })
    await w.call('actors.unmerge', { undoId: first.undoId })
    expect((await w.call<Actor[]>('actors.list')).map((a) => [a.name, a.aliases])).toEqual([
      ['Alpha', []],
      ['Beta', []],
      ['Gamma', []],
    ])
  })
})

describe('actors.similar', () => {
  it('finds names that look alike once case, accents, punctuation and titles are set aside, with a reason', async () => {
    const ctx = await openTemp()
    const names: [string, string[], string?][] = [
      ['Joe Biden', ['Biden']],
      ['President-elect Joe Biden', []],
      ['J. Biden', []],
      ['Biden administration', []],
      ['Dmitry Peskov', []],
      ['Dmítry PESKOV', []],
      ['Sergei Lavrov', []],
      ['Sergey Lavrov', []],
      ['Donald Trump', []],
      ['Donald Trump Jr.', []],
      ['Russia', ['Moscow']],
      ['Kremlin', ['Moscow'], 'Russia'],
      ['China', []],
    ]
    const ids: Record<string, string> = {}
    for (const [name, aliases] of names) ids[name] = (await ctx.call<Actor>('actors.create', { name, aliases })).id
    for (const [name, , parent] of names) if (parent) await ctx.call('actors.update', { id: ids[name], patch: { memberOf: ids[parent] } })

    const pairs = await ctx.call<SimilarActors[]>('actors.similar', { minScore: 0.7 })
    const shown = pairs.map((p) => `${[p.a.name, p.b.name].sort().join(' = ')} ${p.score}`)
    expect(shown).toEqual([
      'Dmitry Peskov = Dmítry PESKOV 1',
      'Joe Biden = President-elect Joe Biden 1',
      'J. Biden = Joe Biden 0.92',
      'J. Biden = President-elect Joe Biden 0.92',
      'Sergei Lavrov = Sergey Lavrov 0.92',
      'Kremlin = Russia 0.8',
    ])
    const why = (a: string, b: string) => pairs.find((p) => [p.a.name, p.b.name].sort().join() === [a, b].sort().join())!.reason
    expect(why('Joe Biden', 'President-elect Joe Biden')).toMatch(/are the same name once case, accents, punctuation and titles are set aside/)
    expect(why('J. Biden', 'Joe Biden')).toMatch(/match with initials/)
    expect(why('Sergei Lavrov', 'Sergey Lavrov')).toMatch(/spelled alike \(Jaro–Winkler 0\.97\)/)
    expect(why('Kremlin', 'Russia')).toMatch(/“Moscow” and “Moscow”.*linked by membership/)

    // Lower down: a relative, and the alias "Biden" of Joe Biden against J. Biden.
    const loose = await ctx.call<SimilarActors[]>('actors.similar', { minScore: 0.5 })
    expect(loose.find((p) => p.a.name.startsWith('Donald'))).toMatchObject({ score: 0.6, reason: expect.stringMatching(/differ only by “jr”/) })
    expect(loose.some((p) => [p.a.name, p.b.name].includes('Biden administration'))).toBe(false)
    await expect(ctx.call('actors.similar', { minScore: 2 })).rejects.toMatchObject({ code: 'invalid-input' })
  })
})
