// Opening a large workspace without reading every article: the store keeps
// each article's record (all but its body) from the article catalog when the
// file is unchanged, reads a body when the whole article is asked for, and
// still finds, sets aside and reports a damaged file, at open or on the
// first read, as the damaged-workspace tests require.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { addClaimMark, plainText } from '../../../src/shared/body'
import type { Article } from '../../../src/shared/domain'
import { libraryIndexFor } from '../../../src/main/services/search/library-index'
import { catalogPath } from '../../../src/main/services/store/article-catalog'
import { WorkspaceStore } from '../../../src/main/services/store/workspace-store'
import { openTemp } from '../helpers'

const text = (i: number) => `Article ${i}: the ministry said the talks would resume.\n\nA spokesman denied any role in case ${i}.`
const articleFile = (dir: string, id: string) => path.join(dir, 'articles', `${id}.json`)
/** The catalog's entries (its second line; the first is its header). */
const catalogEntries = (dir: string) => JSON.parse(readFileSync(catalogPath(dir), 'utf8').split('\n')[1])

/** A closed workspace of `n` articles, each with one claim; the catalog is
 * written on close. */
async function seeded(n = 4) {
  const ctx = await openTemp()
  const ids: string[] = []
  for (let i = 0; i < n; i++) {
    const a = await ctx.call<Article>('articles.create', { meta: { title: `Title ${i}`, outlet: i % 2 ? 'AP' : 'TASS' }, text: text(i) })
    await ctx.call('articles.saveBody', { id: a.id, body: addClaimMark(a.body, 0, 9, `c${i}`, 'assertion') })
    ids.push(a.id)
  }
  await (await libraryIndexFor(ctx.store)).flush()
  await ctx.store.close()
  return { dir: ctx.dir, ids }
}

