// suggest.* through the API on temporary workspaces: suggestions for the
// seed article, stable ids, rejections kept in suggestions.json across a
// restart, claims that hide what they cover, the corpus job, and bad input.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { addClaimMark, findQuote } from '../../../src/shared/body'
import type { ArticleSuggestions, SuggestCorpusSummary } from '../../../src/shared/contract-suggest'
import type { JobStatus } from '../../../src/shared/contract-import'
import type { Actor, Article } from '../../../src/shared/domain'
import { openTemp, seed } from '../helpers'

const RYABKOV_QUOTE = '“It would be strange to expect good things from people, many of whom made their careers on Russophobia and throwing mud at my country,”'

async function seeded(dir?: string) {
  const ctx = await openTemp(dir)
  const article = await ctx.call<Article>('articles.importFile', { fileName: 'bad-to-worse.html', dataBase64: seed('bad-to-worse.html').toString('base64') })
  return { ...ctx, article }
}

const byContent = (s: ArticleSuggestions, text: string) => s.claims.find((c) => c.content.text === text)

describe('suggest.forArticle', () => {
  it('suggests the quotes, speakers, cues and kinds of the seed article, with the registry actors matched', async () => {
    const { call, article } = await seeded()
    const ryabkov = await call<Actor>('actors.create', { name: 'Sergei Ryabkov', type: 'person', aliases: ['Ryabkov'] })
    const result = await call<ArticleSuggestions>('suggest.forArticle', { articleId: article.id })
    expect(result.articleId).toBe(article.id)
    expect(result.rejectedCount).toBe(0)

    const quote = byContent(result, RYABKOV_QUOTE)
    expect(quote).toMatchObject({ source: { text: 'Ryabkov' }, cue: { text: 'said' }, kind: 'assertion', speakerIds: [ryabkov.id], rule: 'quote' })
    // Offsets are the article's plain-text coordinates (those of claims).
    const at = findQuote(article.body, RYABKOV_QUOTE)!
    expect([quote!.content.start, quote!.content.end]).toEqual([at.start, at.end])

    // "He said that …" resolves to the last named person: Ryabkov.
    const he = result.claims.find((c) => c.source?.text === 'He' && c.cue?.text === 'said')
    expect(he).toMatchObject({ speakerIds: [ryabkov.id], speakerName: 'Sergei Ryabkov' })
    expect(he!.content.text).toMatch(/^that Russia would not initiate any contacts/)

    expect(result.claims.find((c) => c.cue?.text === 'denied')).toMatchObject({ kind: 'denial', source: { text: 'The Kremlin' }, content: { text: 'any role in the hacking' } })
    expect(result.claims.find((c) => c.cue?.text === 'accused')).toMatchObject({ kind: 'attribution', speakerIds: [ryabkov.id] })

    // Actor suggestions leave out who is in the registry already.
    expect(result.actors.map((a) => a.name)).not.toContain('Sergei Ryabkov')
    expect(result.actors.find((a) => a.name === 'Dmitry Peskov')).toMatchObject({ type: 'person', variants: ['Peskov'] })
  })

  it('gives the same ids for the same text, also after a restart', async () => {
    const { dir, call, store, article } = await seeded()
    const first = await call<ArticleSuggestions>('suggest.forArticle', { articleId: article.id })
    expect(new Set(first.claims.map((c) => c.id)).size).toBe(first.claims.length)
    await store.close()
    const reopened = await openTemp(dir)
    const again = await reopened.call<ArticleSuggestions>('suggest.forArticle', { articleId: article.id })
    expect(again.claims.map((c) => c.id)).toEqual(first.claims.map((c) => c.id))
  })

  it('hides a suggestion once a claim covers most of its content', async () => {
    const { call, article } = await seeded()
    const before = await call<ArticleSuggestions>('suggest.forArticle', { articleId: article.id })
    const target = byContent(before, RYABKOV_QUOTE)!
    const body = addClaimMark(article.body, target.content.start + 1, target.content.end - 2, 'c1', 'assertion')
    await call<Article>('articles.saveBody', { id: article.id, body })
    const after = await call<ArticleSuggestions>('suggest.forArticle', { articleId: article.id })
    expect(after.claims.map((c) => c.id)).not.toContain(target.id)
    expect(after.claims.length).toBe(before.claims.length - 1)
    expect(after.rejectedCount).toBe(0)
  })
})

