// The desktop side of exports (src/main/desktop/export-desktop.ts) with the
// `electron` module replaced by a recorder, since no Electron binary runs
// here: the PDF window's security settings, what it loads and prints, the
// clean-up after a print or a cancel, and the save dialog writing a
// finished export whole. Wired into the real API handlers, so a PDF export
// job goes through the same seam the desktop app uses.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest'
import type { ExportJobStatus } from '../../../src/shared/contract-export'
import { pageSetup } from '../../../src/main/services/export/pdf'
import { buildFixture, GOLD } from '../export/fixture'
import { workspaceWith, type TestWorkspace } from '../export/workspace'
import { tempDir } from '../helpers'

type Handler = (...args: unknown[]) => unknown
type FakeWindow = { options: { show?: boolean; webPreferences?: Record<string, unknown> }; url: string; html: string; destroyed: boolean; listeners: Map<string, Handler>; openHandler?: Handler }

const electron = vi.hoisted(() => ({
  windows: [] as FakeWindow[],
  /** What printToPDF does; by default a small valid PDF. */
  print: null as null | ((window: FakeWindow, options: Record<string, unknown>) => Promise<Uint8Array>),
  printed: [] as Record<string, unknown>[],
  sessions: new Map<string, { beforeRequest?: Handler; permissionRequest?: Handler; permissionCheck?: Handler; listeners: Map<string, Handler> }>(),
  saveResult: { canceled: true, filePath: undefined as string | undefined },
  saveDialogs: [] as Record<string, unknown>[],
}))

vi.mock('electron', () => {
  class BrowserWindow {
    private readonly record: FakeWindow
    readonly webContents: Record<string, unknown>
    constructor(options: FakeWindow['options']) {
      const record: FakeWindow = { options, url: '', html: '', destroyed: false, listeners: new Map() }
      this.record = record
      electron.windows.push(record)
      this.webContents = {
        setWindowOpenHandler: (fn: Handler) => (record.openHandler = fn),
        on: (name: string, fn: Handler) => record.listeners.set(name, fn),
        printToPDF: async (opts: Record<string, unknown>) => {
          electron.printed.push(opts)
          return Buffer.from(await electron.print!(record, opts))
        },
      }
    }
    async loadURL(url: string) {
      this.record.url = url
      // Read as the page would load it: the file must be there, whole, now.
      this.record.html = readFileSync(fileURLToPath(url), 'utf8')
    }
    isDestroyed() {
      return this.record.destroyed
    }
    destroy() {
      this.record.destroyed = true
    }
  }
  const fromPartition = (name: string) => {
    if (!electron.sessions.has(name)) electron.sessions.set(name, { listeners: new Map() })
    const s = electron.sessions.get(name)!
    return {
      setPermissionRequestHandler: (fn: Handler) => (s.permissionRequest = fn),
      setPermissionCheckHandler: (fn: Handler) => (s.permissionCheck = fn),
      on: (name: string, fn: Handler) => s.listeners.set(name, fn),
      webRequest: { onBeforeRequest: (fn: Handler) => (s.beforeRequest = fn) },
    }
  }
  const showSaveDialog = async (...args: unknown[]) => {
    electron.saveDialogs.push(args[args.length - 1] as Record<string, unknown>)
    return electron.saveResult
  }
  return { BrowserWindow, session: { fromPartition }, dialog: { showSaveDialog }, app: { isPackaged: true } }
})

const { ElectronPdfRenderer, PDF_PARTITION, desktopExportPlatform, printOptions, saveBytesWithDialog } = await import('../../../src/main/desktop/export-desktop')

