// Backups of one open workspace: snapshots on request, before risky
// operations (snapshotBefore), on a schedule in long-running processes, and
// restore. The files and format live in ./snapshots.
import { BackupSettings, type BackupInfo } from '../../../shared/contract-backups'
import type { WorkspaceStore } from '../store/workspace-store'
import { createSnapshot, listSnapshots, pruneSnapshots, restoreSnapshot } from './snapshots'

export { BackupError } from './snapshots'

/** The workspace's backup settings; what is missing or invalid in
 * workspace.json falls back to the defaults. */
export function backupSettings(store: WorkspaceStore): BackupSettings {
  const parsed = BackupSettings.safeParse(store.settings.backups ?? {})
  return parsed.success ? parsed.data : BackupSettings.parse({})
}

export async function configureBackups(store: WorkspaceStore, patch: Partial<BackupSettings>): Promise<BackupSettings> {
  const next = BackupSettings.parse({ ...backupSettings(store), ...patch })
  await store.updateSettings((settings) => ({ ...settings, backups: next }))
  await pruneSnapshots(store.dir, next.keep)
  return next
}

async function take(store: WorkspaceStore, reason: string, skipIfUnchanged = false): Promise<BackupInfo | null> {
  // No write runs while the files are read, so a snapshot is never half of
  // a bulk change.
  const snapshot = await store.exclusive(() => createSnapshot(store.dir, reason, { skipIfUnchanged }))
  await pruneSnapshots(store.dir, backupSettings(store).keep)
  return snapshot
}

/** Takes a snapshot before a bulk operation or anything hard to undo; call
 * it first and go on only when it resolves. */
export async function snapshotBefore(store: WorkspaceStore, reason: string): Promise<BackupInfo> {
  return (await take(store, `before ${reason}`))!
}

export async function createBackup(store: WorkspaceStore, reason = 'made by hand'): Promise<BackupInfo> {
  return (await take(store, reason))!
}

export function listBackups(store: WorkspaceStore): Promise<BackupInfo[]> {
  return listSnapshots(store.dir)
}

/** Restores a backup (after taking one of the current state) and reads the
 * workspace again, all while no other write can run. */
export async function restoreBackup(store: WorkspaceStore, id: string): Promise<{ restored: BackupInfo; before: BackupInfo }> {
  const result = await store.exclusive(async () => {
    const done = await restoreSnapshot(store.dir, id)
    await store.reload()
    return done
  })
  await pruneSnapshots(store.dir, backupSettings(store).keep)
  return result
}

export type BackupSchedule = { stop: () => void; runNow: () => Promise<BackupInfo | null> }

/** Takes a snapshot now (when anything changed since the last one) and then
 * every `intervalMinutes` (read again each time, so a new setting applies
 * from the next run). For the desktop app and the web host, not the CLI. */
export function startBackupSchedule(store: WorkspaceStore, onError: (err: Error) => void = () => undefined): BackupSchedule {
  let timer: NodeJS.Timeout | undefined
  let stopped = false
  const runNow = async () => {
    if (stopped || store.isClosed) return null
    try {
      return await take(store, 'scheduled', true)
    } catch (err) {
      onError(err as Error)
      return null
    }
  }
  const next = () => {
    if (stopped) return
    timer = setTimeout(() => void runNow().then(next), backupSettings(store).intervalMinutes * 60_000)
    timer.unref()
  }
  void runNow().then(next)
  return {
    stop: () => {
      stopped = true
      clearTimeout(timer)
    },
    runNow,
  }
}
