// The library at scale: search (prefix, fuzzy, ranked, with hit positions),
// sort, filters, facets and paging; an index that follows every change and
// is saved, loaded, and re-checked against the articles on open.
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { addClaimMark, findQuote } from '../../../src/shared/body'
import type { LibraryPage } from '../../../src/shared/contract-import'
import type { Article } from '../../../src/shared/domain'
import { indexFilePath } from '../../../src/main/services/search/index-file'
import { LibraryIndex } from '../../../src/main/services/search/library-index'
import { WorkspaceStore } from '../../../src/main/services/store/workspace-store'
import { openTemp } from '../helpers'

const ARTICLES = [
  { title: 'Russia sees relations with US going from bad to worse', outlet: 'RFE/RL', publishedAt: '2020-12-24', tags: ['russia'], text: 'Ryabkov said the sanctions on 45 companies were a door slammed loudly.\n\nThe Kremlin has denied any role in the hacking.' },
  { title: 'Biden vows response to the breach', outlet: 'AP', publishedAt: '2020-12-22', tags: ['cyber', 'usa'], text: 'Biden said hackers “can be assured that we will respond” to the breach of US agencies.' },
  { title: 'Macron at the Élysée', outlet: 'Le Monde', publishedAt: '2021-01-05', tags: ['france'], text: 'The president spoke at the Élysée palace about European sanctions policy.' },
  { title: 'Weather report', outlet: 'AP', publishedAt: '', tags: [], text: 'Snow is expected across the region; no sanctioned activity is planned.' },
  { title: 'Kremlin spokesman on ties', outlet: 'TASS', publishedAt: '2020-12-23', tags: ['russia'], text: 'Peskov said there was nothing positive in ties with Washington.' },
]

async function library() {
  const ws = await openTemp()
  const ids: string[] = []
  for (const a of ARTICLES) {
    const article = await ws.call<Article>('articles.create', { meta: { title: a.title, outlet: a.outlet, publishedAt: a.publishedAt, tags: a.tags }, text: a.text })
    ids.push(article.id)
  }
  const query = (input: object = {}) => ws.call<LibraryPage>('library.query', input)
  return { ...ws, ids, query }
}

describe('searching', () => {
  it('matches prefixes and typos, ranks title hits first, and gives hit positions in a snippet', async () => {
    const { query } = await library()
    const page = await query({ query: 'sanct' })
    expect(page.items.map((i) => i.title)).toEqual(expect.arrayContaining(['Russia sees relations with US going from bad to worse', 'Macron at the Élysée', 'Weather report']))
    expect(page.total).toBe(3)
    for (const item of page.items) {
      expect(item.snippet!.hits.length).toBeGreaterThan(0)
      for (const [a, b] of item.snippet!.hits) expect(item.snippet!.text.slice(a, b).toLowerCase()).toMatch(/^sanction/)
    }
    // A typo still finds the word; without fuzzy matching it does not.
    expect((await query({ query: 'Kremlim' })).items.map((i) => i.title)).toEqual(['Kremlin spokesman on ties', 'Russia sees relations with US going from bad to worse'])
    expect((await query({ query: 'Kremlim', fuzzy: false })).total).toBe(0)
    // The title hit ranks first, and its position in the title is given.
    const kremlin = await query({ query: 'kremlin' })
    expect(kremlin.items[0]).toMatchObject({ title: 'Kremlin spokesman on ties', titleHits: [[0, 7]] })
    // Every word must match; accents do not matter.
    expect((await query({ query: 'biden breach' })).items.map((i) => i.title)).toEqual(['Biden vows response to the breach'])
    expect((await query({ query: 'elysee' })).items.map((i) => i.title)).toEqual(['Macron at the Élysée'])
    expect((await query({ query: 'zzzz qqqq' })).total).toBe(0)
  })
})

