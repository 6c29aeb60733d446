// One entry point for the API and the command line: a format and an input
// in, a file (or, for brat, a folder that also travels as a zip) out.
import type { ExportFormat, NetworkKind } from '../../../shared/contract-export'
import { buildBratFiles } from './brat'
import { buildActorsCsv, buildClaimsCsv } from './csv'
import { buildDocxReport } from './docx'
import type { ExportControl, ExportInput } from './export-input'
import { buildGraphml } from './graphml'
import { buildHtmlReport } from './html-report'
import { buildWorkspaceJson } from './json'
import { buildMarkdownReport } from './markdown'
import { buildPdfReport, PdfUnavailableError, type PdfRenderer } from './pdf'
import { buildQdpx } from './qdpx'
import { buildWebAnnotations } from './web-annotation'
import { zipFiles, type OutputFile } from './zip'

export type { ExportControl, ExportInput } from './export-input'
export type { OutputFile } from './zip'
export type { PdfPageSetup, PdfRenderer } from './pdf'
export { buildActorsCsv, buildBratFiles, buildClaimsCsv, buildDocxReport, buildGraphml, buildHtmlReport, buildMarkdownReport, buildPdfReport, buildQdpx, buildWebAnnotations, buildWorkspaceJson }

/** A finished export. `files` is set for formats that are a folder (brat):
 * written as such on the command line, `data` being the same as a zip. */
export type ExportArtifact = { fileName: string; mimeType: string; data: string | Uint8Array; files?: OutputFile[] }

export type BuildOptions = ExportControl & { network?: NetworkKind; pdfRenderer?: PdfRenderer }

type Built = string | Uint8Array | OutputFile[]
type Format = { stem: string; extension: string; mimeType: string; build: (input: ExportInput, options: BuildOptions) => Built | Promise<Built> }

const FORMATS: Record<ExportFormat, Format> = {
  html: { stem: 'claimbook-report', extension: 'html', mimeType: 'text/html;charset=utf-8', build: (input) => buildHtmlReport(input) },
  md: { stem: 'claimbook-report', extension: 'md', mimeType: 'text/markdown;charset=utf-8', build: buildMarkdownReport },
  pdf: {
    stem: 'claimbook-report',
    extension: 'pdf',
    mimeType: 'application/pdf',
    build: (input, options) => {
      if (!options.pdfRenderer) throw new PdfUnavailableError('PDF export needs a PDF renderer (Electron or Chromium); none was given.')
      return buildPdfReport(input, options.pdfRenderer, options)
    },
  },
  docx: { stem: 'claimbook-report', extension: 'docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', build: buildDocxReport },
  csv: { stem: 'claimbook-claims', extension: 'csv', mimeType: 'text/csv;charset=utf-8', build: buildClaimsCsv },
  'actors-csv': { stem: 'claimbook-actors', extension: 'csv', mimeType: 'text/csv;charset=utf-8', build: buildActorsCsv },
  json: { stem: 'claimbook-workspace', extension: 'json', mimeType: 'application/json', build: buildWorkspaceJson },
  graphml: { stem: 'claimbook-network', extension: 'graphml', mimeType: 'application/graphml+xml', build: (input, options) => buildGraphml(input, options.network ?? 'two-mode-event') },
  webanno: { stem: 'claimbook-annotations', extension: 'jsonld', mimeType: 'application/ld+json', build: buildWebAnnotations },
  qdpx: { stem: 'claimbook-project', extension: 'qdpx', mimeType: 'application/zip', build: buildQdpx },
  brat: { stem: 'claimbook-brat', extension: 'zip', mimeType: 'application/zip', build: buildBratFiles },
}

export async function buildArtifact(format: ExportFormat, input: ExportInput, options: BuildOptions = {}): Promise<ExportArtifact> {
  const { stem, extension, mimeType, build } = FORMATS[format]
  const network = format === 'graphml' ? `-${options.network ?? 'two-mode-event'}` : ''
  const fileName = `${stem}${network}-${fileDate(input.generatedAt)}.${extension}`
  const built = await build(input, options)
  options.signal?.throwIfAborted()
  if (Array.isArray(built)) return { fileName, mimeType, data: zipFiles(built, input.generatedAt), files: built }
  return { fileName, mimeType, data: built }
}

/** The date as written in `generatedAt` (the caller's clock and zone), so the
 * name matches the date printed in the report. */
function fileDate(generatedAt: string): string {
  return /^\d{4}-\d{2}-\d{2}/.exec(generatedAt)?.[0] ?? 'undated'
}
