// Snapshots of a workspace folder, kept in `<workspace>/.backups/`.
//
// Why inside the workspace: a backup must travel with the workspace when it
// is moved, copied or synced, and be found by whichever Claimbook opens it,
// without a per-machine registry. It guards against what Claimbook itself can
// do wrong (a bad edit, a bulk operation, a migration, a damaged file); a
// deleted folder is the job of the computer's own backups.
//
// Why content-addressed: each file's bytes are stored once, gzipped, under
// their sha256 (`objects/`), and a snapshot is a small manifest naming the
// hash of every file (`snapshots/<id>.json`). A snapshot therefore costs only
// the files that changed since the last one; unchanged articles cost nothing.
//
// Every write here is atomic and the manifest is written last, so a crash
// leaves at worst unreferenced objects, removed by the next prune.
import { createHash } from 'node:crypto'
import { promises as fs } from 'node:fs'
import path from 'node:path'
import { gunzipSync, gzipSync } from 'node:zlib'
import { nanoid } from 'nanoid'
import { z } from 'zod'
import { writeFileAtomic } from '../store/atomic-json-file'

export const BACKUPS_DIR = '.backups'
const OBJECTS = 'objects'
const SNAPSHOTS = 'snapshots'
const RESTORING = 'restoring.json'

/** A path inside the workspace as a manifest stores it: forward slashes, no
 * `..`, no dot-files (backups, the lock, temp files and .git stay out). */
const RelativePath = z
  .string()
  .max(500)
  .refine((p) => p.split('/').every((part) => part !== '' && !part.startsWith('.') && !part.includes('\\') && !part.includes('\0')), 'unsafe path')

const Manifest = z.object({
  format: z.literal('claimbook-backup'),
  version: z.literal(1),
  id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/),
  createdAt: z.string(),
  reason: z.string().max(200),
  files: z.array(z.object({ path: RelativePath, sha256: z.string().regex(/^[0-9a-f]{64}$/), size: z.number().int().min(0) })),
  sizeBytes: z.number().int().min(0),
  addedBytes: z.number().int().min(0),
})
type Manifest = z.infer<typeof Manifest>

export type SnapshotInfo = { id: string; createdAt: string; reason: string; sizeBytes: number; addedBytes: number; files: number }

/** A backup that cannot be used (missing or damaged); nothing was changed. */
export class BackupError extends Error {
  constructor(
    readonly code: 'not-found' | 'bad-file',
    message: string,
  ) {
    super(message)
  }
}

const backupsDir = (dir: string) => path.join(dir, BACKUPS_DIR)
const objectPath = (dir: string, sha: string) => path.join(backupsDir(dir), OBJECTS, sha.slice(0, 2), `${sha}.gz`)
const manifestPath = (dir: string, id: string) => path.join(backupsDir(dir), SNAPSHOTS, `${id}.json`)
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex')

function info(m: Manifest): SnapshotInfo {
  return { id: m.id, createdAt: m.createdAt, reason: m.reason, sizeBytes: m.sizeBytes, addedBytes: m.addedBytes, files: m.files.length }
}

// Operations on one workspace's backups run one at a time in this process
// (the workspace lock keeps other processes out), so a prune never removes
// the objects of a snapshot being written.
const queues = new Map<string, Promise<unknown>>()
function serial<T>(dir: string, fn: () => Promise<T>): Promise<T> {
  const run = (queues.get(dir) ?? Promise.resolve()).then(fn)
  const settled = run.catch(() => undefined)
  queues.set(dir, settled)
  void settled.then(() => {
    if (queues.get(dir) === settled) queues.delete(dir)
  })
  return run
}

/** Every file of the workspace a snapshot covers, as relative paths. */
export async function workspaceFiles(dir: string, sub = ''): Promise<string[]> {
  let entries: import('node:fs').Dirent[]
  try {
    entries = await fs.readdir(path.join(dir, sub), { withFileTypes: true })
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return []
    throw err
  }
  const out: string[] = []
  for (const e of entries) {
    if (e.name.startsWith('.')) continue
    const rel = sub ? `${sub}/${e.name}` : e.name
    if (e.isDirectory()) out.push(...(await workspaceFiles(dir, rel)))
    else if (e.isFile()) out.push(rel)
  }
  return out.sort()
}

