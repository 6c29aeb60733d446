// The PDF report printed by headless Chromium (Debian's chromium) and read by
// poppler: pdftotext finds every quote and the page number the contents give
// for each section; pdftoppm renders the first page to a picture (kept in
// the output folder of this run, to be looked at).
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { buildPdfReport, type ExportInput } from '../../../src/main/services/export'
import { ChromiumPdfRenderer, chromiumPath } from '../../../src/main/services/export/chromium-pdf'
import { sectionPages, type PdfRenderer } from '../../../src/main/services/export/pdf'
import { reportModel } from '../../../src/main/services/export/report-model'
import { buildFixture } from './fixture'
import { polnearInput } from './polnear'
import { normalise, requireTool, run, scratch } from './tools'

const out = scratch()
const renderer = new ChromiumPdfRenderer()
afterAll(async () => {
  await renderer.close()
  out.done()
})

const inputs: [string, ExportInput][] = [
  ['seed', buildFixture()],
  ['polnear', polnearInput()],
]
const pdfs = new Map<string, Uint8Array>()
const progress: string[] = []

beforeAll(async () => {
  if (!chromiumPath()) requireTool('chromium')
  for (const [name, input] of inputs) {
    const pdf = await buildPdfReport(input, renderer, { onProgress: (p) => progress.push(p.phase) })
    pdfs.set(name, pdf)
    writeFileSync(out.file(`${name}.pdf`), pdf)
  }
}, 600_000)

/** The text of each page, as pdftotext gives it. */
function pages(name: string): string[] {
  return run('pdftotext', ['-enc', 'UTF-8', out.file(`${name}.pdf`), '-']).split('\f').slice(0, -1)
}

/** A claim label (A1, D20, T3) or the page footer interrupts the text a
 * reader copies; take them out before looking for a quote. */
const withoutLabels = (text: string) => normalise(text.replace(/\b[ADT]\d+\b/g, ' ').replace(/Claimbook report[^\n]*\s*Page \d+ of \d+/g, ' ').replace(/Page \d+ of \d+/g, ' '))

describe.each(inputs)('the PDF report of %s', (name, input) => {
  const model = reportModel(input)

  test('is a PDF with every quote in its text', () => {
    expect(Buffer.from(pdfs.get(name)!.slice(0, 5)).toString()).toBe('%PDF-')
    // Compared without white space and hyphens: a line may wrap after a
    // hyphen, and pdftotext joins some such words back without it
    // ("no-man’s-|land" comes out "no-man'sland").
    const squash = (text: string) => withoutLabels(text).replace(/[\s\u00ad-]+/g, '')
    const text = squash(pages(name).join('\n'))
    const missing = model.views.flatMap((v) => v.claims).filter(({ claim }) => !text.includes(squash(claim.quote)))
    expect(missing.map((n) => n.claim.quote).slice(0, 3)).toEqual([])
  })

  test('numbers its pages, and its contents give the page each section starts on', async () => {
    const all = pages(name)
    all.forEach((page, i) => expect(page).toContain(`Page ${i + 1} of ${all.length}`))
    const starts = (await sectionPages(pdfs.get(name)!, model.sections))!
    // In layout mode each contents entry is a line: its number, its title
    // (its first line, when it wraps) and, flush right, its page.
    const layout = run('pdftotext', ['-layout', '-enc', 'UTF-8', '-l', '8', out.file(`${name}.pdf`), '-']).split('\n')
    const squash = (s: string) => s.replace(/\s+/g, '')
    let line = layout.findIndex((l) => l.trim() === 'Contents')
    for (const [i, section] of model.sections.entries()) {
      const head = squash(`${i + 1}. ${section.title}`).slice(0, 16)
      while (line < layout.length && !squash(layout[line]).startsWith(head)) line++
      expect(line, `contents entry of ${section.title}`).toBeLessThan(layout.length)
      expect(layout[line].trimEnd(), section.title).toMatch(new RegExp(`\\s${starts.get(section.anchor)}$`))
      expect(normalise(all[starts.get(section.anchor)! - 1])).toContain(normalise(section.title).slice(0, 12))
    }
  })

  test('its outline (bookmarks) lists every section, on the pages the contents say', async () => {
    const found = await sectionPages(pdfs.get(name)!, model.sections)
    expect(found).not.toBeNull()
    const all = pages(name)
    for (const section of model.sections) {
      const page = found!.get(section.anchor)!
      expect(normalise(all[page - 1]), section.title).toContain(normalise(section.title).slice(0, 30))
    }
  })
})

test('reports its progress in three steps', () => {
  expect(progress.slice(0, 3)).toEqual(['Laying out the PDF', 'Numbering the contents', 'Printing the PDF'])
})

test('the first page, rendered by pdftoppm, is a picture of the report', () => {
  const png = out.file('seed-page1')
  run('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', out.file('seed.pdf'), png])
  const bytes = readFileSync(`${png}.png`)
  expect(bytes.subarray(1, 4).toString()).toBe('PNG')
  // Kept for a person to look at: PDF_PREVIEW_DIR=... npx vitest run tests/unit/export/pdf.test.ts
  if (process.env.PDF_PREVIEW_DIR) {
    mkdirSync(process.env.PDF_PREVIEW_DIR, { recursive: true })
    copyFileSync(`${png}.png`, path.join(process.env.PDF_PREVIEW_DIR, 'seed-page1.png'))
    run('pdftoppm', ['-png', '-r', '60', '-f', '2', '-l', '3', out.file('seed.pdf'), path.join(process.env.PDF_PREVIEW_DIR, 'seed-page')])
  }
  expect(existsSync(`${png}.png`)).toBe(true)
})

test('a renderer that cannot start says what to install', async () => {
  const broken: PdfRenderer = { render: () => Promise.reject(new Error('PDF export needs Chromium')) }
  await expect(buildPdfReport(buildFixture(), broken)).rejects.toThrow(/needs Chromium/)
  const previous = process.env.CHROMIUM_PATH
  process.env.CHROMIUM_PATH = '/nonexistent/chromium'
  try {
    const missing = new ChromiumPdfRenderer()
    await expect(buildPdfReport(buildFixture(), missing)).rejects.toThrow(/apt-get install chromium/)
  } finally {
    if (previous === undefined) delete process.env.CHROMIUM_PATH
    else process.env.CHROMIUM_PATH = previous
  }
})

test('cancelling stops the export', async () => {
  const controller = new AbortController()
  const slow: PdfRenderer = {
    render: async (html, setup, signal) => {
      controller.abort()
      signal?.throwIfAborted()
      return renderer.render(html, setup)
    },
  }
  await expect(buildPdfReport(buildFixture(), slow, { signal: controller.signal })).rejects.toThrow(/abort/i)
})
