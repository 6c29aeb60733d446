// An export as the API and the command line run it: first the request's
// scope over the open workspace (at once, so an unknown article or actor is
// reported before any work starts, and the export is a snapshot that later
// edits do not change), then the format. PDF uses the platform's renderer
// (Electron in the desktop app), or headless Chromium where none is given.
import type { ExportRequest } from '../../../shared/contract-export'
import type { WorkspaceStore } from '../store/workspace-store'
import type { ExportControl, ExportInput } from './export-input'
import { buildArtifact, type ExportArtifact } from './index'
import type { PdfRenderer } from './pdf'
import { resolveScope } from './scope'

export type RenderOptions = ExportControl & { pdfRenderer?: PdfRenderer }

export function prepareExport(store: WorkspaceStore, request: ExportRequest, generatedAt = new Date().toISOString()): ExportInput {
  return resolveScope(store, request.scope, request.options, generatedAt)
}

export async function renderExport(request: ExportRequest, input: ExportInput, options: RenderOptions = {}): Promise<ExportArtifact> {
  const build = (pdfRenderer?: PdfRenderer) => buildArtifact(request.format, input, { ...options, network: request.options.network, pdfRenderer })
  if (request.format !== 'pdf' || options.pdfRenderer) return build(options.pdfRenderer)
  // Loaded only when needed: the desktop app prints with Electron instead.
  const { withChromium } = await import('./chromium-pdf')
  return withChromium(build)
}

export async function runExport(store: WorkspaceStore, request: ExportRequest, options: RenderOptions & { generatedAt?: string } = {}): Promise<ExportArtifact> {
  return renderExport(request, prepareExport(store, request, options.generatedAt), options)
}
