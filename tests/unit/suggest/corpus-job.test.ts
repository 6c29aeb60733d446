// suggest.startCorpus as the library runs it: the summary names the articles
// with the most open suggestions (most first, with their titles, at most
// SUGGEST_TOP_ARTICLES), counts only what is still open, names an article
// that could not be read and goes on with the others, and stays readable
// after the page is reloaded (jobs.list), while nothing is coded.
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { SUGGEST_TOP_ARTICLES, type ArticleSuggestions, type SuggestCorpusSummary } from '../../../src/shared/contract-suggest'
import type { JobStatus } from '../../../src/shared/contract-import'
import type { Article } from '../../../src/shared/domain'
import { jobsFor } from '../../../src/main/services/import/import-jobs'
import { openTemp } from '../helpers'

/** An article whose text holds `n` quotations, each a suggestion. */
const quotes = (n: number) => Array.from({ length: n }, (_, i) => `“Point ${i + 1} of the plan is settled,” Smith said.`).join('\n\n') || 'The weather was fine.'

async function finished(call: <T>(m: never, i?: unknown) => Promise<T>, store: Parameters<typeof jobsFor>[0], started: JobStatus<SuggestCorpusSummary>) {
  await jobsFor(store).wait(started.id)
  return call<JobStatus<SuggestCorpusSummary>>('jobs.get' as never, { id: started.id })
}

describe('the corpus suggestion job', () => {
  it('names the articles with most open suggestions first, and codes nothing', async () => {
    const { call, store } = await openTemp()
    const made: Record<string, Article> = {}
    for (const [title, n] of [['Two', 2], ['None', 0], ['Five', 5], ['Three', 3]] as const) made[title] = await call<Article>('articles.create', { meta: { title }, text: quotes(n) })
    const started = await call<JobStatus<SuggestCorpusSummary>>('suggest.startCorpus', {})
    const done = await finished(call, store, started)
    expect(done.state).toBe('done')
    expect(done.summary.articles).toBe(4)
    expect(done.summary.suggestions).toBe(10)
    expect(done.summary.top).toEqual([
      { articleId: made.Five.id, title: 'Five', suggestions: 5 },
      { articleId: made.Three.id, title: 'Three', suggestions: 3 },
      { articleId: made.Two.id, title: 'Two', suggestions: 2 },
    ])
    expect(done.summary.byArticle[made.None.id]).toBe(0)
    expect(done.summary.failures).toEqual([])
    for (const a of Object.values(made)) expect(store.articleRecord(a.id)!.claims).toEqual([])
  })

  it('counts only open suggestions: rejected and coded ones are left out', async () => {
    const { call, store } = await openTemp()
    const article = await call<Article>('articles.create', { meta: { title: 'Four' }, text: quotes(4) })
    const open = await call<ArticleSuggestions>('suggest.forArticle', { articleId: article.id })
    await call('suggest.reject', { articleId: article.id, suggestionIds: [open.claims[0].id] })
    const done = await finished(call, store, await call<JobStatus<SuggestCorpusSummary>>('suggest.startCorpus', { articleIds: [article.id] }))
    expect(done.summary.top).toEqual([{ articleId: article.id, title: 'Four', suggestions: 3 }])
  })

  it(`keeps only the ${SUGGEST_TOP_ARTICLES} articles with most suggestions in the list, all of them in the counts`, async () => {
    const { call, store } = await openTemp()
    const ids: string[] = []
    for (let i = 0; i < SUGGEST_TOP_ARTICLES + 5; i++) ids.push((await call<Article>('articles.create', { meta: { title: `A${i}` }, text: quotes(1 + (i % 3)) })).id)
    const done = await finished(call, store, await call<JobStatus<SuggestCorpusSummary>>('suggest.startCorpus', { articleIds: ids }))
    expect(Object.keys(done.summary.byArticle)).toHaveLength(ids.length)
    expect(done.summary.top).toHaveLength(SUGGEST_TOP_ARTICLES)
    const counts = done.summary.top.map((t) => t.suggestions)
    expect(counts).toEqual([...counts].sort((a, b) => b - a))
    expect(counts[0]).toBe(3)
  })

  it('names an article whose file was damaged meanwhile, with what to do, and analyses the others', async () => {
    const { dir, call, store } = await openTemp()
    const bad = await call<Article>('articles.create', { meta: { title: 'Broken' }, text: quotes(2) })
    const good = await call<Article>('articles.create', { meta: { title: 'Fine' }, text: quotes(1) })
    await store.close()
    // Opened again (no body read yet), then another program breaks a file.
    const again = await openTemp(dir)
    writeFileSync(path.join(dir, 'articles', `${bad.id}.json`), '{"schemaVersion": 1, "article": {"id": "')
    const done = await finished(again.call, again.store, await again.call<JobStatus<SuggestCorpusSummary>>('suggest.startCorpus', { articleIds: [bad.id, good.id] }))
    expect(done.state).toBe('done')
    expect(done.summary.articles).toBe(1)
    expect(done.summary.top).toEqual([{ articleId: good.id, title: 'Fine', suggestions: 1 }])
    expect(done.summary.failures).toEqual([{ articleId: bad.id, title: 'Broken', message: expect.stringMatching(/could not be read .*moved aside.*Restore it from a backup/) }])
  })

  it('survives a reload of the page: the finished job and its summary are in jobs.list', async () => {
    const { call, store } = await openTemp()
    await call<Article>('articles.create', { meta: { title: 'One' }, text: quotes(2) })
    const started = await call<JobStatus<SuggestCorpusSummary>>('suggest.startCorpus', {})
    await jobsFor(store).wait(started.id)
    const listed = (await call<JobStatus<SuggestCorpusSummary>[]>('jobs.list', {})).find((j) => j.id === started.id)
    expect(listed).toMatchObject({ kind: 'suggest', state: 'done', summary: { articles: 1, suggestions: 2 } })
  })
})