describe('suggest.reject and suggest.clearRejections', () => {
  it('keeps rejected suggestions hidden across a restart, in suggestions.json, until cleared', async () => {
    const { dir, call, store, article } = await seeded()
    const all = await call<ArticleSuggestions>('suggest.forArticle', { articleId: article.id })
    const gone = all.claims.slice(0, 2).map((c) => c.id)
    expect(await call('suggest.reject', { articleId: article.id, suggestionIds: gone })).toEqual({ rejected: 2 })
    // Rejecting again changes nothing.
    expect(await call('suggest.reject', { articleId: article.id, suggestionIds: [gone[0]] })).toEqual({ rejected: 0 })
    const file = JSON.parse(readFileSync(path.join(dir, 'suggestions.json'), 'utf8'))
    expect(file).toEqual({ schemaVersion: 1, rejected: { [article.id]: [...gone].sort() } })

    await store.close()
    const reopened = await openTemp(dir)
    const after = await reopened.call<ArticleSuggestions>('suggest.forArticle', { articleId: article.id })
    expect(after.rejectedCount).toBe(2)
    expect(after.claims.map((c) => c.id)).toEqual(all.claims.slice(2).map((c) => c.id))

    expect(await reopened.call('suggest.clearRejections', { articleId: article.id })).toEqual({ cleared: 2 })
    const back = await reopened.call<ArticleSuggestions>('suggest.forArticle', { articleId: article.id })
    expect(back.claims.map((c) => c.id)).toEqual(all.claims.map((c) => c.id))
    expect(back.rejectedCount).toBe(0)
    expect(await reopened.call('suggest.clearRejections', { articleId: article.id })).toEqual({ cleared: 0 })
  })

  it('moves a damaged suggestions.json aside, says so, and still suggests', async () => {
    const { dir, store } = await seeded()
    await store.close()
    writeFileSync(path.join(dir, 'suggestions.json'), '{"schemaVersion": 1, "rejected": ')
    const reopened = await openTemp(dir)
    const [article] = reopened.store.allArticles()
    const result = await reopened.call<ArticleSuggestions>('suggest.forArticle', { articleId: article.id })
    expect(result.claims.length).toBeGreaterThan(5)
    expect(readdirSync(dir).some((n) => n.startsWith('suggestions.json.damaged-'))).toBe(true)
    expect(reopened.store.problems.join(' ')).toMatch(/suggestions\.json could not be read .*moved aside/)
  })

  it('refuses bad input with a message and leaves the workspace as it was', async () => {
    const { dir, call, article } = await seeded()
    const snapshot = () => readdirSync(dir).sort()
    const before = snapshot()
    await expect(call('suggest.forArticle', { articleId: 'nope' })).rejects.toMatchObject({ code: 'not-found', message: expect.stringMatching(/No article with id “nope”/) })
    await expect(call('suggest.reject', { articleId: article.id, suggestionIds: [] })).rejects.toMatchObject({ code: 'invalid-input' })
    await expect(call('suggest.reject', { articleId: 'nope', suggestionIds: ['s1'] })).rejects.toMatchObject({ code: 'not-found' })
    await expect(call('suggest.reject', { articleId: article.id, suggestionIds: ['x'.repeat(101)] })).rejects.toMatchObject({ code: 'invalid-input' })
    await expect(call('suggest.forArticle', { articleId: article.id, extra: 1 })).rejects.toMatchObject({ code: 'invalid-input' })
    await expect(call('suggest.startCorpus', { articleIds: [article.id, 'gone'] })).rejects.toMatchObject({ code: 'not-found', message: expect.stringMatching(/“gone”/) })
    expect(snapshot()).toEqual(before)
  })
})

describe('suggest.startCorpus', () => {
  it('runs over every article as a job on the shared registry, with progress and a summary', async () => {
    const { call, store, article } = await seeded()
    const second = await call<Article>('articles.create', { meta: { title: 'Short' }, text: '“We will win,” Smith said.\n\nThe weather was fine.' })
    const started = await call<JobStatus<SuggestCorpusSummary>>('suggest.startCorpus', {})
    expect(started).toMatchObject({ kind: 'suggest', state: 'running', total: 2 })
    const { jobsFor } = await import('../../../src/main/services/import/import-jobs')
    await jobsFor(store).wait(started.id)
    const done = await call<JobStatus<SuggestCorpusSummary>>('jobs.get', { id: started.id })
    const one = await call<ArticleSuggestions>('suggest.forArticle', { articleId: article.id })
    expect(done).toMatchObject({ state: 'done', done: 2, total: 2 })
    expect(done.summary).toMatchObject({ articles: 2, suggestions: one.claims.length + 1, byArticle: { [article.id]: one.claims.length, [second.id]: 1 } })
  })

  it('stops when cancelled, keeping the count of what it did', async () => {
    const { call, store } = await seeded()
    for (let i = 0; i < 5; i++) await call('articles.create', { meta: { title: `A${i}` }, text: `“Number ${i} is fine,” Jones said.` })
    const started = await call<JobStatus<SuggestCorpusSummary>>('suggest.startCorpus', {})
    await call('jobs.cancel', { id: started.id })
    const { jobsFor } = await import('../../../src/main/services/import/import-jobs')
    const end = await jobsFor(store).wait(started.id)
    expect(end?.state).toBe('cancelled')
    expect((end?.summary as SuggestCorpusSummary).articles).toBeLessThan(6)
  })
})
