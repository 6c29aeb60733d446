// A PdfRenderer for the command line and the web host: Debian's headless
// Chromium driven by playwright-core (nothing is downloaded). The page runs
// no script and may load nothing: JavaScript is off and every request is
// refused, on top of the report's own CSP.
import { existsSync } from 'node:fs'
import { chromium, type Browser, type BrowserContext } from 'playwright-core'
import { PdfUnavailableError, untilAborted, type PdfPageSetup, type PdfRenderer } from './pdf'

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']

/** CHROMIUM_PATH if set, else the first Chromium installed in the usual places. */
export function chromiumPath(): string | null {
  const fromEnv = process.env.CHROMIUM_PATH
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null
  return CANDIDATES.find((p) => existsSync(p)) ?? null
}

export const NO_CHROMIUM =
  'PDF export needs Chromium and none was found. Install Debian’s package (`sudo apt-get install chromium`) or set CHROMIUM_PATH to a Chromium or Chrome executable. Meanwhile, export the HTML report and print it to PDF from any browser.'

export class ChromiumPdfRenderer implements PdfRenderer {
  private browser: Promise<Browser> | null = null

  async render(html: string, setup: PdfPageSetup, signal?: AbortSignal): Promise<Uint8Array> {
    signal?.throwIfAborted()
    const browser = await this.launch()
    signal?.throwIfAborted()
    const context = await browser.newContext({ javaScriptEnabled: false, offline: true })
    try {
      // A cancel rejects at once; closing the context below then stops
      // Chromium. (Closing it from an abort listener instead can leave a
      // newPage() that was under way pending for ever.)
      return await untilAborted(this.print(context, html, setup), signal)
    } finally {
      await context.close().catch(() => undefined)
    }
  }

  private async print(context: BrowserContext, html: string, setup: PdfPageSetup): Promise<Uint8Array> {
    const page = await context.newPage()
    await page.route('**/*', (route) => route.abort())
    await page.setContent(html, { waitUntil: 'load' })
    const inches = (n: number) => `${n}in`
    const pdf = await page.pdf({
      format: setup.pageSize,
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: setup.headerTemplate,
      footerTemplate: setup.footerTemplate,
      margin: { top: inches(setup.margins.top), bottom: inches(setup.margins.bottom), left: inches(setup.margins.left), right: inches(setup.margins.right) },
      outline: setup.outline,
      tagged: setup.outline,
    })
    return new Uint8Array(pdf)
  }

  async close(): Promise<void> {
    const browser = this.browser
    this.browser = null
    if (browser) await (await browser.catch(() => null))?.close()
  }

  private launch(): Promise<Browser> {
    if (this.browser) return this.browser
    const executablePath = chromiumPath()
    if (!executablePath) throw new PdfUnavailableError(NO_CHROMIUM)
    // Chromium refuses to start its sandbox as root (containers, CI).
    const args = ['--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']
    if (process.getuid?.() === 0) args.push('--no-sandbox')
    this.browser = chromium.launch({ executablePath, args }).catch((err: Error) => {
      this.browser = null
      throw new PdfUnavailableError(`Chromium at ${executablePath} could not start (${err.message.split('\n')[0]}). ${NO_CHROMIUM}`)
    })
    return this.browser
  }
}

/** Runs `fn` with a Chromium renderer and always shuts the browser down. */
export async function withChromium<T>(fn: (renderer: PdfRenderer) => Promise<T>): Promise<T> {
  const renderer = new ChromiumPdfRenderer()
  try {
    return await fn(renderer)
  } finally {
    await renderer.close()
  }
}
