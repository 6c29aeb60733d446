// Suggestions in the reader (features/reader/suggestions/), in Chromium
// against the web host, on a synthetic article of 20,000 words full of
// reported speech (several hundred suggestions):
//
// - opening the article until the first suggestion is outlined (cold: the
//   main process analyses the article; warm: its answer is cached), which
//   includes the reader's deliberate pause before asking (250 ms);
// - ] (next suggestion) until the active outline is painted;
// - A (accept) until the claim's highlight is in the DOM, and painted.
//
// (A long article draws its suggestions only around the screen: the page's
// work on each change grows with the elements in the text.)
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { ensureBuilt, launchChromium, median, startHost } from './lib/web-app.mjs'
import { WorkspaceStore } from '../src/main/services/store/workspace-store.ts'
import { bodyFromParagraphs } from '../src/shared/body.ts'

const GOALS = { next: 50, acceptDom: 16, acceptPainted: 100 }
const WORDS = 20_000

let seed = 7
const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31)
const pick = (list) => list[Math.floor(random() * list.length)]
const NAMES = ['Sergei Ryabkov', 'Dmitry Peskov', 'Joe Biden', 'Mike Pompeo', 'Anna Weber', 'the ministry', 'Kremlin spokesman Dmitry Peskov']
const CONTENT = ['relations would go from bad to worse', 'the sanctions were a hostile act', 'talks would resume next week', 'nobody had been behind the attack', 'the trend was likely to remain']
const SENTENCES = [
  () => `${pick(NAMES)} said that ${pick(CONTENT)}.`,
  () => `“${pick(CONTENT)[0].toUpperCase()}${pick(CONTENT).slice(1)},” ${pick(NAMES)} said.`,
  () => `According to ${pick(NAMES)}, ${pick(CONTENT)}.`,
  () => `${pick(NAMES)} denied that ${pick(CONTENT)}.`,
  () => `${pick(NAMES)} accused the government of hiding the truth about ${pick(['sanctions', 'the breach', 'trade'])}.`,
  () => `The weather in ${pick(['Moscow', 'Washington', 'Delaware'])} stayed cold for most of the week.`,
]

async function buildWorkspace(dir) {
  const paragraphs = []
  let words = 0
  while (words < WORDS) {
    const text = Array.from({ length: 4 }, () => pick(SENTENCES)()).join(' ')
    words += text.split(' ').length
    paragraphs.push(text)
  }
  const store = await WorkspaceStore.open(dir)
  const meta = { outlet: 'Bench Daily', author: '', publishedAt: '2021-01-05', url: '', language: 'en', tags: [], notes: '', provenance: { format: 'paste', fileName: '', sha256: '', importedAt: '' }, updatedAt: '' }
  await store.putArticle({ id: 'big', title: `Reported speech (${WORDS.toLocaleString('en')} words)`, body: bodyFromParagraphs(paragraphs), claims: [], ...meta })
  await store.close()
}

/** In the page: presses `key` in the text, then waits frame by frame until
 * the change is there (`until`: a new active suggestion, or more claims);
 * returns [ms until it was in the DOM, ms until the frame that painted it].
 * (No code is built from strings in the page: its CSP forbids eval.) */
async function timed(page, key, until) {
  return page.evaluate(
    async ([k, wanted]) => {
      const done = () => {
        if (wanted.activeNot !== undefined) {
          const active = document.querySelector('.article-text .suggestion.is-active')
          return !!active && active.dataset.suggestionId !== wanted.activeNot
        }
        return document.querySelectorAll('.article-text [data-claim-id]').length > wanted.claimsMoreThan
      }
      const dom = document.querySelector('.ProseMirror')
      dom.focus()
      const t0 = performance.now()
      dom.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true }))
      const sync = done() ? performance.now() - t0 : null
      for (let i = 0; i < 300; i++) {
        await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)))
        if (done()) return [sync ?? performance.now() - t0, performance.now() - t0]
      }
      throw new Error(`no change after ${k}`)
    },
    [key, until],
  )
}

async function main() {
  ensureBuilt()
  const dir = mkdtempSync(path.join(os.tmpdir(), 'claimbook-suggest-bench-'))
  await buildWorkspace(dir)
  const host = await startHost(dir)
  const browser = await launchChromium()
  try {
    const page = await (await browser.newContext({ viewport: { width: 1360, height: 860 } })).newPage()
    page.on('pageerror', (e) => console.log(`page error: ${e.message}`))
    await page.goto(host.url)
    const row = page.locator('[data-testid="article-row"][data-article-id="big"]')
    await row.waitFor()

    // Opening until the first outline: cold once, then warm.
    const opens = []
    for (let i = 0; i < 5; i++) {
      const t0 = Date.now()
      await row.getByTestId('article-open').click()
      await page.locator('.article-text .suggestion').first().waitFor({ timeout: 60_000 })
      opens.push(Date.now() - t0)
      if (i < 4) {
        await page.getByTestId('back-to-library').click()
        await row.waitFor()
      }
    }
    const count = Number(await page.getByTestId('suggestion-count').getAttribute('data-count'))

    // ] until the active outline is painted; A until the claim is there.
    const next = []
    const acceptDom = []
    const acceptPainted = []
    for (let i = 0; i < 12; i++) {
      const before = await page.evaluate(() => document.querySelector('[data-testid="active-suggestion"]')?.dataset.suggestionId ?? '')
      const [, painted] = await timed(page, ']', { activeNot: before })
      next.push(painted)
      const claims = await page.evaluate(() => document.querySelectorAll('.article-text [data-claim-id]').length)
      const [dom, shown] = await timed(page, 'a', { claimsMoreThan: claims })
      acceptDom.push(dom)
      acceptPainted.push(shown)
      await page.waitForFunction(() => document.querySelector('[data-testid="save-status"]')?.dataset.state === 'saved', null, { timeout: 30_000 })
    }

    const ms = (n) => `${n.toFixed(1)} ms`
    const row2 = (label, value, goal, extra) => console.log(`  ${goal === Infinity ? 'info' : value <= goal ? 'ok  ' : 'SLOW'} ${label}: ${ms(value)} (${goal === Infinity ? '' : `goal ≤ ${goal} ms; `}${extra})`)
    console.log(`Suggestions in the reader, ${WORDS.toLocaleString('en')} words, ${count} suggestions (${os.cpus().length} cores, load average ${os.loadavg()[0].toFixed(1)}):`)
    row2('open → first suggestion outlined, cold (the main process analyses the article)', opens[0], Infinity, 'includes the 250 ms pause before asking')
    row2('open → first suggestion outlined, warm (median of 4)', median(opens.slice(1)), Infinity, `max ${ms(Math.max(...opens.slice(1)))}`)
    row2('] → the next suggestion outlined as active, painted (median of 12)', median(next), GOALS.next, `max ${ms(Math.max(...next))}`)
    row2('A → the accepted claim’s highlight in the DOM (median of 12)', median(acceptDom), GOALS.acceptDom, `max ${ms(Math.max(...acceptDom))}`)
    row2('A → … painted (median of 12)', median(acceptPainted), GOALS.acceptPainted, `max ${ms(Math.max(...acceptPainted))}`)
    if (os.loadavg()[0] > os.cpus().length) console.log(`  note: the load average (${os.loadavg()[0].toFixed(1)}) exceeds the ${os.cpus().length} cores: the figures include waiting for a core.`)
  } finally {
    await browser.close()
    await host.stop()
    rmSync(dir, { recursive: true, force: true })
  }
}

await main()
