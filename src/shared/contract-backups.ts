// Backups: rolling snapshots of the workspace (see
// src/main/services/backups/). Spread into `contract` in contract.ts.
import { z } from 'zod'
import { def } from './contract-def'
import { Id, patchOf } from './domain'

/** Kept in workspace.json under `settings.backups`. */
export const BackupSettings = z
  .object({
    /** How many snapshots to keep; older ones are removed. */
    keep: z.number().int().min(1, 'keep at least one backup').max(500, 'keep at most 500 backups').default(30),
    /** Minutes between scheduled snapshots (taken only when something changed). */
    intervalMinutes: z.number().int().min(1, 'the interval is at least one minute').max(1_440, 'the interval is at most a day (1440 minutes)').default(30),
  })
  .strict()
export type BackupSettings = z.infer<typeof BackupSettings>

export type BackupInfo = {
  id: string
  createdAt: string
  /** Why it was taken: "scheduled", "made by hand", "before restoring …", "before …". */
  reason: string
  /** Compressed bytes of all the files it holds (shared with other backups). */
  sizeBytes: number
  /** Compressed bytes it added to the backups folder (files that had changed). */
  addedBytes: number
  files: number
}

export const backupMethods = {
  /** Newest first. */
  'backups.list': def<BackupInfo[]>()(z.object({}).strict()),
  'backups.create': def<BackupInfo>()(z.object({ reason: z.string().trim().max(200).optional() }).strict()),
  /** Takes a backup of the current state, then restores `id`; the workspace
   * is read again from disk, so every view must reload its data. */
  'backups.restore': def<{ restored: BackupInfo; before: BackupInfo }>()(z.object({ id: Id }).strict()),
  'backups.settings': def<BackupSettings>()(z.object({}).strict()),
  'backups.configure': def<BackupSettings>()(
    // patchOf: optional fields without defaults, so a patch changes only
    // what it names.
    (patchOf(BackupSettings) as z.ZodType<Partial<BackupSettings>>).refine((patch) => patch.keep !== undefined || patch.intervalMinutes !== undefined, 'name what to change: keep, intervalMinutes or both'),
  ),
}
