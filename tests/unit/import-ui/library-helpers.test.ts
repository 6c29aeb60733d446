// The library's pure parts: search hits as text pieces (never HTML), row
// selection with ranges, the sort a header click gives, the bulk edit's
// patch, and collecting the ids of a query page by page.
import { describe, expect, it } from 'vitest'
import { patchFrom } from '../../../src/renderer/src/features/library/BulkEditDialog'
import { splitHits } from '../../../src/renderer/src/features/library/hits'
import { addRange, NO_SELECTION, rangeBounds, toggleOne } from '../../../src/renderer/src/features/library/selection'
import { nextSort } from '../../../src/renderer/src/features/library/SortHeader'
import { idsOf } from '../../../src/renderer/src/features/library/useLibraryPages'
import { buildClient } from '../../../src/shared/contract'
import { dispatch } from '../../../src/main/services/api'
import { openTemp } from '../helpers'

describe('search hits', () => {
  it('splits text at the hits, keeping markup as plain text', () => {
    expect(splitHits('a <b>Kremlin</b> denied', [[9, 16]])).toEqual([
      { text: 'a <b>Krem', hit: false },
      { text: 'lin</b>', hit: true },
      { text: ' denied', hit: false },
    ])
  })
  it('sorts, clips and merges hits that overlap or run past the text', () => {
    expect(splitHits('abcdef', [[4, 99], [0, 2], [1, 3]])).toEqual([
      { text: 'abc', hit: true },
      { text: 'd', hit: false },
      { text: 'ef', hit: true },
    ])
    expect(splitHits('abc', [])).toEqual([{ text: 'abc', hit: false }])
    expect(splitHits('', undefined)).toEqual([{ text: '', hit: false }])
  })
})

describe('selection', () => {
  it('toggles one row and ranges from the anchor either way', () => {
    let s = toggleOne(NO_SELECTION, 'a', 5)
    expect([...s.ids]).toEqual(['a'])
    expect(rangeBounds(s, 9)).toEqual([5, 9])
    expect(rangeBounds(s, 2)).toEqual([2, 5])
    s = addRange(s, ['b', 'c'])
    expect([...s.ids].sort()).toEqual(['a', 'b', 'c'])
    expect(s.anchor).toBe(5)
    expect([...toggleOne(s, 'a', 1).ids].sort()).toEqual(['b', 'c'])
  })
})

describe('sorting by a header', () => {
  it('starts names A–Z and numbers high to low, and turns round on a second click', () => {
    expect(nextSort({ by: 'date', direction: 'desc' }, 'title')).toEqual({ by: 'title', direction: 'asc' })
    expect(nextSort({ by: 'title', direction: 'asc' }, 'title')).toEqual({ by: 'title', direction: 'desc' })
    expect(nextSort({ by: 'relevance' }, 'claims')).toEqual({ by: 'claims', direction: 'desc' })
    expect(nextSort({ by: 'outlet' }, 'outlet')).toEqual({ by: 'outlet', direction: 'desc' })
  })
})

describe('the bulk edit patch', () => {
  const empty = { outlet: '', author: '', publishedAt: '', language: '', addTags: '', removeTags: [] as string[] }
  it('sends only the fields filled in, tags split and trimmed', () => {
    expect(patchFrom({ ...empty, outlet: ' The Times ', addTags: 'a, b;a ,, c', removeTags: ['old'] })).toEqual({ outlet: 'The Times', addTags: ['a', 'b', 'c'], removeTags: ['old'] })
  })
  it('says what to fix instead of sending nothing or a bad date', () => {
    expect(patchFrom(empty)).toMatch(/at least one field/)
    expect(patchFrom({ ...empty, publishedAt: '24.12.2020' })).toMatch(/2020-12-24/)
    expect(patchFrom({ ...empty, addTags: 'x'.repeat(101) })).toMatch(/100 characters/)
  })
})

describe('collecting ids', () => {
  it('pages through a query in list order', async () => {
    const { handlers, call } = await openTemp()
    for (let i = 0; i < 7; i++) await call('articles.create', { meta: { title: `Title ${String.fromCharCode(97 + i)}` }, text: `Text number ${i}` })
    const client = buildClient(async (method, input) => {
      const envelope = await dispatch(handlers, method, input)
      if (!envelope.ok) throw new Error(envelope.error.message)
      return envelope.value
    })
    const params = { sort: { by: 'title' as const, direction: 'asc' as const } }
    const all = (await call<{ items: { id: string }[] }>('library.query', { ...params, limit: 50 })).items.map((i) => i.id)
    expect(await idsOf(client, params, 0, 6)).toEqual(all)
    expect(await idsOf(client, params, 2, 4)).toEqual(all.slice(2, 5))
  })
})
