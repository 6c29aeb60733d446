// The report as PDF: the HTML report printed by a browser engine, so the
// highlights keep their kind colours and underlines. What prints it is a
// `PdfRenderer`: in the desktop app Electron's webContents.printToPDF, on the
// command line and the web host headless Chromium (chromium-pdf.ts). This
// module owns what does not depend on either: the page set-up, the footer
// with page numbers, and the contents with the page each section starts on.
// Chromium cannot number a contents list itself (no CSS target-counter), so
// the report is printed once with room kept for the numbers, the PDF outline
// (bookmarks, from the headings) gives each section's page, and the report
// is printed again with the numbers in: same layout, so the same pages.
import { getDocumentProxy } from 'unpdf'
import { step, type ExportControl, type ExportInput } from './export-input'
import { buildHtmlReport, escapeHtml } from './html-report'
import { reportModel, type Section } from './report-model'

/** Page set-up in the terms both printToPDF (Electron) and page.pdf
 * (Playwright) take; margins in inches. */
export type PdfPageSetup = {
  pageSize: 'A4'
  margins: { top: number; bottom: number; left: number; right: number }
  /** HTML templates; `pageNumber` and `totalPages` spans are filled in. */
  headerTemplate: string
  footerTemplate: string
  /** Write the headings as the PDF's outline (bookmarks). */
  outline: boolean
}

export interface PdfRenderer {
  /** Prints a self-contained HTML page (no script, loads nothing) with
   * backgrounds, the header and footer on every page. */
  render(html: string, setup: PdfPageSetup, signal?: AbortSignal): Promise<Uint8Array>
}

/** Thrown when no renderer can run here; the message says what to install. */
export class PdfUnavailableError extends Error {}

/** `work`, or a rejection as soon as `signal` fires: a renderer stops
 * waiting for a long print at once, and closes its page afterwards. */
export function untilAborted<T>(work: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return work
  return new Promise<T>((resolve, reject) => {
    const stop = () => reject(signal.reason instanceof Error ? signal.reason : new Error('The export was cancelled.'))
    // The work may still settle after a cancel: handled here, so never unhandled.
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', stop))
    if (signal.aborted) return stop()
    signal.addEventListener('abort', stop, { once: true })
  })
}

export function pageSetup(title: string): PdfPageSetup {
  const style = 'font: 8pt system-ui, sans-serif; color: #555; width: 100%; padding: 0 0.6in;'
  return {
    pageSize: 'A4',
    margins: { top: 0.7, bottom: 0.7, left: 0.7, right: 0.7 },
    headerTemplate: '<span></span>',
    footerTemplate: `<div style="${style} display: flex; justify-content: space-between;"><span>${escapeHtml(title)}</span><span>Page <span class="pageNumber"></span> of <span class="totalPages"></span></span></div>`,
    outline: true,
  }
}

export async function buildPdfReport(input: ExportInput, renderer: PdfRenderer, control?: ExportControl): Promise<Uint8Array> {
  const model = reportModel(input)
  const setup = pageSetup(model.title)
  step(control, 'Laying out the PDF', 0, 3)
  const draft = await renderer.render(buildHtmlReport(input, 'reserve'), setup, control?.signal)
  step(control, 'Numbering the contents', 1, 3)
  const pages = await sectionPages(draft, model.sections)
  if (!pages) return draft
  step(control, 'Printing the PDF', 2, 3)
  return renderer.render(buildHtmlReport(input, pages), setup, control?.signal)
}

type OutlineItem = { title: string; dest: string | unknown[] | null; items: OutlineItem[] }

/** The page each section starts on, read from the PDF's outline: the report
 * title's children, in order, are "Contents" and then the sections. Null if
 * the outline does not match (a renderer without outlines): the contents
 * then go without page numbers. */
export async function sectionPages(pdf: Uint8Array, sections: Section[]): Promise<Map<string, number> | null> {
  // pdf.js takes ownership of (detaches) the buffer it is given: a copy.
  const doc = await getDocumentProxy(new Uint8Array(pdf))
  try {
    const outline = ((await doc.getOutline()) ?? []) as OutlineItem[]
    const items = outline.length === 1 ? outline[0].items : outline
    // Chromium drops the space where a heading wraps ("from bad to|worse"
    // becomes "toworse"), so titles are compared without white space.
    const same = (a: string, b: string) => a.replace(/\s+/g, '') === b.replace(/\s+/g, '')
    const pages = new Map<string, number>()
    let at = 0
    for (const section of sections) {
      while (at < items.length && !same(items[at].title, section.title)) at++
      if (at === items.length) return null
      const item = items[at++]
      const dest = typeof item.dest === 'string' ? await doc.getDestination(item.dest) : item.dest
      const ref = dest?.[0]
      if (!ref || typeof ref !== 'object') return null
      pages.set(section.anchor, (await doc.getPageIndex(ref as Parameters<typeof doc.getPageIndex>[0])) + 1)
    }
    return pages
  } finally {
    await doc.loadingTask.destroy()
  }
}
