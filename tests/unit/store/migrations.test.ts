// Migrations: a workspace written before files carried a schema version
// (version 0: registries as bare arrays, an article file holding the article
// itself) is upgraded on open, after a backup of the old files was taken.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { SCHEMA_VERSION, ArticleFile, ActorsFile, EventsFile, WorkspaceFile } from '../../../src/shared/domain'
import { bodyFromParagraphs } from '../../../src/shared/body'
import { listSnapshots, snapshotFiles } from '../../../src/main/services/backups/snapshots'
import { migrate, MIGRATIONS } from '../../../src/main/services/store/migrations'
import { openTemp, tempDir } from '../helpers'

function versionZeroWorkspace(): { dir: string; files: Record<string, string> } {
  const dir = tempDir()
  const article = {
    id: 'old1',
    title: 'Talks resume',
    provenance: { format: 'paste', importedAt: '2019-05-01T10:00:00Z' },
    body: bodyFromParagraphs(['The ministry said the talks would resume.']),
    claims: [],
  }
  const files: Record<string, string> = {
    'workspace.json': JSON.stringify({ format: 'claimbook-workspace', createdAt: '2019-05-01T10:00:00Z', settings: {} }),
    'actors.json': JSON.stringify([{ id: 'kremlin', name: 'Kremlin', type: 'organisation' }]),
    'events.json': JSON.stringify([{ id: 'talks', name: 'Talks', date: '2019-05-01' }]),
    'articles/old1.json': JSON.stringify(article),
  }
  mkdirSync(path.join(dir, 'articles'))
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text)
  return { dir, files }
}

describe('schema migrations', () => {
  it('has one step from every version before the current one', () => {
    expect(MIGRATIONS.map((m) => m.from)).toEqual(Array.from({ length: SCHEMA_VERSION }, (_, v) => v))
  })

  it('upgrades a version-0 workspace on open, after taking a backup that holds the old files', async () => {
    const { dir, files } = versionZeroWorkspace()
    const { store, call } = await openTemp(dir)
    expect(store.problems).toEqual([expect.stringMatching(/upgraded from an older Claimbook \(schema 0 to 1\)\. A backup of the old version was taken first/)])
    // Every file is now valid at the current version.
    expect(WorkspaceFile.parse(JSON.parse(readFileSync(path.join(dir, 'workspace.json'), 'utf8'))).schemaVersion).toBe(SCHEMA_VERSION)
    expect(ActorsFile.parse(JSON.parse(readFileSync(path.join(dir, 'actors.json'), 'utf8'))).actors[0].name).toBe('Kremlin')
    expect(EventsFile.parse(JSON.parse(readFileSync(path.join(dir, 'events.json'), 'utf8'))).events[0].name).toBe('Talks')
    expect(ArticleFile.parse(JSON.parse(readFileSync(path.join(dir, 'articles/old1.json'), 'utf8'))).article.title).toBe('Talks resume')
    expect(await call('articles.get', { id: 'old1' })).toMatchObject({ title: 'Talks resume' })
    expect(await call('actors.list')).toMatchObject([{ id: 'kremlin', name: 'Kremlin' }])

    // The backup was taken before anything changed: it holds the version-0
    // bytes exactly.
    const [backup] = await listSnapshots(dir)
    expect(backup.reason).toBe('before upgrading from schema 0 to 1')
    const held = await snapshotFiles(dir, backup.id)
    expect(Object.fromEntries([...held].map(([name, bytes]) => [name, bytes.toString('utf8')]))).toEqual(files)

    // Restoring it brings the old files back, and they are upgraded again.
    await call('backups.restore', { id: backup.id })
    expect((await call<{ problems: string[] }>('workspace.info')).problems).toEqual([expect.stringMatching(/upgraded from an older Claimbook \(schema 0 to 1\)/)])
    expect(await call('articles.get', { id: 'old1' })).toMatchObject({ title: 'Talks resume' })
  })

  it('finishes a migration a crash interrupted (files already migrated are left as they are)', async () => {
    const { dir } = versionZeroWorkspace()
    // As if the previous open died after migrating actors.json only.
    const migrated = JSON.stringify(migrate('actors', [{ id: 'kremlin', name: 'Kremlin' }]))
    writeFileSync(path.join(dir, 'actors.json'), migrated)
    const { store, call } = await openTemp(dir)
    expect(store.problems).toHaveLength(1)
    expect(readFileSync(path.join(dir, 'actors.json'), 'utf8')).toBe(migrated)
    expect(await call('events.list')).toMatchObject([{ name: 'Talks' }])
    expect(await call('articles.list')).toMatchObject([{ id: 'old1' }])
  })

  it('does not migrate or back up a current workspace', async () => {
    const { dir } = await openTemp()
    const { store } = await openTemp(dir)
    expect(store.problems).toEqual([])
    expect(await listSnapshots(dir)).toEqual([])
  })
})
