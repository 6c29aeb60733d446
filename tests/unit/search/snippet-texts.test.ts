// Search snippets without reading article files: the plain texts are kept in
// the index's texts file, saved and loaded with it; a texts file that is
// missing, cut short or holds other bytes is never trusted (the snippet
// reads the article, and puts the text back for next time).
import { readdirSync, statSync, truncateSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import type { LibraryPage } from '../../../src/shared/contract-import'
import type { Article } from '../../../src/shared/domain'
import { LibraryIndex, libraryIndexFor } from '../../../src/main/services/search/library-index'
import { TextFile } from '../../../src/main/services/search/text-file'
import { WorkspaceStore } from '../../../src/main/services/store/workspace-store'
import { openTemp, tempDir } from '../helpers'

const TEXTS = [
  'Ryabkov said the sanctions on 45 companies were a door slammed loudly.\n\nThe Kremlin has denied any role in the hacking.',
  'Biden said hackers “can be assured that we will respond” to the breach.',
  'The president spoke at the Élysée palace about European sanctions policy.',
]

/** A closed workspace with a saved index; the snippets a search gave. */
async function saved() {
  const ws = await openTemp()
  for (const [i, text] of TEXTS.entries()) await ws.call<Article>('articles.create', { meta: { title: `Article ${i}` }, text })
  const page = await ws.call<LibraryPage>('library.query', { query: 'sanctions' })
  await (await libraryIndexFor(ws.store)).flush()
  await ws.store.close()
  return { dir: ws.dir, page }
}

const textsFile = (dir: string) => path.join(dir, '.index', readdirSync(path.join(dir, '.index')).find((n) => /^texts-.*\.bin$/.test(n))!)
const snippets = (page: LibraryPage) => page.items.map((i) => [i.id, i.snippet])

async function reopen(dir: string) {
  const store = await WorkspaceStore.open(dir)
  const index = await LibraryIndex.open(store)
  return { store, index }
}

describe('snippets from the texts file', () => {
  it('gives the same snippets after a reopen without reading a single article file', async () => {
    const { dir, page } = await saved()
    expect(page.items).toHaveLength(2)
    const { store, index } = await reopen(dir)
    const again = await index.query({ query: 'sanctions' })
    expect(snippets(again)).toEqual(snippets(page))
    expect(store.articleFilesRead).toBe(0)
    await store.close()
  })

  it('reads the article when the texts file was cut short or holds other bytes, and puts the text back', async () => {
    const { dir, page } = await saved()
    truncateSync(textsFile(dir), 10)
    let { store, index } = await reopen(dir)
    expect(snippets(await index.query({ query: 'sanctions' }))).toEqual(snippets(page))
    expect(store.articleFilesRead).toBe(2)
    await index.flush()
    await store.close()
    ;({ store, index } = await reopen(dir))
    expect(snippets(await index.query({ query: 'sanctions' }))).toEqual(snippets(page))
    expect(store.articleFilesRead, 'the texts were put back').toBe(0)
    await store.close()

    writeFileSync(textsFile(dir), 'x'.repeat(10_000))
    ;({ store, index } = await reopen(dir))
    expect(snippets(await index.query({ query: 'sanctions' }))).toEqual(snippets(page))
    await store.close()
  })
})

describe('the texts file', () => {
  it('is compacted once most of it is texts of replaced articles: the live texts move, the old file goes', async () => {
    const folder = path.join(tempDir(), '.index')
    const texts = await TextFile.open(folder, null)
    const big = (i: number) => `${i} ${'é'.repeat(600_000)}`
    const at = Array.from({ length: 9 }, (_, i) => texts.append(big(i)))
    expect(texts.compact(at), 'nothing dead yet').toBeNull()
    for (const old of at.slice(0, 7)) texts.forget(old)
    const oldName = texts.name
    const moved = texts.compact(at.slice(7))!
    expect(texts.name).not.toBe(oldName)
    expect(moved.map((m) => texts.read(m))).toEqual([big(7), big(8)])
    await texts.removeOthers()
    expect(readdirSync(folder).filter((n) => !n.startsWith('.'))).toEqual([texts.name])
    expect(statSync(path.join(folder, texts.name)).size).toBe(moved[0][1] + moved[1][1])
  })

  it('counts what earlier sessions left as dead when opened again', async () => {
    const folder = path.join(tempDir(), '.index')
    const first = await TextFile.open(folder, null)
    const kept = first.append('x'.repeat(100))
    for (let i = 0; i < 9; i++) first.append(`${i}`.repeat(1_000_000))
    const again = await TextFile.open(folder, first.name)
    again.countLive(kept[1])
    const moved = again.compact([kept])!
    expect(moved).not.toBeNull()
    expect(again.read(moved[0])).toBe('x'.repeat(100))
  })
})
