import { spawn } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { ArticleFile, SCHEMA_VERSION } from '../../../src/shared/domain'
import { WorkspaceStore } from '../../../src/main/services/store/workspace-store'
import { REPO, openTemp, tempDir } from '../helpers'

const text = 'The ministry said the talks would resume.\n\nA spokesman denied any role.'

describe('workspace store', () => {
  it('creates a new workspace as plain JSON files with a schema version', async () => {
    const { dir } = await openTemp()
    const ws = JSON.parse(readFileSync(path.join(dir, 'workspace.json'), 'utf8'))
    expect(ws).toMatchObject({ format: 'claimbook-workspace', schemaVersion: SCHEMA_VERSION })
    expect(existsSync(path.join(dir, 'articles'))).toBe(true)
  })

  it('creates, reads, updates and deletes articles, actors and events, and keeps them across a restart', async () => {
    const { dir, call } = await openTemp()
    const article = await call<{ id: string }>('articles.create', { meta: { title: 'Talks', outlet: 'Daily' }, text })
    const actor = await call<{ id: string }>('actors.create', { name: 'Foreign Ministry', type: 'organisation' })
    const event = await call<{ id: string }>('events.create', { name: 'Talks resume', date: '2020-12-23' })
    await call('actors.update', { id: actor.id, patch: { aliases: ['the ministry'] } })
    await call('events.update', { id: event.id, patch: { name: 'Talks resume (Dec.)' } })
    await call('articles.updateMeta', { id: article.id, patch: { author: 'A. Writer' } })

    const reopened = await openTemp(dir)
    expect(await reopened.call('articles.get', { id: article.id })).toMatchObject({ title: 'Talks', outlet: 'Daily', author: 'A. Writer' })
    expect(await reopened.call('actors.list')).toMatchObject([{ name: 'Foreign Ministry', aliases: ['the ministry'] }])
    expect(await reopened.call('events.list')).toMatchObject([{ name: 'Talks resume (Dec.)', date: '2020-12-23' }])
    // One file per article, readable JSON.
    const file = JSON.parse(readFileSync(path.join(dir, 'articles', `${article.id}.json`), 'utf8'))
    expect(ArticleFile.safeParse(file).success).toBe(true)

    await reopened.call('articles.delete', { id: article.id })
    await reopened.call('actors.delete', { id: actor.id })
    await reopened.call('events.delete', { id: event.id })
    const again = await openTemp(dir)
    expect(await again.call('articles.list')).toEqual([])
    expect(await again.call('actors.list')).toEqual([])
    expect(await again.call('events.list')).toEqual([])
    expect(existsSync(path.join(dir, 'articles', `${article.id}.json`))).toBe(false)
  })

  it('sets a damaged file aside, says so, and opens everything else', async () => {
    const { dir, call } = await openTemp()
    const keep = await call<{ id: string }>('articles.create', { meta: { title: 'Kept' }, text })
    const broken = await call<{ id: string }>('articles.create', { meta: { title: 'Broken' }, text })
    await call('actors.create', { name: 'Kremlin' })
    const brokenFile = path.join(dir, 'articles', `${broken.id}.json`)
    const truncated = readFileSync(brokenFile, 'utf8').slice(0, 50)
    writeFileSync(brokenFile, truncated)
    writeFileSync(path.join(dir, 'events.json'), JSON.stringify({ schemaVersion: 1, events: [{ id: 'x', name: '' }] }))

    const reopened = await openTemp(dir)
    expect(reopened.store.problems).toHaveLength(2)
    expect(reopened.store.problems.join('\n')).toMatch(/could not be read .* moved aside/)
    expect((await reopened.call<{ id: string }[]>('articles.list')).map((a) => a.id)).toEqual([keep.id])
    expect(await reopened.call('actors.list')).toMatchObject([{ name: 'Kremlin' }])
    // The damaged bytes are kept, never overwritten.
    const aside = readdirSync(path.join(dir, 'articles')).find((n) => n.startsWith(`${broken.id}.json.damaged-`))
    expect(aside && readFileSync(path.join(dir, 'articles', aside), 'utf8')).toBe(truncated)
    const info = await reopened.call<{ problems: string[] }>('workspace.info')
    expect(info.problems).toHaveLength(2)
  })

  it('refuses a workspace written by a newer schema version with a clear message', async () => {
    const dir = tempDir()
    writeFileSync(path.join(dir, 'workspace.json'), JSON.stringify({ format: 'claimbook-workspace', schemaVersion: 99, createdAt: 'x', settings: {} }))
    await expect(WorkspaceStore.open(dir)).rejects.toThrow(/newer version of Claimbook.*Update Claimbook/)
  })

  it('leaves no temp files behind and writes valid JSON on every save', async () => {
    const { dir, call } = await openTemp()
    const article = await call<{ id: string }>('articles.create', { meta: { title: 'Many saves' }, text })
    await Promise.all(Array.from({ length: 20 }, (_, i) => call('articles.updateMeta', { id: article.id, patch: { notes: `note ${i}` } })))
    expect(readdirSync(path.join(dir, 'articles')).filter((n) => n.includes('.tmp'))).toEqual([])
    const file = JSON.parse(readFileSync(path.join(dir, 'articles', `${article.id}.json`), 'utf8'))
    expect(file.article.notes).toBe('note 19')
  })

  it('keeps every file valid when the process is killed in the middle of writing', async () => {
    const dir = tempDir()
    const writer = path.join(REPO, 'tests/unit/store/write-forever.ts')
    for (let round = 0; round < 5; round++) {
      // Each round continues from what the previous one left.
      const child = spawn(process.execPath, ['--import', 'tsx', writer, dir], { cwd: REPO, stdio: ['ignore', 'pipe', 'inherit'] })
      // Kill it at a different point of its write loop each round.
      let acknowledged = 0
      await new Promise<void>((resolve) => {
        child.stdout.on('data', (chunk: Buffer) => {
          for (const m of chunk.toString().matchAll(/saved (\d+)/g)) acknowledged = Number(m[1])
          if (acknowledged >= 3 + round * 7) {
            child.kill('SIGKILL')
            resolve()
          }
        })
      })
      await new Promise((r) => child.once('exit', r))
      const store = await WorkspaceStore.open(dir)
      expect(store.problems).toEqual([])
      const article = store.allArticles()[0]
      await store.close()
      // Every acknowledged save is there: the file holds the last save the
      // child reported, or a later one it finished before the kill landed.
      expect(Number(/^save (\d+)$/.exec(article.notes)?.[1])).toBeGreaterThanOrEqual(acknowledged)
    }
  })
})
