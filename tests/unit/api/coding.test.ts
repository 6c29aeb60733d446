// The researcher's coding loop through the API: claims come from the marks
// the editor saves; links, the actor page and the comparison follow.
import { describe, expect, it } from 'vitest'
import { addClaimMark, findQuote, mapClaimMarks } from '../../../src/shared/body'
import type { Article, Claim } from '../../../src/shared/domain'
import type { Comparison } from '../../../src/shared/contract'
import { openTemp, seed } from '../helpers'

const BIDEN = 'Biden faulted the Trump administration for stripping U.S. defenses against cyberattacks'
const KREMLIN = 'The Kremlin has denied any role in the hacking.'
const TRUMP = 'Trump has downplayed the seriousness of the attack uncovered last week'

async function seededArticle() {
  const ctx = await openTemp()
  const article = await ctx.call<Article>('articles.importFile', { fileName: 'bad-to-worse.html', dataBase64: seed('bad-to-worse.html').toString('base64') })
  return { ...ctx, article }
}

function mark(article: Article, quote: string, id: string, kind: Claim['kind']): Article['body'] {
  const at = findQuote(article.body, quote)
  if (!at) throw new Error(`quote not found: ${quote}`)
  return addClaimMark(article.body, at.start, at.end, id, kind)
}

describe('coding claims', () => {
  it('derives claims, quotes and offsets from the saved marks, and keeps them across a restart', async () => {
    const { dir, call, article } = await seededArticle()
    let body = mark(article, BIDEN, 'c1', 'attribution')
    body = mark({ ...article, body }, KREMLIN, 'c2', 'denial')
    // A nested claim: the attribution contains an assertion.
    body = mark({ ...article, body }, 'stripping U.S. defenses', 'c3', 'assertion')
    const saved = await call<Article>('articles.saveBody', { id: article.id, body })
    expect(saved.claims.map((c) => [c.id, c.kind, c.quote])).toEqual([
      ['c1', 'attribution', BIDEN],
      ['c3', 'assertion', 'stripping U.S. defenses'],
      ['c2', 'denial', KREMLIN],
    ])
    const reopened = await openTemp(dir)
    const again = await reopened.call<Article>('articles.get', { id: article.id })
    expect(again.claims.map((c) => c.quote)).toEqual([BIDEN, 'stripping U.S. defenses', KREMLIN])
    expect((await reopened.call<{ claimCount: number }[]>('articles.list'))[0].claimCount).toBe(3)
  })

  it('retags and deletes claims through their marks', async () => {
    const { call, article } = await seededArticle()
    const first = await call<Article>('articles.saveBody', { id: article.id, body: mark(article, TRUMP, 'c1', 'assertion') })
    const retagged = mapClaimMarks(first.body, 'c1', (attrs) => ({ ...attrs, kind: 'denial' }))
    expect((await call<Article>('articles.saveBody', { id: article.id, body: retagged })).claims[0].kind).toBe('denial')
    const removed = mapClaimMarks(retagged, 'c1', () => null)
    expect((await call<Article>('articles.saveBody', { id: article.id, body: removed })).claims).toEqual([])
  })

  it('refuses a body whose words differ: the source text is read-only while coding', async () => {
    const { call, article } = await seededArticle()
    const edited = structuredClone(article.body)
    edited.content[3].content![0].text = 'Something else entirely.'
    await expect(call('articles.saveBody', { id: article.id, body: edited })).rejects.toThrow(/text cannot change while coding/)
    expect(await call('articles.get', { id: article.id })).toEqual(article)
  })

  it('links speakers, targets and events; compares an event; lists an actor’s claims', async () => {
    const { call, article } = await seededArticle()
    let body = mark(article, BIDEN, 'c1', 'attribution')
    body = mark({ ...article, body }, KREMLIN, 'c2', 'denial')
    body = mark({ ...article, body }, TRUMP, 'c3', 'denial')
    await call('articles.saveBody', { id: article.id, body })
    const biden = await call<{ id: string }>('actors.create', { name: 'Joe Biden', type: 'person', aliases: ['Biden'] })
    const trumpAdmin = await call<{ id: string }>('actors.create', { name: 'Trump administration', type: 'organisation' })
    const kremlin = await call<{ id: string }>('actors.create', { name: 'Kremlin', type: 'organisation' })
    const breach = await call<{ id: string }>('events.create', { name: 'Breach of US government agencies', date: '2020-12-13' })
    await call('claims.update', { articleId: article.id, claimId: 'c1', patch: { speakers: [biden.id], targets: [trumpAdmin.id], eventId: breach.id, note: 'faults' } })
    await call('claims.update', { articleId: article.id, claimId: 'c2', patch: { speakers: [kremlin.id], eventId: breach.id } })
    await call('claims.update', { articleId: article.id, claimId: 'c3', patch: { eventId: breach.id } })

    const comparison = await call<Comparison>('compare.event', { eventId: breach.id })
    const row = (name: string | null) => comparison.rows.find((r) => (r.actor?.name ?? null) === name)!
    expect(row('Joe Biden').cells.attribution.map((c) => c.quote)).toEqual([BIDEN])
    expect(row('Kremlin').cells.denial.map((c) => c.quote)).toEqual([KREMLIN])
    expect(row('Kremlin').cells.attribution).toEqual([])
    // Not yet attributed to a speaker: still shown, last.
    expect(comparison.rows.at(-1)!.actor).toBeNull()
    expect(row(null).cells.denial[0]).toMatchObject({ quote: TRUMP, outlet: 'American Military News', publishedAt: '2020-12-24', articleId: article.id })

    const bidenClaims = await call<{ asSpeaker: Claim[]; asTarget: Claim[] }>('claims.byActor', { id: biden.id })
    expect(bidenClaims.asSpeaker.map((c) => c.quote)).toEqual([BIDEN])
    const trumpAdminClaims = await call<{ asSpeaker: Claim[]; asTarget: Claim[] }>('claims.byActor', { id: trumpAdmin.id })
    expect(trumpAdminClaims.asTarget.map((c) => c.quote)).toEqual([BIDEN])

    // Deleting an actor in use unlinks it; the claim and everything else stay.
    expect(await call('actors.delete', { id: biden.id })).toEqual({ unlinkedClaims: 1 })
    const after = await call<Article>('articles.get', { id: article.id })
    expect(after.claims.find((c) => c.id === 'c1')).toMatchObject({ speakers: [], targets: [trumpAdmin.id], eventId: breach.id, note: 'faults' })
    expect(await call('events.delete', { id: breach.id })).toEqual({ unlinkedClaims: 3 })
    expect((await call<Article>('articles.get', { id: article.id })).claims.every((c) => c.eventId === null)).toBe(true)
  })

  it('refuses links to actors or events that do not exist', async () => {
    const { call, article } = await seededArticle()
    await call('articles.saveBody', { id: article.id, body: mark(article, TRUMP, 'c1', 'denial') })
    await expect(call('claims.update', { articleId: article.id, claimId: 'c1', patch: { speakers: ['nobody'] } })).rejects.toThrow(/No actor with id/)
    await expect(call('claims.update', { articleId: article.id, claimId: 'c1', patch: { eventId: 'nothing' } })).rejects.toThrow(/No event with id/)
    await expect(call('claims.update', { articleId: article.id, claimId: 'zzz', patch: { note: 'x' } })).rejects.toThrow(/No claim/)
  })

  it('searches titles and text', async () => {
    const { call } = await seededArticle()
    await call('articles.create', { meta: { title: 'Another story', outlet: 'Daily' }, text: 'Nothing about hacking here at all.' })
    const hits = await call<{ title: string; snippet?: string }[]>('articles.list', { query: 'kremlin denied' })
    expect(hits.map((h) => h.title)).toEqual(['Russia sees relations with US going ‘from bad to worse’'])
    expect(hits[0].snippet).toMatch(/Kremlin/)
    expect(await call('articles.list', { query: 'no-such-word-anywhere' })).toEqual([])
    expect((await call<unknown[]>('articles.list', { query: 'hacking' })).length).toBe(2)
  })
})
