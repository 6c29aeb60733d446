// Export jobs: a long export (a PDF of a hundred articles, a .qdpx of the
// corpus) runs as a job of the workspace's shared job registry (the one
// batch imports use), so the UI follows it with jobs.get, stops it with
// jobs.cancel, and its progress reads "phase, done of total". The finished
// file is kept here, outside the job's status (which is copied on every
// poll), until it is saved or downloaded; only the last few are kept.
import type { ExportJobStatus, ExportRequest, ExportSummary } from '../../../shared/contract-export'
import { jobsFor } from '../import/import-jobs'
import type { WorkspaceStore } from '../store/workspace-store'
import type { ExportInput } from './export-input'
import type { ExportArtifact } from './index'
import { renderExport, type RenderOptions } from './run-export'

// A PDF of a large corpus can be tens of megabytes: keep only a few.
const KEEP_FILES = 4

const filesOf = new WeakMap<WorkspaceStore, Map<string, ExportArtifact>>()

export class JobNotFoundError extends Error {}
export class JobNotReadyError extends Error {}

/** Starts building `input` as `request.format`; returns the job's first status. */
export function startExportJob(store: WorkspaceStore, request: ExportRequest, input: ExportInput, options: Pick<RenderOptions, 'pdfRenderer'> = {}): ExportJobStatus {
  const summary: ExportSummary = { format: request.format, fileName: '', size: 0 }
  let jobId = ''
  const status = jobsFor(store).start('export', summary, async (ctx) => {
    const artifact = await renderExport(request, input, {
      ...options,
      signal: ctx.signal,
      onProgress: ({ phase, done, total }) => ctx.progress({ done, total, current: phase }),
    })
    ctx.signal.throwIfAborted()
    ctx.summary.fileName = artifact.fileName
    ctx.summary.size = typeof artifact.data === 'string' ? Buffer.byteLength(artifact.data) : artifact.data.byteLength
    keep(store, jobId, artifact)
  })
  jobId = status.id
  return status as ExportJobStatus
}

/** The file of a finished export job, or an error that says why there is none. */
export function exportedFile(store: WorkspaceStore, jobId: string): ExportArtifact {
  const status = jobsFor(store).get(jobId)
  if (!status || status.kind !== 'export') throw new JobNotFoundError(`No export job “${jobId}”: it may have finished long ago or the workspace was reopened. Start the export again.`)
  const file = filesOf.get(store)?.get(jobId)
  if (status.state === 'done' && file) return file
  const why =
    status.state === 'running'
      ? 'is still running'
      : status.state === 'failed'
        ? `failed: ${status.message}`
        : status.state === 'cancelled'
          ? 'was cancelled'
          : `is no longer kept (only the last ${KEEP_FILES} are); start it again`
  throw new JobNotReadyError(`This export ${why}; there is no file to save.`)
}

function keep(store: WorkspaceStore, jobId: string, artifact: ExportArtifact): void {
  const files = filesOf.get(store) ?? filesOf.set(store, new Map()).get(store)!
  files.set(jobId, artifact)
  for (const old of [...files.keys()].slice(0, Math.max(0, files.size - KEEP_FILES))) files.delete(old)
}

