// Damaged workspaces still open: a damaged file is moved aside (never
// overwritten) and named in a message that says what to do, a file from a
// newer Claimbook is left untouched, a missing folder is reported, and
// everything else is intact.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Article } from '../../../src/shared/domain'
import { WorkspaceStore } from '../../../src/main/services/store/workspace-store'
import { openTemp } from '../helpers'

const text = 'The ministry said the talks would resume.\n\nA spokesman denied any role.'

async function seeded() {
  const ctx = await openTemp()
  const a = await ctx.call<Article>('articles.create', { meta: { title: 'First' }, text })
  const b = await ctx.call<Article>('articles.create', { meta: { title: 'Second' }, text })
  await ctx.call('actors.create', { name: 'Kremlin' })
  await ctx.call('events.create', { name: 'Talks resume', date: '2020-12-23' })
  await ctx.store.close()
  return { dir: ctx.dir, a, b }
}

const articleFile = (dir: string, id: string) => path.join(dir, 'articles', `${id}.json`)

describe('damaged workspaces', () => {
  it('moves an article that is not JSON or not valid aside, names it with what to do, and opens the rest', async () => {
    const { dir, a, b } = await seeded()
    const invalid = JSON.stringify({ schemaVersion: 1, article: { id: b.id, title: '' } })
    writeFileSync(articleFile(dir, a.id), '{"schemaVersion": 1, "article": {"id": "')
    writeFileSync(articleFile(dir, b.id), invalid)
    const { store, call } = await openTemp(dir)
    expect(store.problems).toHaveLength(2)
    for (const [id, bytes] of [[a.id, '{"schemaVersion": 1, "article": {"id": "'], [b.id, invalid]]) {
      const aside = readdirSync(path.join(dir, 'articles')).find((n) => n.startsWith(`${id}.json.damaged-`))!
      expect(readFileSync(path.join(dir, 'articles', aside), 'utf8'), 'the damaged bytes are kept as they were').toBe(bytes)
      expect(store.problems.join('\n')).toContain(`articles/${id}.json could not be read`)
      expect(store.problems.join('\n')).toContain(`moved aside to articles/${aside}`)
    }
    expect(store.problems.join('\n')).toMatch(/Restore it from a backup \(Backups\) or repair it by hand/)
    expect(await call('actors.list')).toMatchObject([{ name: 'Kremlin' }])
    expect(await call('events.list')).toMatchObject([{ name: 'Talks resume' }])
    expect((await call<{ problems: string[] }>('workspace.info')).problems).toEqual(store.problems)
  })

  it('sets a damaged actors.json aside and opens with an empty registry, the articles intact', async () => {
    const { dir, a } = await seeded()
    writeFileSync(path.join(dir, 'actors.json'), '{"schemaVersion": 1, "actors": [{"id": "x"')
    const { store, call } = await openTemp(dir)
    expect(store.problems).toEqual([expect.stringMatching(/^actors\.json could not be read .* moved aside to actors\.json\.damaged-/)])
    expect(await call('actors.list')).toEqual([])
    expect(await call<Article>('articles.get', { id: a.id })).toMatchObject({ title: 'First' })
  })

  it('leaves an article from a newer Claimbook untouched, says so, and never overwrites it', async () => {
    const { dir, a, b } = await seeded()
    const newer = JSON.stringify({ schemaVersion: 99, article: { id: a.id, whatever: 'the future' } })
    writeFileSync(articleFile(dir, a.id), newer)
    const { store, call } = await openTemp(dir)
    expect(store.problems).toEqual([`articles/${a.id}.json was written by a newer Claimbook and was left untouched; update Claimbook to use it.`])
    expect((await call<{ id: string }[]>('articles.list')).map((x) => x.id)).toEqual([b.id])
    await expect(store.putArticle({ ...b, id: a.id })).rejects.toThrow(/newer Claimbook and is never overwritten/)
    expect(readFileSync(articleFile(dir, a.id), 'utf8')).toBe(newer)
  })

  it('refuses a workspace whose workspace.json is from a newer Claimbook, changing nothing', async () => {
    const { dir } = await seeded()
    const newer = JSON.stringify({ format: 'claimbook-workspace', schemaVersion: 2, createdAt: 'x', settings: {} })
    writeFileSync(path.join(dir, 'workspace.json'), newer)
    await expect(WorkspaceStore.open(dir)).rejects.toThrow(/newer version of Claimbook \(schema 2; this one reads 1\)\. Update Claimbook to open it\./)
    expect(readFileSync(path.join(dir, 'workspace.json'), 'utf8')).toBe(newer)
    expect(existsSync(path.join(dir, '.lock')), 'a refused open lets go of the lock').toBe(false)
  })

  it('reports a deleted articles folder and opens with the registries intact', async () => {
    const { dir } = await seeded()
    rmSync(path.join(dir, 'articles'), { recursive: true })
    const { store, call } = await openTemp(dir)
    expect(store.problems).toEqual([expect.stringMatching(/articles folder of this workspace was missing.*put it back \(or restore a backup from Backups\)/)])
    expect(await call('articles.list')).toEqual([])
    expect(await call('actors.list')).toMatchObject([{ name: 'Kremlin' }])
  })

  it('reports a missing workspace.json and keeps the articles', async () => {
    const { dir, a } = await seeded()
    rmSync(path.join(dir, 'workspace.json'))
    const { store, call } = await openTemp(dir)
    expect(store.problems).toEqual([expect.stringMatching(/workspace\.json was missing.*new one was written/)])
    expect(await call<Article>('articles.get', { id: a.id })).toMatchObject({ title: 'First' })
  })

  it('refuses to recreate a workspace folder deleted between runs when asked not to create one', async () => {
    const { dir } = await seeded()
    rmSync(dir, { recursive: true })
    await expect(WorkspaceStore.open(dir, { create: false })).rejects.toThrow(/workspace folder .* no longer exists\. It may have been moved, renamed or deleted: open it from where it is now/)
    expect(existsSync(dir)).toBe(false)
  })

  it('reports a file it cannot read at all (a folder in its place) without touching it', async () => {
    const { dir, b } = await seeded()
    mkdirSync(articleFile(dir, 'strange'))
    const { store, call } = await openTemp(dir)
    expect(store.problems).toEqual([expect.stringMatching(/^articles\/strange\.json could not be read \(.*\)\. It was left where it is/)])
    expect((await call<{ id: string }[]>('articles.list')).map((x) => x.id)).toContain(b.id)
    expect(existsSync(articleFile(dir, 'strange'))).toBe(true)
  })

  it('removes temp files a killed writer left, and nothing else', async () => {
    const { dir, a } = await seeded()
    writeFileSync(path.join(dir, 'articles', `.${a.id}.json.1234.abcd.tmp`), '{"half')
    writeFileSync(path.join(dir, 'notes.txt'), 'mine')
    await openTemp(dir)
    expect(readdirSync(path.join(dir, 'articles')).filter((n) => n.endsWith('.tmp'))).toEqual([])
    expect(readFileSync(path.join(dir, 'notes.txt'), 'utf8')).toBe('mine')
  })
})
