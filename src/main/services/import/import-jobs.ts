// Starting a batch import as a job of the open workspace: the one place the
// API handlers (uploads, the desktop's file dialog) and the command line
// (paths) go through, so they share one behaviour.
import type { ColumnMapping, ImportJobStatus } from '../../../shared/contract-import'
import { openMetadataTable } from '../corpus/metadata'
import { JobRegistry } from '../jobs/job-registry'
import { libraryIndexFor } from '../search/library-index'
import type { WorkspaceStore } from '../store/workspace-store'
import { batchImport, emptySummary, type FileResult } from './batch-import'
import type { ImportSource } from './sources'

const registries = new WeakMap<WorkspaceStore, JobRegistry>()

/** The jobs of an open workspace. */
export function jobsFor(store: WorkspaceStore): JobRegistry {
  let jobs = registries.get(store)
  if (!jobs) registries.set(store, (jobs = new JobRegistry()))
  return jobs
}

export type StartImportOptions = {
  onDuplicate: 'skip' | 'keep'
  annotators: 'first' | 'all'
  metadata?: { fileName: string; bytes: Uint8Array; mapping: ColumnMapping }
  onResult?: (result: FileResult) => void
}

/** Checks the metadata table (a bad table fails here, before any file is
 * read) and starts the job; returns its first status at once. */
export async function startImport(store: WorkspaceStore, source: ImportSource, options: StartImportOptions): Promise<ImportJobStatus> {
  const table = options.metadata ? openMetadataTable(options.metadata.fileName, options.metadata.bytes, options.metadata.mapping) : null
  return jobsFor(store).start(
    'import',
    emptySummary(),
    batchImport(store, () => libraryIndexFor(store), source, { onDuplicate: options.onDuplicate, annotators: options.annotators, table, onResult: options.onResult }),
    source.total,
  )
}
