// One entry point for the API and the command line: a format in, a file out.
import type { ExportedFile, ExportFormat } from '../../../shared/contract'
import { buildClaimsCsv } from './csv'
import type { ExportInput } from './export-input'
import { buildHtmlReport } from './html-report'
import { buildWorkspaceJson } from './json'

export type { ExportInput } from './export-input'
export { buildClaimsCsv, buildHtmlReport, buildWorkspaceJson }

const FORMATS: Record<ExportFormat, { stem: string; extension: string; mimeType: string; build: (input: ExportInput) => string }> = {
  html: { stem: 'claimbook-report', extension: 'html', mimeType: 'text/html;charset=utf-8', build: buildHtmlReport },
  csv: { stem: 'claimbook-claims', extension: 'csv', mimeType: 'text/csv;charset=utf-8', build: buildClaimsCsv },
  json: { stem: 'claimbook-workspace', extension: 'json', mimeType: 'application/json', build: buildWorkspaceJson },
}

export function buildExport(format: ExportFormat, input: ExportInput): ExportedFile {
  const { stem, extension, mimeType, build } = FORMATS[format]
  return { fileName: `${stem}-${fileDate(input.generatedAt)}.${extension}`, mimeType, content: build(input) }
}

/** The date as written in `generatedAt` (the caller's clock and zone), so the
 * name matches the date printed in the report. */
function fileDate(generatedAt: string): string {
  return /^\d{4}-\d{2}-\d{2}/.exec(generatedAt)?.[0] ?? 'undated'
}
