// Handlers of the backups.* methods (see shared/contract-backups.ts).
import { ApiError } from '../../../shared/contract'
import { BackupError, backupSettings, configureBackups, createBackup, listBackups, restoreBackup } from '../backups'
import type { WorkspaceStore } from '../store/workspace-store'

async function asApiError<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn()
  } catch (err) {
    if (err instanceof BackupError) throw new ApiError(err.code, err.message)
    throw err
  }
}

export function backupHandlers(store: WorkspaceStore) {
  return {
    'backups.list': async () => listBackups(store),
    'backups.create': async ({ reason }: { reason?: string }) => createBackup(store, reason || undefined),
    'backups.restore': async ({ id }: { id: string }) => asApiError(() => restoreBackup(store, id)),
    'backups.settings': async () => backupSettings(store),
    'backups.configure': async (patch: { keep?: number; intervalMinutes?: number }) => configureBackups(store, patch),
  }
}
