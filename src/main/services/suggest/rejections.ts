// The suggestions a researcher rejected, per article, so that they never
// come back. Kept in the workspace in their own file, suggestions.json
// (schema-checked on read, written atomically with AtomicJsonFile, inside
// the store's write queue so a backup never sees half a change; backups
// include it like any workspace file). A damaged file is moved aside and
// reported; nothing else depends on it.
import { promises as fs } from 'node:fs'
import path from 'node:path'
import { z } from 'zod'
import { Id, SCHEMA_VERSION } from '../../../shared/domain'
import { AtomicJsonFile, DamagedFileError, NewerFileError } from '../store/atomic-json-file'
import type { WorkspaceStore } from '../store/workspace-store'

export const REJECTIONS_FILE = 'suggestions.json'

const RejectionsFile = z.object({
  schemaVersion: z.number().int().min(1),
  rejected: z.record(Id, z.array(z.string().min(1).max(100)).max(100_000)),
})
type Data = z.infer<typeof RejectionsFile>

type Loaded = { data: Data; adapter: AtomicJsonFile<Data>; mtimeMs: number; size: number; readOnly: boolean }
const loaded = new WeakMap<WorkspaceStore, Loaded>()

const empty = (): Data => ({ schemaVersion: SCHEMA_VERSION, rejected: {} })

async function statOf(file: string): Promise<{ mtimeMs: number; size: number }> {
  const s = await fs.stat(file).catch(() => null)
  return s ? { mtimeMs: s.mtimeMs, size: s.size } : { mtimeMs: 0, size: -1 }
}

/** The rejections of the workspace, read again when the file changed on
 * disk (a restored backup). */
async function load(store: WorkspaceStore): Promise<Loaded> {
  const file = path.join(store.dir, REJECTIONS_FILE)
  const current = loaded.get(store)
  const stat = await statOf(file)
  if (current && current.mtimeMs === stat.mtimeMs && current.size === stat.size) return current
  const adapter = new AtomicJsonFile(file, RejectionsFile, SCHEMA_VERSION)
  let data: Data | null = null
  let readOnly = false
  try {
    data = await adapter.read()
  } catch (err) {
    if (err instanceof NewerFileError) {
      readOnly = true
      store.problems.push(`${REJECTIONS_FILE} was written by a newer Claimbook; rejected suggestions are shown again here and cannot be saved until Claimbook is updated.`)
    } else if (err instanceof DamagedFileError) {
      const aside = `${file}.damaged-${new Date().toISOString().replace(/[:.]/g, '-')}`
      await fs.rename(file, aside)
      store.problems.push(`${REJECTIONS_FILE} could not be read (${err.reason}); it was moved aside to ${path.basename(aside)}. Rejected suggestions may show again: reject them again or restore the file from Backups.`)
    } else throw err
  }
  const next: Loaded = { data: data ?? empty(), adapter, ...(await statOf(file)), readOnly }
  loaded.set(store, next)
  return next
}

export async function rejectedIn(store: WorkspaceStore, articleId: string): Promise<Set<string>> {
  const { data } = await load(store)
  return new Set(Object.hasOwn(data.rejected, articleId) ? data.rejected[articleId] : [])
}

/** Changes the rejections of one article; returns what `fn` returns. Ids
 * of articles that no longer exist are dropped on the way. */
async function change<T>(store: WorkspaceStore, articleId: string, fn: (ids: Set<string>) => T): Promise<T> {
  return store.exclusive(async () => {
    const current = await load(store)
    if (current.readOnly) throw new Error(`${REJECTIONS_FILE} was written by a newer Claimbook and is never overwritten; update Claimbook to change rejections.`)
    const ids = new Set(Object.hasOwn(current.data.rejected, articleId) ? current.data.rejected[articleId] : [])
    const result = fn(ids)
    const rejected: Data['rejected'] = {}
    for (const [id, list] of Object.entries(current.data.rejected)) if (id !== articleId && store.articleRecord(id)) rejected[id] = list
    if (ids.size) rejected[articleId] = [...ids].sort()
    const data = { schemaVersion: SCHEMA_VERSION, rejected }
    await current.adapter.write(data)
    loaded.set(store, { ...current, data, ...(await statOf(current.adapter.filePath)) })
    return result
  })
}

export async function reject(store: WorkspaceStore, articleId: string, suggestionIds: string[]): Promise<number> {
  return change(store, articleId, (ids) => {
    const before = ids.size
    for (const id of suggestionIds) ids.add(id)
    return ids.size - before
  })
}

export async function clearRejections(store: WorkspaceStore, articleId: string): Promise<number> {
  const ids = await rejectedIn(store, articleId)
  if (!ids.size) return 0
  return change(store, articleId, (set) => {
    const n = set.size
    set.clear()
    return n
  })
}
