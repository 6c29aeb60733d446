// Backups: rolling, small (only changed files are stored, compressed),
// configurable in workspace.json, taken on a schedule, before bulk
// operations and before a restore; a restore brings the workspace back and
// the store reads it again.
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { BackupInfo, BackupSettings } from '../../../src/shared/contract-backups'
import type { Article } from '../../../src/shared/domain'
import { snapshotBefore, startBackupSchedule } from '../../../src/main/services/backups'
import { finishInterruptedRestore } from '../../../src/main/services/backups/snapshots'
import { dispatch } from '../../../src/main/services/api'
import { openTemp } from '../helpers'

const long = Array.from({ length: 300 }, (_, i) => `Paragraph ${i}: the ministry said on Tuesday that the talks would resume next week.`).join('\n\n')

async function workspace() {
  const ctx = await openTemp()
  const articles: Article[] = []
  for (let i = 0; i < 5; i++) articles.push(await ctx.call<Article>('articles.create', { meta: { title: `Article ${i}` }, text: long }))
  await ctx.call('actors.create', { name: 'Kremlin' })
  return { ...ctx, articles }
}

/** Every file of the workspace outside .backups, with its bytes. */
function files(dir: string): Record<string, string> {
  const out: Record<string, string> = {}
  const walk = (rel: string) => {
    for (const e of readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      if (e.name.startsWith('.')) continue
      const r = rel ? `${rel}/${e.name}` : e.name
      if (e.isDirectory()) walk(r)
      else out[r] = readFileSync(path.join(dir, r), 'utf8')
    }
  }
  walk('')
  return out
}

afterEach(() => {
  vi.useRealTimers()
})