async function readManifest(file: string): Promise<Manifest | null> {
  try {
    const parsed = Manifest.safeParse(JSON.parse(await fs.readFile(file, 'utf8')))
    return parsed.success ? parsed.data : null
  } catch {
    return null
  }
}

async function manifests(dir: string): Promise<Manifest[]> {
  let names: string[]
  try {
    names = await fs.readdir(path.join(backupsDir(dir), SNAPSHOTS))
  } catch {
    return []
  }
  const all = await Promise.all(names.filter((n) => n.endsWith('.json') && !n.startsWith('.')).map((n) => readManifest(path.join(backupsDir(dir), SNAPSHOTS, n))))
  // Newest first; ids start with their time so ties still order.
  return all.filter((m): m is Manifest => m !== null).sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id))
}

export async function listSnapshots(dir: string): Promise<SnapshotInfo[]> {
  return (await manifests(dir)).map(info)
}

async function ensureBackupsDir(dir: string): Promise<void> {
  await fs.mkdir(path.join(backupsDir(dir), SNAPSHOTS), { recursive: true })
  await fs.mkdir(path.join(backupsDir(dir), OBJECTS), { recursive: true })
  // A workspace kept under git should not commit its backups.
  const ignore = path.join(backupsDir(dir), '.gitignore')
  await fs.writeFile(ignore, '*\n', { flag: 'wx' }).catch(() => undefined)
}

function snapshotId(createdAt: string): string {
  return `${createdAt.replace(/[:.]/g, '-')}-${nanoid(6).replace(/[^A-Za-z0-9]/g, 'x')}`
}

/** Takes a snapshot of the workspace. With `skipIfUnchanged`, returns null
 * (and writes nothing) when every file is as in the newest snapshot. */
export function createSnapshot(dir: string, reason: string, options: { skipIfUnchanged?: boolean } = {}): Promise<SnapshotInfo | null> {
  return serial(dir, async () => {
    await ensureBackupsDir(dir)
    const files: Manifest['files'] = []
    let sizeBytes = 0
    let addedBytes = 0
    for (const rel of await workspaceFiles(dir)) {
      let bytes: Buffer
      try {
        bytes = await fs.readFile(path.join(dir, rel))
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ENOENT') continue // deleted meanwhile
        throw err
      }
      const sha = sha256(bytes)
      const object = objectPath(dir, sha)
      const stored = await fs.stat(object).catch(() => null)
      if (stored) sizeBytes += stored.size
      else {
        const gz = gzipSync(bytes)
        await fs.mkdir(path.dirname(object), { recursive: true })
        await writeFileAtomic(object, gz)
        sizeBytes += gz.length
        addedBytes += gz.length
      }
      files.push({ path: rel, sha256: sha, size: bytes.length })
    }
    if (options.skipIfUnchanged) {
      const [latest] = await manifests(dir)
      if (latest && JSON.stringify(latest.files) === JSON.stringify(files)) return null
    }
    const createdAt = new Date().toISOString()
    const manifest: Manifest = { format: 'claimbook-backup', version: 1, id: snapshotId(createdAt), createdAt, reason: reason.slice(0, 200), files, sizeBytes, addedBytes }
    await writeFileAtomic(manifestPath(dir, manifest.id), JSON.stringify(manifest, null, 1) + '\n')
    return info(manifest)
  })
}

/** Keeps the newest `keep` snapshots and removes the objects no kept
 * snapshot names (and temp files a crash may have left). */
export function pruneSnapshots(dir: string, keep: number): Promise<number> {
  return serial(dir, async () => {
    const all = await manifests(dir)
    const drop = all.slice(Math.max(1, keep))
    for (const m of drop) await fs.rm(manifestPath(dir, m.id), { force: true })
    const used = new Set(all.slice(0, Math.max(1, keep)).flatMap((m) => m.files.map((f) => f.sha256)))
    const objects = path.join(backupsDir(dir), OBJECTS)
    for (const prefix of await fs.readdir(objects).catch(() => [] as string[])) {
      for (const name of await fs.readdir(path.join(objects, prefix)).catch(() => [] as string[])) {
        const sha = name.replace(/\.gz$/, '')
        if (name.endsWith('.tmp') || !used.has(sha)) await fs.rm(path.join(objects, prefix, name), { force: true })
      }
    }
    return drop.length
  })
}