/** A one-page PDF with no outline, as a stand-in for Chromium's output. */
function tinyPdf(): Uint8Array {
  const objects = ['<</Type/Catalog/Pages 2 0 R>>', '<</Type/Pages/Kids[3 0 R]/Count 1>>', '<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>']
  let body = '%PDF-1.4\n'
  const offsets: number[] = []
  objects.forEach((object, i) => {
    offsets.push(body.length)
    body += `${i + 1} 0 obj\n${object}\nendobj\n`
  })
  const xref = body.length
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`
  body += `trailer\n<</Size ${objects.length + 1}/Root 1 0 R>>\nstartxref\n${xref}\n%%EOF\n`
  return new TextEncoder().encode(body)
}

const tempPdfDirs = () => readdirSync(os.tmpdir()).filter((name) => name.startsWith('claimbook-pdf-'))
const SETUP = pageSetup('Claimbook report')

const made: TestWorkspace[] = []
afterAll(async () => {
  for (const ws of made) await ws.remove()
})

beforeEach(() => {
  electron.windows.length = 0
  electron.printed.length = 0
  electron.saveDialogs.length = 0
  electron.print = async () => tinyPdf()
  electron.saveResult = { canceled: true, filePath: undefined }
})

describe('the Electron PDF renderer', () => {
  it('prints in a hidden window without JavaScript, with the app window’s security settings', async () => {
    const before = tempPdfDirs()
    const pdf = await new ElectronPdfRenderer().render('<!doctype html><title>r</title><p>Highlighted <mark>quote</mark></p>', SETUP)
    expect(Buffer.from(pdf).toString('latin1')).toBe(Buffer.from(tinyPdf()).toString('latin1'))
    expect(electron.windows).toHaveLength(1)
    const [win] = electron.windows
    expect(win.options.show).toBe(false)
    expect(win.options.webPreferences).toMatchObject({
      javascript: false,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      partition: PDF_PARTITION,
    })
    expect(win.options.webPreferences).not.toHaveProperty('preload')
    // The report came from a temporary file, whole, which is gone afterwards.
    expect(win.url).toMatch(/^file:\/\//)
    expect(win.html).toContain('Highlighted <mark>quote</mark>')
    expect(existsSync(fileURLToPath(win.url))).toBe(false)
    expect(tempPdfDirs()).toEqual(before)
    expect(win.destroyed).toBe(true)
    // New windows and navigation are refused.
    expect(win.openHandler?.()).toEqual({ action: 'deny' })
    const navigation = { prevented: false, preventDefault() { this.prevented = true } }
    win.listeners.get('will-navigate')?.(navigation)
    expect(navigation.prevented).toBe(true)
  })

  it('passes the page set-up: A4, margins, page numbers in the footer, backgrounds and the outline', async () => {
    await new ElectronPdfRenderer().render('<p>x</p>', SETUP)
    expect(electron.printed[0]).toEqual(printOptions(SETUP))
    expect(electron.printed[0]).toMatchObject({
      pageSize: 'A4',
      margins: SETUP.margins,
      printBackground: true,
      displayHeaderFooter: true,
      generateDocumentOutline: true,
    })
    expect(String(electron.printed[0].footerTemplate)).toContain('class="pageNumber"')
    expect(String(electron.printed[0].footerTemplate)).toContain('class="totalPages"')
  })

  it('lets its session load only the report being printed, and grants nothing', async () => {
    let decisions: boolean[] = []
    electron.print = async (win) => {
      const s = electron.sessions.get(PDF_PARTITION)!
      const ask = (url: string) => new Promise<boolean>((resolve) => s.beforeRequest!({ url }, (r: { cancel: boolean }) => resolve(r.cancel)))
      decisions = [await ask(win.url), await ask('https://example.com/track.png'), await ask('file:///etc/passwd')]
      return tinyPdf()
    }
    await new ElectronPdfRenderer().render('<p>x</p>', SETUP)
    expect(decisions).toEqual([false, true, true])
    const s = electron.sessions.get(PDF_PARTITION)!
    let granted: boolean | undefined
    s.permissionRequest!({}, 'media', (ok: boolean) => (granted = ok))
    expect(granted).toBe(false)
    expect(s.permissionCheck!()).toBe(false)
    const download = { prevented: false, preventDefault() { this.prevented = true } }
    s.listeners.get('will-download')!(download)
    expect(download.prevented).toBe(true)
  })

  it('stops at once on cancel, closing the window and removing the temporary file', async () => {
    const before = tempPdfDirs()
    electron.print = () => new Promise<Uint8Array>(() => undefined)
    const controller = new AbortController()
    const printing = new ElectronPdfRenderer().render('<p>x</p>', SETUP, controller.signal)
    await vi.waitFor(() => expect(electron.printed).toHaveLength(1))
    controller.abort(new Error('Cancelled by the user.'))
    await expect(printing).rejects.toThrow('Cancelled by the user.')
    expect(electron.windows[0].destroyed).toBe(true)
    expect(tempPdfDirs()).toEqual(before)
  })

  it('prints one report after another, each loading only its own file', async () => {
    const renderer = new ElectronPdfRenderer()
    await Promise.all([renderer.render('<p>first</p>', SETUP), renderer.render('<p>second</p>', SETUP)])
    expect(electron.windows.map((w) => w.html)).toEqual(['<p>first</p>', '<p>second</p>'])
    expect(electron.windows[0].url).not.toBe(electron.windows[1].url)
  })
})

describe('saving an export on the desktop', () => {
  it('writes the bytes whole where the user chose, and nothing when the dialog is closed', async () => {
    const dir = tempDir()
    const save = saveBytesWithDialog(() => null)
    const bytes = new Uint8Array([0x50, 0x4b, 3, 4, 0, 255, 10, 13])
    expect(await save('report.docx', bytes, 'application/zip')).toEqual({ saved: false })
    expect(readdirSync(dir)).toEqual([])
    expect(electron.saveDialogs[0]).toMatchObject({ defaultPath: 'report.docx', filters: [{ extensions: ['docx'] }, { extensions: ['*'] }] })

    const target = path.join(dir, 'chosen.docx')
    writeFileSync(target, 'an older file, replaced whole')
    electron.saveResult = { canceled: false, filePath: target }
    expect(await save('report.docx', bytes, 'application/zip')).toEqual({ saved: true })
    expect(new Uint8Array(readFileSync(target))).toEqual(bytes)
    // No temporary file is left beside it.
    expect(readdirSync(dir)).toEqual(['chosen.docx'])
  })

  it('says where it could not write, and writes nothing', async () => {
    const dir = tempDir()
    electron.saveResult = { canceled: false, filePath: path.join(dir, 'missing-folder', 'claims.csv') }
    await expect(saveBytesWithDialog(() => null)('claims.csv', new Uint8Array([1]), 'text/csv')).rejects.toThrow(/Could not write .*missing-folder.*choose another folder/)
    expect(readdirSync(dir)).toEqual([])
  })
})

describe('a PDF export job in the desktop app', () => {
  it('prints the report through Electron and saves the file the job made', async () => {
    const ws = await workspaceWith(buildFixture(), desktopExportPlatform(() => null))
    made.push(ws)
    const started = await ws.call<ExportJobStatus>('export.start', { format: 'pdf' })
    let status = started
    while (status.state === 'running') {
      await new Promise((resolve) => setTimeout(resolve, 5))
      status = await ws.call<ExportJobStatus>('jobs.get', { id: started.id })
    }
    expect(status).toMatchObject({ state: 'done', summary: { format: 'pdf', fileName: expect.stringMatching(/^claimbook-report-.*\.pdf$/) } })
    // The report Electron printed carries the claims' quotes and no script.
    const printedHtml = electron.windows[0].html
    for (const claim of GOLD.claims.slice(0, 3)) expect(printedHtml.replace(/\s+/g, ' ')).toContain(claim.quote.replace(/\s+/g, ' ').slice(0, 30))
    expect(printedHtml).not.toMatch(/<script/i)

    const target = path.join(tempDir(), 'report.pdf')
    electron.saveResult = { canceled: false, filePath: target }
    expect(await ws.call('export.save', { jobId: started.id })).toEqual({ saved: true })
    expect(electron.saveDialogs.at(-1)).toMatchObject({ defaultPath: status.summary.fileName })
    expect(Buffer.from(readFileSync(target)).toString('latin1')).toBe(Buffer.from(tinyPdf()).toString('latin1'))
  })
})
