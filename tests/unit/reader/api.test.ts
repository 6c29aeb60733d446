// The server side of the reader: the codebook, the explicit text edit and the
// restore of claim records that undo and redo rely on.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { addClaimMark, findQuote } from '../../../src/shared/body'
import type { CodebookTag } from '../../../src/shared/contract-codebook'
import type { SavedBlocks } from '../../../src/shared/contract-reader'
import type { Actor, Article, Claim } from '../../../src/shared/domain'
import { openTemp } from '../helpers'

async function articleWithClaim() {
  const ctx = await openTemp()
  const created = await ctx.call<Article>('articles.create', { meta: { title: 'Talks' }, text: 'The minister said talks would resume.\n\nOfficials denied any role.' })
  const at = findQuote(created.body, 'talks would resume')!
  const article = await ctx.call<Article>('articles.saveBody', { id: created.id, body: addClaimMark(created.body, at.start, at.end, 'c1', 'assertion') })
  return { ...ctx, article }
}

describe('the codebook', () => {
  it('creates tags with colours in turn, refuses a duplicate name, renames and removes them on claims', async () => {
    const { call, dir, article } = await articleWithClaim()
    const security = await call<CodebookTag>('codebook.create', { name: 'security' })
    const economy = await call<CodebookTag>('codebook.create', { name: 'economy', description: 'Costs and trade' })
    expect(security.colour).toMatch(/^#[0-9A-F]{6}$/)
    expect(economy.colour).not.toBe(security.colour)
    await expect(call('codebook.create', { name: 'Security' })).rejects.toThrow(/already has a tag “security”/)
    await expect(call('codebook.create', { name: 'x', colour: 'red' })).rejects.toThrow(/#4477AA/)
    expect((await call<CodebookTag[]>('codebook.list')).map((t) => t.name)).toEqual(['economy', 'security'])

    await call('claims.update', { articleId: article.id, claimId: 'c1', patch: { tags: ['security', 'economy'] } })
    const renamed = await call<{ tag: CodebookTag; renamedOnClaims: number }>('codebook.update', { id: security.id, patch: { name: 'national security', colour: '#000000' } })
    expect(renamed).toMatchObject({ tag: { name: 'national security', colour: '#000000' }, renamedOnClaims: 1 })
    expect((await call<Article>('articles.get', { id: article.id })).claims[0].tags).toEqual(['national security', 'economy'])

    expect(await call('codebook.delete', { id: economy.id })).toEqual({ removedFromClaims: 1 })
    expect((await call<Article>('articles.get', { id: article.id })).claims[0].tags).toEqual(['national security'])
    // Kept in workspace.json, so it travels with the workspace.
    const file = JSON.parse(readFileSync(path.join(dir, 'workspace.json'), 'utf8'))
    expect(file.settings.codebook.tags.map((t: CodebookTag) => t.name)).toEqual(['national security'])
  })

  it('reports a hand-damaged codebook instead of overwriting it', async () => {
    const { call, store } = await openTemp()
    await store.updateSettings((s) => ({ ...s, codebook: { tags: [{ name: 42 }] } }))
    await expect(call('codebook.list')).rejects.toThrow(/codebook in workspace.json cannot be read.*left as it is/)
    await expect(call('codebook.create', { name: 'security' })).rejects.toThrow(/cannot be read/)
    expect(store.settings.codebook).toEqual({ tags: [{ name: 42 }] })
  })
})

describe('editing the source text', () => {
  it('saveBody still refuses a text change; editText accepts it and the claims follow their marks', async () => {
    const { call, article } = await articleWithClaim()
    const body = structuredClone(article.body)
    // Mend a typo before the claim: "minister" -> "prime minister".
    const first = body.content[0].content!
    first[0] = { ...first[0], text: first[0].text.replace('The minister', 'The prime minister') }
    await expect(call('articles.saveBody', { id: article.id, body })).rejects.toThrow(/text cannot change while coding/)
    const edited = await call<Article>('articles.editText', { id: article.id, body })
    expect(edited.claims).toHaveLength(1)
    expect(edited.claims[0]).toMatchObject({ id: 'c1', quote: 'talks would resume', start: 24, end: 42 })
    await expect(call('articles.editText', { id: article.id, body: { type: 'doc', content: [{ type: 'paragraph' }] } })).rejects.toThrow(/edited text is empty/)
  })
})

describe('saving the blocks that changed', () => {
  it('saves the coding of one paragraph, answers with what changed, and refuses text changes and a stale body', async () => {
    const { call, article } = await articleWithClaim()
    const second = article.body.content[1]
    const marked = addClaimMark({ type: 'doc', content: [second] }, 0, 9, 'c2', 'denial').content[0]
    const saved = await call<SavedBlocks>('articles.saveBlocks', { id: article.id, blockCount: 2, blocks: [{ index: 1, block: marked }] })
    expect(saved.changed.map((c) => [c.id, c.quote])).toEqual([['c2', 'Officials']])
    expect(saved).toMatchObject({ removed: [], claimCount: 2 })
    const stored = await call<Article>('articles.get', { id: article.id })
    expect(stored.body.content[0]).toEqual(article.body.content[0])
    expect(stored.claims.map((c) => c.quote)).toEqual(['talks would resume', 'Officials'])

    const unmarked = { ...second }
    const removed = await call<SavedBlocks>('articles.saveBlocks', { id: article.id, blockCount: 2, blocks: [{ index: 1, block: unmarked }] })
    expect(removed).toMatchObject({ changed: [], removed: ['c2'], claimCount: 1 })

    const reworded = { type: 'paragraph', content: [{ type: 'text', text: 'Officials admitted a role.' }] }
    await expect(call('articles.saveBlocks', { id: article.id, blockCount: 2, blocks: [{ index: 1, block: reworded }] })).rejects.toThrow(/text cannot change while coding \(paragraph 2/)
    await expect(call('articles.saveBlocks', { id: article.id, blockCount: 3, blocks: [{ index: 1, block: marked }] })).rejects.toThrow(/changed elsewhere/)
    await expect(call('articles.saveBlocks', { id: article.id, blockCount: 2, blocks: [{ index: 2, block: marked }] })).rejects.toThrow(/Paragraph 3 does not exist/)
    expect((await call<Article>('articles.get', { id: article.id })).claims.map((c) => c.id)).toEqual(['c1'])
  })
})

describe('restoring claim records', () => {
  it('puts links, note, tags and timestamps back exactly, and checks everything first', async () => {
    const { call, article } = await articleWithClaim()
    const actor = await call<Actor>('actors.create', { name: 'Minister' })
    const before = article.claims[0]
    await call<Claim>('claims.update', { articleId: article.id, claimId: 'c1', patch: { speakers: [actor.id], note: 'checked', tags: ['economy'] } })
    const record = { id: 'c1', speakers: before.speakers, targets: before.targets, eventId: before.eventId, cue: before.cue, note: before.note, tags: before.tags, createdAt: before.createdAt, updatedAt: before.updatedAt }
    const [restored] = await call<Claim[]>('claims.restore', { articleId: article.id, claims: [record] })
    expect(restored).toEqual(before)
    expect((await call<Article>('articles.get', { id: article.id })).claims).toEqual([before])

    await expect(call('claims.restore', { articleId: article.id, claims: [{ ...record, id: 'nope' }] })).rejects.toThrow(/not in “Talks”/)
    await expect(call('claims.restore', { articleId: article.id, claims: [{ ...record, speakers: ['gone1'] }] })).rejects.toThrow(/actor “gone1”.*deleted/)
    expect((await call<Article>('articles.get', { id: article.id })).claims).toEqual([before])
  })
})