/** Reads every file of a snapshot and checks it against its hash, so a
 * restore starts only when the whole snapshot is there and intact. */
async function loadSnapshot(dir: string, id: string): Promise<{ manifest: Manifest; files: Map<string, Buffer> }> {
  const manifest = await readManifest(manifestPath(dir, id))
  if (!manifest || manifest.id !== id) throw new BackupError('not-found', `No backup with id “${id}” in this workspace. Refresh the list of backups and pick one of those.`)
  const files = new Map<string, Buffer>()
  for (const f of manifest.files) {
    let bytes: Buffer
    try {
      bytes = gunzipSync(await fs.readFile(objectPath(dir, f.sha256)))
    } catch {
      throw new BackupError('bad-file', `The backup of ${manifest.createdAt} is incomplete (${f.path} is missing or damaged). Nothing was changed; pick an older backup.`)
    }
    if (sha256(bytes) !== f.sha256) throw new BackupError('bad-file', `The backup of ${manifest.createdAt} is damaged (${f.path} does not match its checksum). Nothing was changed; pick an older backup.`)
    files.set(f.path, bytes)
  }
  return { manifest, files }
}

/** The files of a snapshot (relative path → bytes), checked. */
export async function snapshotFiles(dir: string, id: string): Promise<Map<string, Buffer>> {
  return (await loadSnapshot(dir, id)).files
}

/** Makes the workspace files what they were in the snapshot: writes every
 * file of it and removes the Claimbook data files (.json) it did not have.
 * Other files a researcher put in the folder are left alone. */
async function applySnapshot(dir: string, files: Map<string, Buffer>): Promise<void> {
  for (const [rel, bytes] of files) {
    const target = path.join(dir, ...rel.split('/'))
    await fs.mkdir(path.dirname(target), { recursive: true })
    await writeFileAtomic(target, bytes)
  }
  for (const rel of await workspaceFiles(dir)) {
    if (rel.endsWith('.json') && !files.has(rel)) await fs.rm(path.join(dir, ...rel.split('/')), { force: true })
  }
}

/** Checks a snapshot, takes a snapshot of the current state (so a restore can
 * itself be undone), then restores. A marker file makes an interrupted
 * restore finish on the next open (see finishInterruptedRestore). */
export function restoreSnapshot(dir: string, id: string): Promise<{ restored: SnapshotInfo; before: SnapshotInfo }> {
  return loadSnapshot(dir, id).then(async ({ manifest, files }) => {
    const when = manifest.createdAt.replace('T', ' ').slice(0, 19)
    const before = (await createSnapshot(dir, `before restoring the backup of ${when}`))!
    await serial(dir, async () => {
      await writeFileAtomic(path.join(backupsDir(dir), RESTORING), JSON.stringify({ id }) + '\n')
      await applySnapshot(dir, files)
      await fs.rm(path.join(backupsDir(dir), RESTORING), { force: true })
    })
    return { restored: info(manifest), before }
  })
}

/** Completes a restore a crash interrupted; returns a message for the user,
 * or null when there was none. */
export async function finishInterruptedRestore(dir: string): Promise<string | null> {
  const marker = path.join(backupsDir(dir), RESTORING)
  let id: string
  try {
    id = z.object({ id: z.string() }).parse(JSON.parse(await fs.readFile(marker, 'utf8'))).id
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null
    await fs.rm(marker, { force: true })
    return 'A restore from a backup was interrupted and its record is unreadable; check your recent work and restore again from Backups if something is missing.'
  }
  try {
    const { manifest, files } = await loadSnapshot(dir, id)
    await serial(dir, () => applySnapshot(dir, files))
    await fs.rm(marker, { force: true })
    return `A restore of the backup of ${manifest.createdAt} was interrupted; it has now been completed.`
  } catch (err) {
    await fs.rm(marker, { force: true })
    return `A restore from a backup was interrupted and cannot be completed (${(err as Error).message}). The state before the restore is kept as a backup; restore it from Backups.`
  }
}