describe('sorting, filtering, paging', () => {
  it('sorts by date, outlet, title and claim count, undated and outlet-less last', async () => {
    const { query } = await library()
    const titles = async (sort: object) => (await query({ sort })).items.map((i) => i.title)
    expect(await titles({ by: 'date' })).toEqual(['Macron at the Élysée', 'Russia sees relations with US going from bad to worse', 'Kremlin spokesman on ties', 'Biden vows response to the breach', 'Weather report'])
    expect(await titles({ by: 'date', direction: 'asc' })).toEqual(['Biden vows response to the breach', 'Kremlin spokesman on ties', 'Russia sees relations with US going from bad to worse', 'Macron at the Élysée', 'Weather report'])
    expect(await titles({ by: 'outlet' })).toEqual(['Biden vows response to the breach', 'Weather report', 'Macron at the Élysée', 'Russia sees relations with US going from bad to worse', 'Kremlin spokesman on ties'])
    expect(await titles({ by: 'title', direction: 'desc' })).toEqual(['Weather report', 'Russia sees relations with US going from bad to worse', 'Macron at the Élysée', 'Kremlin spokesman on ties', 'Biden vows response to the breach'])
  })

  it('filters by outlet, dates, tags, actors, events and claims, with facets, and pages', async () => {
    const { query, call, ids, store } = await library()
    const actor = await call<{ id: string }>('actors.create', { name: 'Dmitry Peskov', type: 'person' })
    const event = await call<{ id: string }>('events.create', { name: 'Sanctions' })
    const kremlin = store.article(ids[4])!
    const span = findQuote(kremlin.body, 'nothing positive')!
    const saved = await call<Article>('articles.saveBody', { id: kremlin.id, body: addClaimMark(kremlin.body, span.start, span.end, 'c1', 'assertion') })
    await call('claims.update', { articleId: saved.id, claimId: 'c1', patch: { speakers: [actor.id], eventId: event.id } })

    const titles = async (filters: object) => (await query({ filters, sort: { by: 'title' } })).items.map((i) => i.title)
    expect(await titles({ outlets: ['AP'] })).toEqual(['Biden vows response to the breach', 'Weather report'])
    expect(await titles({ from: '2020-12-23', to: '2020-12-31' })).toEqual(['Kremlin spokesman on ties', 'Russia sees relations with US going from bad to worse'])
    expect(await titles({ tags: ['cyber', 'france'] })).toEqual(['Biden vows response to the breach', 'Macron at the Élysée'])
    expect(await titles({ actorIds: [actor.id] })).toEqual(['Kremlin spokesman on ties'])
    expect(await titles({ eventIds: [event.id] })).toEqual(['Kremlin spokesman on ties'])
    expect(await titles({ hasClaims: true })).toEqual(['Kremlin spokesman on ties'])
    expect((await query({ filters: { hasClaims: false } })).total).toBe(4)
    expect((await query({ sort: { by: 'claims' } })).items[0].title).toBe('Kremlin spokesman on ties')

    const page = await query({ filters: { tags: ['russia'] } })
    // The outlet facet counts what the other filters leave.
    expect(page.facets!.outlets).toEqual([
      { value: 'RFE/RL', count: 1 },
      { value: 'TASS', count: 1 },
    ])
    expect(page.facets!.dates).toEqual({ from: '2020-12-23', to: '2020-12-24' })
    const all = await query({ limit: 2, offset: 0, sort: { by: 'title' } })
    const next = await query({ limit: 2, offset: 2, sort: { by: 'title' } })
    expect(all).toMatchObject({ total: 5, offset: 0, limit: 2 })
    expect([...all.items, ...next.items].map((i) => i.title)).toEqual((await query({ sort: { by: 'title' } })).items.slice(0, 4).map((i) => i.title))
  })
})

describe('keeping the index up to date', () => {
  it('follows creates, metadata edits, edits of many articles, body saves and deletes', async () => {
    const { query, call, ids } = await library()
    await query()
    const created = await call<Article>('articles.create', { meta: { title: 'Fresh zeppelin story' }, text: 'A zeppelin landed.' })
    expect((await query({ query: 'zeppelin' })).items.map((i) => i.id)).toEqual([created.id])
    await call('articles.updateMeta', { id: created.id, patch: { title: 'Renamed airship story' } })
    expect((await query({ query: 'airship' })).total).toBe(1)
    expect((await query({ query: 'renamed' })).items[0].title).toBe('Renamed airship story')
    await call('articles.updateMetaMany', { ids: [ids[0], ids[4]], patch: { addTags: ['kremlin-watch'], removeTags: ['russia'] } })
    expect((await query({ filters: { tags: ['kremlin-watch'] } })).total).toBe(2)
    expect((await query({ filters: { tags: ['russia'] } })).total).toBe(0)
    await call('articles.delete', { id: created.id })
    expect((await query({ query: 'zeppelin' })).total).toBe(0)
    expect((await query()).total).toBe(5)
  })

  it('is saved, loaded on the next open without re-reading the articles, and re-checked against them', async () => {
    const { dir, store, query } = await library()
    const before = await query({ query: 'sanctions' })
    const index = await (await import('../../../src/main/services/search/library-index')).libraryIndexFor(store)
    await index.flush()
    await store.close()

    const reopened = await WorkspaceStore.open(dir)
    const loaded = await LibraryIndex.open(reopened)
    expect(loaded.stats).toMatchObject({ loaded: 'file', reindexed: 0 })
    const again = await loaded.query({ query: 'sanctions' })
    expect(again.items.map((i) => [i.id, i.snippet])).toEqual(before.items.map((i) => [i.id, i.snippet]))
    await reopened.close()

    // An article changed behind the app's back (by hand, by git) is seen
    // and re-indexed alone.
    const file = path.join(dir, 'articles', `${before.items[0].id}.json`)
    const json = JSON.parse(readFileSync(file, 'utf8'))
    json.article.title = 'A title edited by hand'
    writeFileSync(file, JSON.stringify(json))
    const third = await WorkspaceStore.open(dir)
    const checked = await LibraryIndex.open(third)
    expect(checked.stats).toMatchObject({ loaded: 'file', reindexed: 1 })
    expect((await checked.query({ query: 'hand' })).items.map((i) => i.title)).toEqual(['A title edited by hand'])
    await checked.flush()
    await third.close()

    // A damaged index is rebuilt from the articles.
    writeFileSync(indexFilePath(dir), '{"format": "claimbook-search-index", "version": 1, "rows": [')
    const fourth = await WorkspaceStore.open(dir)
    const rebuilt = await LibraryIndex.open(fourth)
    expect(rebuilt.stats).toMatchObject({ loaded: 'rebuilt', reason: 'damaged', reindexed: 5 })
    expect((await rebuilt.query({ query: 'sanctions' })).total).toBe(before.total)
    await fourth.close()
  })
})
