// Cancelling a PDF that headless Chromium is printing (the command line and
// the web host): whenever the cancel comes (while Chromium starts, while the
// page loads, while it prints), the render stops with the cancel's reason
// instead of printing on, or waiting for ever on a page that was closed.
import { describe, expect, it } from 'vitest'
import { ChromiumPdfRenderer, chromiumPath } from '../../../src/main/services/export/chromium-pdf'
import { pageSetup } from '../../../src/main/services/export/pdf'

const HTML = `<!doctype html><html><body>${'<p>A paragraph of the report, long enough to take a while to lay out and print. '.repeat(20_000)}</body></html>`
const why = chromiumPath() ? '' : 'no Chromium installed'

describe.skipIf(!!why)(`cancelling a Chromium print${why ? ` (skipped: ${why})` : ''}`, () => {
  it('stops at once, whether Chromium is starting, loading the page or printing it', async () => {
    // Each cancel comes a little later in the work: before Chromium is up,
    // then at points while the page loads and prints. A render that is
    // already done is not cancelled (nothing to stop).
    for (const after of [0, 50, 400, 1200]) {
      const renderer = new ChromiumPdfRenderer()
      try {
        const controller = new AbortController()
        const printing = renderer.render(HTML, pageSetup('Cancelled'), controller.signal)
        setTimeout(() => controller.abort(new Error(`Cancelled after ${after} ms.`)), after)
        const outcome = await printing.then(
          (pdf) => `printed ${pdf.byteLength} bytes`,
          (err: Error) => err.message,
        )
        // A cancel before Chromium is even up always stops the print; a later
        // one may come after a fast machine has finished.
        if (after === 0 || !outcome.startsWith('printed')) expect(outcome).toBe(`Cancelled after ${after} ms.`)
      } finally {
        await renderer.close()
      }
    }
  })

  it('refuses to start after a cancel', async () => {
    const renderer = new ChromiumPdfRenderer()
    try {
      await expect(renderer.render(HTML, pageSetup('x'), AbortSignal.abort(new Error('Cancelled before.')))).rejects.toThrow('Cancelled before.')
    } finally {
      await renderer.close()
    }
  })
})
