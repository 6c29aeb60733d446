// What exports need from the desktop app that the services cannot do alone
// (ExportPlatform in services/api/export.ts):
//  - a PDF renderer on Electron's own Chromium (webContents.printToPDF), so
//    the desktop app needs no separate browser; the command line and the web
//    host print with headless Chromium through the same PdfRenderer seam;
//  - saving a finished export where the user chooses, written whole (a
//    temporary file beside the target, then a rename), never half a file.
import { BrowserWindow, dialog, session, type FileFilter, type PrintToPDFOptions, type Session } from 'electron'
import { promises as fs } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import type { ExportPlatform } from '../services/api/export'
import { untilAborted, type PdfPageSetup, type PdfRenderer } from '../services/export/pdf'
import { ApiError } from '../../shared/contract'
import { writeFileAtomic } from '../services/store/atomic-json-file'
import { WEB_PREFERENCES } from './security'

/** An in-memory session of its own: the report's temporary file is the only
 * thing it may load, which the app's own session (app:// only) refuses. */
export const PDF_PARTITION = 'claimbook-pdf'

/** The window that prints: hidden, with the app window's security settings
 * and no JavaScript at all (the report is static HTML and CSS). */
export const PDF_WEB_PREFERENCES = { ...WEB_PREFERENCES, javascript: false, partition: PDF_PARTITION } as const

const hardened = new WeakSet<Session>()

/** No permissions, no downloads, and no request but `allowed` (the report
 * file being printed; checked per request, since each print has its own). */
function hardenPdfSession(ses: Session, allowed: () => string | null): void {
  if (hardened.has(ses)) return
  hardened.add(ses)
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  ses.setPermissionCheckHandler(() => false)
  ses.on('will-download', (event) => event.preventDefault())
  ses.webRequest.onBeforeRequest((details, callback) => callback({ cancel: details.url !== allowed() }))
}

/** printToPDF's options for the page set-up the report asks for. */
export function printOptions(setup: PdfPageSetup): PrintToPDFOptions {
  return {
    pageSize: setup.pageSize,
    margins: setup.margins,
    // Highlights are backgrounds in their kind colours.
    printBackground: true,
    displayHeaderFooter: true,
    headerTemplate: setup.headerTemplate,
    footerTemplate: setup.footerTemplate,
    // The outline gives each section's page for the numbered contents.
    generateDocumentOutline: setup.outline,
    generateTaggedPDF: setup.outline,
  }
}

export class ElectronPdfRenderer implements PdfRenderer {
  private printing: string | null = null
  // One print at a time: the session lets only the current file through.
  private queue: Promise<unknown> = Promise.resolve()

  render(html: string, setup: PdfPageSetup, signal?: AbortSignal): Promise<Uint8Array> {
    const next = this.queue.then(() => this.print(html, setup, signal))
    this.queue = next.catch(() => undefined)
    return next
  }

  private async print(html: string, setup: PdfPageSetup, signal?: AbortSignal): Promise<Uint8Array> {
    signal?.throwIfAborted()
    // A file rather than a data: URL, which Chromium caps at 2 MB: a report
    // of a whole corpus is larger.
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'claimbook-pdf-'))
    const file = path.join(dir, 'report.html')
    let window: BrowserWindow | null = null
    try {
      await fs.writeFile(file, html, 'utf8')
      this.printing = pathToFileURL(file).href
      hardenPdfSession(session.fromPartition(PDF_PARTITION), () => this.printing)
      window = new BrowserWindow({ show: false, width: 900, height: 1200, webPreferences: PDF_WEB_PREFERENCES })
      window.webContents.setWindowOpenHandler(() => ({ action: 'deny' }))
      window.webContents.on('will-navigate', (event) => event.preventDefault())
      await untilAborted(window.loadURL(this.printing), signal)
      const pdf = await untilAborted(window.webContents.printToPDF(printOptions(setup)), signal)
      return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength)
    } finally {
      this.printing = null
      if (window && !window.isDestroyed()) window.destroy()
      await fs.rm(dir, { recursive: true, force: true })
    }
  }
}

/** The save dialog's file type filter for a file name's extension. */
export function filtersFor(fileName: string): FileFilter[] {
  const extension = path.extname(fileName).slice(1)
  return extension ? [{ name: `${extension.toUpperCase()} file`, extensions: [extension] }, { name: 'All files', extensions: ['*'] }] : []
}

/** Asks where to save and writes the bytes whole; nothing is written when
 * the dialog is closed. */
export function saveBytesWithDialog(parent: () => BrowserWindow | null): NonNullable<ExportPlatform['saveBytes']> {
  return async (fileName, data) => {
    const options = { title: 'Save the export', defaultPath: fileName, filters: filtersFor(fileName) }
    const owner = parent()
    const result = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options)
    if (result.canceled || !result.filePath) return { saved: false }
    try {
      await writeFileAtomic(result.filePath, data)
    } catch (err) {
      // The export is still there: the user can save it again elsewhere.
      throw new ApiError('conflict', `Could not write ${result.filePath} (${(err as Error).message}). Nothing was written there; export again and choose another folder.`)
    }
    return { saved: true }
  }
}

/** Everything exports need from the desktop, for createHandlers. */
export function desktopExportPlatform(parent: () => BrowserWindow | null): Required<ExportPlatform> {
  return { pdfRenderer: new ElectronPdfRenderer(), saveBytes: saveBytesWithDialog(parent) }
}