describe('articles read on demand', () => {
  it('opens from the catalog without reading an article file, and reads a body only when the article is asked for', async () => {
    const { dir, ids } = await seeded()
    const entries = catalogEntries(dir)
    expect(entries).toHaveLength(ids.length)
    expect(entries[0].record, 'the catalog holds no bodies').not.toHaveProperty('body')

    const ctx = await openTemp(dir)
    await ctx.call('library.query', { limit: 10, sort: { by: 'claims' } })
    await ctx.call('workspace.info')
    await ctx.call('claims.byActor', { id: 'nobody' }).catch(() => undefined)
    expect(ctx.store.articleFilesRead, 'no article file was read to open the workspace and list the library').toBe(0)
    expect(ctx.store.articleRecords().map((r) => r.title).sort()).toEqual(['Title 0', 'Title 1', 'Title 2', 'Title 3'])
    const record = ctx.store.articleRecord(ids[2])!
    expect(record).not.toHaveProperty('body')

    const article = ctx.store.article(ids[2])!
    expect(ctx.store.articleFilesRead).toBe(1)
    expect(plainText(article.body)).toBe(text(2))
    expect(record.textLength).toBe(text(2).length)
    expect(ctx.store.article(ids[2]), 'a body read once is kept').toBe(article)
    expect(ctx.store.articleFilesRead).toBe(1)
  })

  it('reads in full, at open, an article file changed by another program since the catalog was written', async () => {
    const { dir, ids } = await seeded()
    const file = articleFile(dir, ids[1])
    const json = JSON.parse(readFileSync(file, 'utf8'))
    json.article.title = 'Edited elsewhere'
    writeFileSync(file, JSON.stringify(json))
    const { store, call } = await openTemp(dir)
    expect(store.articleRecord(ids[1])!.title).toBe('Edited elsewhere')
    expect((await call<{ items: { title: string }[] }>('library.query', { query: 'elsewhere' })).items.map((i) => i.title)).toEqual(['Edited elsewhere'])
    expect(store.problems).toEqual([])
  })

  it('finds an article file damaged while the workspace is open when its body is first read: set aside and reported, the rest intact', async () => {
    const { dir, ids } = await seeded()
    const { store, call } = await openTemp(dir)
    writeFileSync(articleFile(dir, ids[0]), '{"schemaVersion": 1, "article": {"id": "')
    await expect(call('articles.get', { id: ids[0] })).rejects.toThrow(/No article with id/)
    const aside = readdirSync(path.join(dir, 'articles')).find((n) => n.startsWith(`${ids[0]}.json.damaged-`))
    expect(aside, 'the damaged file was moved aside, not overwritten').toBeDefined()
    const { problems, articles } = await call<{ problems: string[]; articles: number }>('workspace.info')
    expect(problems).toEqual([expect.stringMatching(new RegExp(`^articles/${ids[0]}\\.json could not be read \\(not valid JSON.*moved aside to articles/${aside}.*Restore it from a backup \\(Backups\\) or repair it by hand`))])
    expect(articles).toBe(ids.length - 1)
    expect(store.articleRecord(ids[0])).toBeUndefined()
    expect((await call<{ total: number }>('library.query', {})).total, 'the library drops it too').toBe(ids.length - 1)
    expect(store.article(ids[1])?.title).toBe('Title 1')
  })

  it('opens from the article files when the catalog is damaged, and writes a good one again', async () => {
    const { dir, ids } = await seeded()
    writeFileSync(catalogPath(dir), '{"format": "claimbook-article-catalog", "entr')
    const { store } = await openTemp(dir)
    expect(store.problems, 'the catalog is derived data: nothing to report').toEqual([])
    expect(store.articleCount).toBe(ids.length)
    await store.flushCatalog()
    expect(catalogEntries(dir)).toHaveLength(ids.length)
  })

  it('does not use a catalog changed by anything but the store (its checksum fails)', async () => {
    const { dir, ids } = await seeded()
    writeFileSync(catalogPath(dir), readFileSync(catalogPath(dir), 'utf8').replace('"Title 2"', '"Forged"'))
    const { store } = await openTemp(dir)
    expect(store.articleRecord(ids[2])!.title).toBe('Title 2')
    expect(store.articleFilesRead, 'every article file was read instead').toBe(ids.length)
  })

  it('keeps a save the catalog has not caught up with (a crash before the catalog was written)', async () => {
    const { dir, ids } = await seeded()
    const first = await WorkspaceStore.open(dir)
    await first.putArticle({ ...first.article(ids[3])!, title: 'Saved just before the crash' })
    // No close: the catalog on disk still holds the old title.
    expect(readFileSync(catalogPath(dir), 'utf8')).not.toContain('Saved just before the crash')
    const second = await WorkspaceStore.open(dir)
    expect(second.articleRecord(ids[3])!.title).toBe('Saved just before the crash')
    expect(second.article(ids[3])!.title).toBe('Saved just before the crash')
    await second.close()
    await first.close()
  })

  it('gives claims in context from the records, and keeps them current after a save and a delete', async () => {
    const { dir, ids } = await seeded(3)
    const { store, call } = await openTemp(dir)
    const before = store.claimsInContext().length
    expect(before).toBe(3)
    const article = store.article(ids[0])!
    await call('articles.updateMeta', { id: ids[0], patch: { title: 'Renamed' } })
    expect(store.claimsInContext().filter((c) => c.articleId === ids[0]).every((c) => c.articleTitle === 'Renamed')).toBe(true)
    await call('articles.delete', { id: ids[0] })
    expect(store.claimsInContext().length).toBe(before - article.claims.length)
  })
})

describe('articles written in a group', () => {
  it('writes every article of a group, refuses one from a newer Claimbook alone, and keeps them across a reopen', async () => {
    const { dir, ids } = await seeded(1)
    const newer = JSON.stringify({ schemaVersion: 99, article: { id: ids[0] } })
    writeFileSync(articleFile(dir, ids[0]), newer)
    const { store } = await openTemp(dir)
    const template = { ...(await seededArticle()), claims: [] }
    const results = await store.putArticles([
      { ...template, id: 'group1', title: 'One' },
      { ...template, id: ids[0], title: 'Would overwrite the newer file' },
      { ...template, id: 'group2', title: 'Two' },
    ])
    expect(results.map((r) => r?.message ?? null)).toEqual([null, expect.stringMatching(/newer Claimbook and is never overwritten/), null])
    expect(readFileSync(articleFile(dir, ids[0]), 'utf8')).toBe(newer)
    expect(store.articleRecord('group2')!.title).toBe('Two')
    await store.close()
    const reopened = await WorkspaceStore.open(dir)
    expect(reopened.article('group1')!.title).toBe('One')
    expect(reopened.article('group2')!.title).toBe('Two')
    await reopened.close()
  })
})

/** A valid article to copy from. */
async function seededArticle(): Promise<Article> {
  const ctx = await openTemp()
  return ctx.call<Article>('articles.create', { meta: { title: 'Template' }, text: text(9) })
}
