// A suggestion accepted with narrowed boundaries stays hidden after a
// reload: the back end hides a suggestion when a claim overlaps its content
// by half of the shorter of the two (the evaluation's rule), not only when a
// claim covers half of the content.
import { describe, expect, it } from 'vitest'
import { addClaimMark } from '../../../src/shared/body'
import type { ArticleSuggestions } from '../../../src/shared/contract-suggest'
import type { Article } from '../../../src/shared/domain'
import { overlapsByHalf } from '../../../src/shared/span-overlap'
import { openTemp } from '../helpers'

const TEXT = [
  'Smith said that the new bridge over the river would be finished before the winter and that the tolls would stay low for everyone.',
  'The weather was fine.',
].join('\n\n')

async function withArticle() {
  const ctx = await openTemp()
  const article = await ctx.call<Article>('articles.create', { meta: { title: 'Bridge' }, text: TEXT })
  const first = await ctx.call<ArticleSuggestions>('suggest.forArticle', { articleId: article.id })
  const target = first.claims.find((c) => c.content.text.includes('new bridge'))
  if (!target) throw new Error(`no suggestion for the bridge: ${JSON.stringify(first.claims)}`)
  return { ...ctx, article, first, target }
}

describe('a claim that codes a suggestion', () => {
  it('hides it when narrowed to well under half of its content, also after the workspace is opened again', async () => {
    const { dir, store, call, article, target } = await withArticle()
    const words = 'the new bridge over the river'
    const start = TEXT.indexOf(words)
    // Narrowed: a third of the content or less.
    expect(words.length).toBeLessThan((target.content.end - target.content.start) / 2)
    const body = addClaimMark(article.body, start, start + words.length, 'c1', 'assertion')
    await call<Article>('articles.saveBody', { id: article.id, body })
    const after = await call<ArticleSuggestions>('suggest.forArticle', { articleId: article.id })
    expect(after.claims.map((c) => c.id)).not.toContain(target.id)

    await store.close()
    const reopened = await openTemp(dir)
    const again = await reopened.call<ArticleSuggestions>('suggest.forArticle', { articleId: article.id })
    expect(again.claims.map((c) => c.id)).not.toContain(target.id)
    expect(again.rejectedCount).toBe(0)
  })

  it('does not hide it when the claim only touches it', async () => {
    const { call, article, target } = await withArticle()
    // From the speaker into the first two letters of the content: the
    // overlap is far from half of either span.
    const body = addClaimMark(article.body, 0, target.content.start + 2, 'c1', 'assertion')
    await call<Article>('articles.saveBody', { id: article.id, body })
    const after = await call<ArticleSuggestions>('suggest.forArticle', { articleId: article.id })
    expect(after.claims.map((c) => c.id)).toContain(target.id)
  })
})

describe('overlapsByHalf', () => {
  it('is the evaluation’s rule: at least half of the shorter span, and something at all', () => {
    expect(overlapsByHalf(0, 100, 10, 20)).toBe(true) // inside
    expect(overlapsByHalf(0, 100, 95, 105)).toBe(true) // half of the shorter (10)
    expect(overlapsByHalf(0, 100, 96, 106)).toBe(false)
    expect(overlapsByHalf(0, 10, 10, 20)).toBe(false) // touching
    expect(overlapsByHalf(5, 5, 5, 5)).toBe(false) // empty
  })
})
