// Handlers of the export.* methods and workspace.importJson (see
// shared/contract-export.ts). Text formats can be built in one call; every
// format can run as a job (progress and cancel through the shared jobs.*
// methods), whose file the desktop saves (platform.saveBytes, after a save
// dialog) and the browser downloads.
import { ApiError } from '../../../shared/contract'
import { TEXT_EXPORT_FORMATS, type ExportRequest } from '../../../shared/contract-export'
import { exportedFile, JobNotFoundError, JobNotReadyError, startExportJob } from '../export/export-jobs'
import type { ExportArtifact } from '../export/index'
import { importWorkspaceJson } from '../export/json-import'
import { PdfUnavailableError, type PdfRenderer } from '../export/pdf'
import { prepareExport, runExport } from '../export/run-export'
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
  return {
    'export.build': async (request: ExportRequest) => {
      if (!(TEXT_EXPORT_FORMATS as readonly string[]).includes(request.format)) {
        throw new ApiError('invalid-input', `${request.format} is not a text format: start it with export.start, then save it with export.save (or download it with export.download).`)
      }
      const artifact = await asApiError(() => runExport(store, request))
      return { fileName: artifact.fileName, mimeType: artifact.mimeType, content: String(artifact.data) }
    },
    // The scope is resolved now, so an unknown article, event or actor is
    // an error of this call rather than a failed job.
    'export.start': async (request: ExportRequest) => startExportJob(store, request, prepareExport(store, request), { pdfRenderer: platform.pdfRenderer }),
    'export.save': async ({ jobId }: { jobId: string }) => {
      const artifact = await asApiError(() => exportedFile(store, jobId))
      if (!platform.saveBytes) throw new ApiError('unknown-method', 'Saving files is not available here: download the file with export.download.')
      return platform.saveBytes(artifact.fileName, bytesOf(artifact), artifact.mimeType)
    },
    'export.download': async ({ jobId }: { jobId: string }) => {
      const artifact = await asApiError(() => exportedFile(store, jobId))
      return { fileName: artifact.fileName, mimeType: artifact.mimeType, dataBase64: Buffer.from(bytesOf(artifact)).toString('base64') }
    },
    'workspace.importJson': async ({ content }: { content: string }) => importWorkspaceJson(store, content),
  }
}