describe('backups', () => {
  it('lists, creates and restores through the API; the restore is itself undoable and the store reloads', async () => {
    const { dir, call, articles } = await workspace()
    const before = files(dir)
    const first = await call<BackupInfo>('backups.create', { reason: 'before my experiment' })
    expect(first).toMatchObject({ reason: 'before my experiment', files: Object.keys(before).length })

    // Changes after the backup: an edit, a deletion, a new actor.
    await call('articles.updateMeta', { id: articles[0].id, patch: { title: 'Renamed' } })
    await call('articles.delete', { id: articles[1].id })
    await call('actors.create', { name: 'White House' })
    const after = files(dir)

    const result = await call<{ restored: BackupInfo; before: BackupInfo }>('backups.restore', { id: first.id })
    expect(result.restored.id).toBe(first.id)
    expect(result.before.reason).toMatch(/^before restoring the backup of /)
    expect(files(dir)).toEqual(before)
    // The store read the restored files: the app shows them at once.
    expect(await call<Article>('articles.get', { id: articles[0].id })).toMatchObject({ title: 'Article 0' })
    expect(await call<Article>('articles.get', { id: articles[1].id })).toMatchObject({ title: 'Article 1' })
    expect((await call<{ name: string }[]>('actors.list')).map((a) => a.name)).toEqual(['Kremlin'])

    // And the state before the restore is a backup too.
    await call('backups.restore', { id: result.before.id })
    expect(files(dir)).toEqual(after)
    const list = await call<BackupInfo[]>('backups.list')
    expect(list.map((b) => b.reason)).toEqual([expect.stringMatching(/^before restoring/), expect.stringMatching(/^before restoring/), 'before my experiment'])
    expect(list.every((b) => b.sizeBytes > 0 && b.createdAt)).toBe(true)
  })

  it('stores only what changed, compressed', async () => {
    const { dir, call, store, articles } = await workspace()
    const raw = Object.values(files(dir)).reduce((n, t) => n + Buffer.byteLength(t), 0)
    const first = await call<BackupInfo>('backups.create', {})
    expect(first.addedBytes).toBeGreaterThan(0)
    expect(first.addedBytes).toBeLessThan(raw / 4) // compressed
    const unchanged = await call<BackupInfo>('backups.create', {})
    expect(unchanged.addedBytes).toBe(0)
    expect(unchanged.sizeBytes).toBe(first.sizeBytes)
    await call('articles.updateMeta', { id: articles[2].id, patch: { notes: 'one change' } })
    const oneChange = await call<BackupInfo>('backups.create', {})
    // One article file and nothing else was stored again.
    const articleBytes = statSync(path.join(store.articlesDir, `${articles[2].id}.json`)).size
    expect(oneChange.addedBytes).toBeGreaterThan(0)
    expect(oneChange.addedBytes).toBeLessThan(articleBytes)
    expect(oneChange.addedBytes).toBeLessThan(first.addedBytes / 3)
  })

  it('keeps the configured number of backups and removes what only older ones used', async () => {
    const { dir, call, articles } = await workspace()
    expect(await call<BackupSettings>('backups.settings')).toEqual({ keep: 30, intervalMinutes: 30 })
    expect(await call<BackupSettings>('backups.configure', { keep: 2 })).toEqual({ keep: 2, intervalMinutes: 30 })
    expect(JSON.parse(readFileSync(path.join(dir, 'workspace.json'), 'utf8')).settings.backups).toEqual({ keep: 2, intervalMinutes: 30 })
    for (let i = 0; i < 4; i++) {
      await call('articles.updateMeta', { id: articles[0].id, patch: { notes: `edit ${i}` } })
      await call('backups.create', { reason: `b${i}` })
    }
    expect((await call<BackupInfo[]>('backups.list')).map((b) => b.reason)).toEqual(['b3', 'b2'])
    // Objects: the files of b2 and b3 only (7 shared files + 2 versions of the edited article).
    const objects = readdirSync(path.join(dir, '.backups/objects'), { recursive: true }).filter((n) => String(n).endsWith('.gz'))
    expect(objects).toHaveLength(Object.keys(files(dir)).length + 1)
  })

  it('refuses bad settings with a clear message and keeps the old ones', async () => {
    const { dir, handlers } = await workspace()
    const before = readFileSync(path.join(dir, 'workspace.json'), 'utf8')
    for (const [input, message] of [
      [{ keep: 0 }, /keep at least one backup/],
      [{ intervalMinutes: 100_000 }, /at most a day/],
      [{}, /name what to change/],
      [{ keep: 3, extra: 1 }, /Unrecognized key/],
    ] as const) {
      const envelope = await dispatch(handlers, 'backups.configure', input)
      expect(envelope).toMatchObject({ ok: false, error: { code: 'invalid-input', message: expect.stringMatching(message) } })
    }
    expect(readFileSync(path.join(dir, 'workspace.json'), 'utf8')).toBe(before)
  })

  it('refuses to restore an unknown or damaged backup, changing nothing', async () => {
    const { dir, handlers, call } = await workspace()
    const backup = await call<BackupInfo>('backups.create', {})
    await call('actors.create', { name: 'Later' })
    const state = files(dir)
    expect(await dispatch(handlers, 'backups.restore', { id: 'nope' })).toMatchObject({ ok: false, error: { code: 'not-found', message: expect.stringMatching(/No backup with id “nope”/) } })
    // Damage one object of the backup.
    const objects = path.join(dir, '.backups/objects')
    const prefix = readdirSync(objects)[0]
    const object = path.join(objects, prefix, readdirSync(path.join(objects, prefix))[0])
    writeFileSync(object, 'not gzip')
    expect(await dispatch(handlers, 'backups.restore', { id: backup.id })).toMatchObject({ ok: false, error: { code: 'bad-file', message: expect.stringMatching(/incomplete.*Nothing was changed; pick an older backup/) } })
    expect(files(dir)).toEqual(state)
    expect(await call<BackupInfo[]>('backups.list')).toHaveLength(1) // no snapshot taken for a refused restore
  })

  it('finishes a restore a crash interrupted, on the next open', async () => {
    const { dir, call, store } = await workspace()
    const backup = await call<BackupInfo>('backups.create', {})
    const wanted = files(dir)
    await call('actors.create', { name: 'Later' })
    await store.close()
    // As if a restore had died after writing its marker and one file.
    writeFileSync(path.join(dir, '.backups/restoring.json'), JSON.stringify({ id: backup.id }))
    const { store: reopened, call: again } = await openTemp(dir)
    expect(reopened.problems).toEqual([expect.stringMatching(/restore of the backup of .* was interrupted; it has now been completed/)])
    expect(files(dir)).toEqual(wanted)
    expect((await again<{ name: string }[]>('actors.list')).map((a) => a.name)).toEqual(['Kremlin'])
    expect(existsSync(path.join(dir, '.backups/restoring.json'))).toBe(false)
    expect(await finishInterruptedRestore(dir)).toBeNull()
  })

  it('snapshotBefore takes a backup named after the operation that follows', async () => {
    const { store, call } = await workspace()
    const info = await snapshotBefore(store, 'merging 3 actors')
    expect(info.reason).toBe('before merging 3 actors')
    expect((await call<BackupInfo[]>('backups.list'))[0].id).toBe(info.id)
  })

  it('takes scheduled backups on its timer, only when something changed', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    const { store, call, articles } = await workspace()
    await call('backups.configure', { intervalMinutes: 10 })
    const schedule = startBackupSchedule(store)
    const count = async () => (await call<BackupInfo[]>('backups.list')).length
    await vi.waitFor(async () => expect(await count()).toBe(1)) // one at start
    await vi.advanceTimersByTimeAsync(10 * 60_000)
    await vi.waitFor(async () => expect(vi.getTimerCount()).toBe(1)) // the next run is planned
    expect(await count()).toBe(1) // nothing changed: nothing taken
    await call('articles.updateMeta', { id: articles[0].id, patch: { notes: 'changed' } })
    await vi.advanceTimersByTimeAsync(10 * 60_000)
    await vi.waitFor(async () => expect(await count()).toBe(2))
    expect((await call<BackupInfo[]>('backups.list'))[0].reason).toBe('scheduled')
    schedule.stop()
    expect(vi.getTimerCount()).toBe(0)
  })

  it('keeps backups out of git and out of the snapshot itself', async () => {
    const { dir, call } = await workspace()
    await call('backups.create', {})
    const second = await call<BackupInfo>('backups.create', {})
    expect(readFileSync(path.join(dir, '.backups/.gitignore'), 'utf8')).toBe('*\n')
    expect(second.files).toBe(Object.keys(files(dir)).length)
    rmSync(path.join(dir, '.backups'), { recursive: true })
    expect(await call('backups.list')).toEqual([])
  })
})
