// Schema migrations, run when a workspace is opened. The zod schemas in
// shared/domain.ts describe only the current version; a migration works on
// the raw JSON of one version and returns the next. Each file carries its own
// schemaVersion and is migrated and written on its own (atomically), and
// workspace.json is written last: a crash part-way leaves every file at the
// old or the new version, and the next open finishes the job.
import { promises as fs } from 'node:fs'
import path from 'node:path'
import { SCHEMA_VERSION } from '../../../shared/domain'
import { writeFileAtomic } from './atomic-json-file'

type Json = unknown
type FileKind = 'workspace' | 'actors' | 'events' | 'article'

/** One step from version `from` to `from + 1`, per kind of file. */
export type Migration = { from: number; describe: string } & { [K in FileKind]: (json: Json) => Json }

const isObject = (v: Json): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)

export const MIGRATIONS: Migration[] = [
  {
    // Version 0 is the layout before files carried a version: registries
    // were bare arrays and an article file was the article itself.
    from: 0,
    describe: 'wrap every file in { schemaVersion, ... }',
    workspace: (json) => ({ ...(json as object), schemaVersion: 1 }),
    actors: (json) => (Array.isArray(json) ? { schemaVersion: 1, actors: json } : { ...(json as object), schemaVersion: 1 }),
    events: (json) => (Array.isArray(json) ? { schemaVersion: 1, events: json } : { ...(json as object), schemaVersion: 1 }),
    article: (json) => (isObject(json) && !('article' in json) ? { schemaVersion: 1, article: json } : { ...(json as object), schemaVersion: 1 }),
  },
]

/** The schema version a file's JSON was written with (0 before versions). */
export function versionOf(json: Json): number {
  return isObject(json) && typeof json.schemaVersion === 'number' ? json.schemaVersion : 0
}

export function migrate(kind: FileKind, json: Json, to = SCHEMA_VERSION): Json {
  let current = json
  for (let v = versionOf(json); v < to; v++) {
    const step = MIGRATIONS.find((m) => m.from === v)
    if (!step) throw new Error(`no migration from schema ${v}`)
    current = step[kind](current)
  }
  return current
}

async function readJson(file: string): Promise<Json | undefined> {
  try {
    return JSON.parse(await fs.readFile(file, 'utf8'))
  } catch {
    // Missing or unreadable: the loader reports and sets aside what it must.
    return undefined
  }
}

async function migrateFile(file: string, kind: FileKind): Promise<void> {
  const json = await readJson(file)
  if (json === undefined || versionOf(json) >= SCHEMA_VERSION) return
  await writeFileAtomic(file, JSON.stringify(migrate(kind, json), null, 1) + '\n')
}

/** The version of a workspace that needs migrating, or null. */
export async function pendingMigration(dir: string): Promise<number | null> {
  const json = await readJson(path.join(dir, 'workspace.json'))
  if (json === undefined || !isObject(json)) return null
  const version = versionOf(json)
  return version < SCHEMA_VERSION ? version : null
}

/** Migrates every file of a workspace to the current schema. The caller takes
 * a backup first. */
export async function migrateWorkspace(dir: string): Promise<void> {
  await migrateFile(path.join(dir, 'actors.json'), 'actors')
  await migrateFile(path.join(dir, 'events.json'), 'events')
  const articles = path.join(dir, 'articles')
  const names = await fs.readdir(articles).catch(() => [] as string[])
  for (const name of names.filter((n) => n.endsWith('.json') && !n.startsWith('.'))) await migrateFile(path.join(articles, name), 'article')
  await migrateFile(path.join(dir, 'workspace.json'), 'workspace')
}
