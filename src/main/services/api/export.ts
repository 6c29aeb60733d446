// Handlers of the export.* methods and workspace.importJson (see
// shared/contract-export.ts). Text formats can be built in one call; every
// format can run as a job with progress and cancel, whose file the desktop
// saves (platform.saveBytes, after a save dialog) and the browser downloads.
import { ApiError } from '../../../shared/contract'
import { TEXT_EXPORT_FORMATS, type ExportRequest } from '../../../shared/contract-export'
import { ExportJobs, JobNotFoundError, JobNotReadyError } from '../export/export-jobs'
import type { ExportArtifact } from '../export/index'
import { importWorkspaceJson } from '../export/json-import'
import { PdfUnavailableError, type PdfRenderer } from '../export/pdf'
import { prepareExport, renderExport, runExport } from '../export/run-export'
import type { WorkspaceStore } from '../store/workspace-store'

/** What the desktop app gives exports that the services cannot do alone. */
export type ExportPlatform = {
  /** Prints the report to PDF (Electron's webContents.printToPDF); without
   * it, headless Chromium is used where installed. */
  pdfRenderer?: PdfRenderer
  /** Asks the user where to save a file and writes it whole (desktop only). */
  saveBytes?: (fileName: string, data: Uint8Array, mimeType: string) => Promise<{ saved: boolean }>
}

const bytesOf = (artifact: ExportArtifact) => (typeof artifact.data === 'string' ? Buffer.from(artifact.data, 'utf8') : artifact.data)

async function asApiError<T>(fn: () => Promise<T> | T): Promise<T> {
  try {
    return await fn()
  } catch (err) {
    if (err instanceof JobNotFoundError) throw new ApiError('not-found', err.message)
    if (err instanceof JobNotReadyError) throw new ApiError('conflict', err.message)
    if (err instanceof PdfUnavailableError) throw new ApiError('internal', err.message)
    throw err
  }
}

export function exportHandlers(store: WorkspaceStore, platform: ExportPlatform = {}) {
  const jobs = new ExportJobs()
  return {
    'export.build': async (request: ExportRequest) => {
      if (!(TEXT_EXPORT_FORMATS as readonly string[]).includes(request.format)) {
        throw new ApiError('invalid-input', `${request.format} is not a text format: start it with export.start, then save it with export.save (or download it with export.download).`)
      }
      const artifact = await asApiError(() => runExport(store, request, { pdfRenderer: platform.pdfRenderer }))
      return { fileName: artifact.fileName, mimeType: artifact.mimeType, content: String(artifact.data) }
    },
    'export.start': async (request: ExportRequest) => {
      // Scope errors (an unknown article or actor) are reported now, not as a failed job.
      const input = prepareExport(store, request)
      const jobId = jobs.start(request.format, (control) => renderExport(request, input, { ...control, pdfRenderer: platform.pdfRenderer }))
      return { jobId }
    },
    'export.status': async ({ jobId }: { jobId: string }) => asApiError(() => jobs.status(jobId)),
    'export.cancel': async ({ jobId }: { jobId: string }) => asApiError(() => jobs.cancel(jobId)),
    'export.save': async ({ jobId }: { jobId: string }) => {
      const artifact = await asApiError(() => jobs.artifact(jobId))
      if (!platform.saveBytes) throw new ApiError('unknown-method', 'Saving files is not available here: download the file with export.download.')
      return platform.saveBytes(artifact.fileName, bytesOf(artifact), artifact.mimeType)
    },
    'export.download': async ({ jobId }: { jobId: string }) => {
      const artifact = await asApiError(() => jobs.artifact(jobId))
      return { fileName: artifact.fileName, mimeType: artifact.mimeType, dataBase64: Buffer.from(bytesOf(artifact)).toString('base64') }
    },
    'workspace.importJson': async ({ content }: { content: string }) => importWorkspaceJson(store, content),
  }
}
