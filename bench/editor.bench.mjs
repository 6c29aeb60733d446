// The reader's speed in the real renderer: Chromium (playwright-core, the
// system's /usr/bin/chromium) against the web host on a synthetic workspace,
// timed by the performance marks the renderer sets (features/reader/perf.ts):
//
// - opening an article of 20,000 words with 500 claims (nested, overlapping,
//   across paragraphs) until the text is laid out and scrollable (and
//   painted);
// - tagging a selection with a key until the highlight is in the DOM, and
//   until the store acknowledged the save;
// - a keystroke in the actor picker, with 5,000 actors, until the list of
//   matches is re-rendered.
//
// The workspace is built through the store directly. The renderer is built
// first when out/ is missing or older than its sources.
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { ensureBuilt, launchChromium, median, nextMeasure, pageBaseline, startHost, takeMeasures } from './lib/web-app.mjs'
import { reconcileClaims } from '../src/main/services/api/articles.ts'
import { WorkspaceStore } from '../src/main/services/store/workspace-store.ts'
import { addClaimMark, bodyFromParagraphs } from '../src/shared/body.ts'

const GOALS = { open: 300, highlight: 16, save: 50, keystroke: 16 }
const WORDS = 20_000
const CLAIMS = 500
const ACTORS = 5_000

// ---- a deterministic synthetic workspace ------------------------------------

let seed = 42
const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31)
const pick = (list) => list[Math.floor(random() * list.length)]
const FIRST = 'Anna Boris Carla Dmitry Elena Farid Greta Hugo Irina Jonas Karin Lev Maria Nikolai Olga Pavel Quinn Rosa Sergei Tomas Ulla Viktor Wanda Xenia Yuri Zofia'.split(' ')
const LAST = 'Abbott Bauer Castro Dimitrov Engel Fischer Garcia Horvat Ivanova Jansen Kowalski Lindqvist Moreau Novak Orlov Petrov Quist Romano Schmidt Tanaka Ueda Varga Weber Yilmaz Zeller'.split(' ')
const VOCABULARY = 'the minister said talks would resume next week after officials denied any role in the attack blamed on foreign hackers while critics accused the government of hiding the truth about sanctions and trade relations between both countries which have deteriorated over years of disputes'.split(' ')

function actorsList() {
  const actors = []
  for (let i = 0; i < ACTORS; i++) {
    const first = FIRST[i % FIRST.length]
    const last = LAST[Math.floor(i / FIRST.length) % LAST.length]
    const name = `${first} ${last}${i >= FIRST.length * LAST.length ? ` ${Math.floor(i / (FIRST.length * LAST.length)) + 1}` : ''}`
    actors.push({ id: `actor${i}`, name, type: 'person', aliases: i % 3 === 0 ? [`${last} ${i}`] : [], memberOf: null, description: '', colour: '' })
  }
  return actors
}

function articleBody(actors) {
  const paragraphs = []
  let words = 0
  while (words < WORDS) {
    const parts = []
    for (let w = 0; w < 60; w++) parts.push(w % 17 === 5 ? pick(actors).name : pick(VOCABULARY))
    // A claim-free tail, where the benchmark tags.
    parts.push('and that is where the free passage of this paragraph ends.')
    const text = parts.join(' ')
    words += text.split(' ').length
    paragraphs.push(text.charAt(0).toUpperCase() + text.slice(1))
  }
  let body = bodyFromParagraphs(paragraphs)
  const offsets = []
  let at = 0
  for (const p of paragraphs) {
    offsets.push(at)
    at += p.length + 2
  }
  const kinds = ['assertion', 'denial', 'attribution']
  // Even paragraphs hold three claims: the second nests in the first, or
  // overlaps it; odd ones hold one, and every fifth of those runs into the
  // next paragraph. The last 60 characters of each paragraph stay free.
  let c = 0
  for (let p = 0; p < paragraphs.length && c < CLAIMS; p++) {
    const at = offsets[p]
    const ranges = p % 2 === 0 ? [[0, 150], p % 4 === 0 ? [20, 80] : [100, 220], [240, 300]] : p % 10 === 1 && p + 1 < paragraphs.length ? [[200, offsets[p + 1] - at + 40]] : [[30, 180]]
    for (const [start, end] of ranges) {
      if (c >= CLAIMS) break
      body = addClaimMark(body, at + start, at + end, `claim${c}`, kinds[c % 3])
      c++
    }
  }
  return body
}

async function buildWorkspace(dir) {
  const store = await WorkspaceStore.open(dir)
  const actors = actorsList()
  await store.updateActors(() => actors)
  const events = Array.from({ length: 40 }, (_, i) => ({ id: `event${i}`, name: `Event ${i}`, date: '', endDate: '', description: '', parentId: null }))
  await store.updateEvents(() => events)
  const body = articleBody(actors)
  const claims = reconcileClaims([], body).map((claim, i) => ({ ...claim, speakers: [actors[i % ACTORS].id], targets: i % 2 ? [actors[(i * 7) % ACTORS].id] : [], eventId: events[i % 40].id }))
  const meta = { outlet: 'Bench Daily', author: '', publishedAt: '2021-01-05', url: '', language: 'en', tags: [], notes: '', provenance: { format: 'paste', fileName: '', sha256: '', importedAt: '' }, updatedAt: '' }
  await store.putArticle({ id: 'big', title: 'A long article (20,000 words, 500 claims)', body, claims, ...meta })
  await store.putArticle({ id: 'small', title: 'A short article', body: bodyFromParagraphs(['Short.']), claims: [], ...meta })
  await store.close()
  return { paragraphs: body.content.length }
}

// ---- measuring ----------------------------------------------------------------

const max = (xs) => Math.max(...xs)
const ms = (n) => `${n.toFixed(1)} ms`
const waitForMeasure = async (page, name) => (await nextMeasure(page, name, 30_000)).duration

/** The durable write alone: the article's file written as the store writes
 * it (temp file, fsync, rename, fsync of the folder), next to it. What no
 * change of code can save while an acknowledged save must be on disk. */
async function durableWriteTime(dir) {
  const { readFileSync } = await import('node:fs')
  const { writeFileAtomic } = await import('../src/main/services/store/atomic-json-file.ts')
  const text = readFileSync(path.join(dir, 'articles', 'big.json'), 'utf8')
  const times = []
  for (let i = 0; i < 12; i++) {
    const t0 = performance.now()
    await writeFileAtomic(path.join(dir, 'articles', 'fsync-probe.json'), text)
    times.push(performance.now() - t0)
  }
  rmSync(path.join(dir, 'articles', 'fsync-probe.json'), { force: true })
  return { ms: median(times), bytes: Buffer.byteLength(text) }
}

/** The host's own share: the same save, called in-process on the workspace
 * the benchmark built (after the browser has let go of it). */
async function storeSaveTime(dir) {
  const { createHandlers, dispatch } = await import('../src/main/services/api/index.ts')
  const { WorkspaceStore } = await import('../src/main/services/store/workspace-store.ts')
  const { addClaimMark } = await import('../src/shared/body.ts')
  const times = []
  const store = await WorkspaceStore.open(dir)
  try {
    const handlers = createHandlers(store)
    for (let i = 0; i < 12; i++) {
      const body = store.article('big').body
      const block = addClaimMark({ type: 'doc', content: [body.content[5 + i]] }, 0, 5, `store${i}`, 'denial').content[0]
      const input = JSON.parse(JSON.stringify({ id: 'big', blockCount: body.content.length, blocks: [{ index: 5 + i, block }] }))
      const t0 = performance.now()
      const answer = await dispatch(handlers, 'articles.saveBlocks', input)
      times.push(performance.now() - t0)
      if (!answer.ok) throw new Error(answer.error.message)
    }
  } finally {
    await store.close()
  }
  return median(times)
}

async function main() {
  ensureBuilt()
  const dir = mkdtempSync(path.join(os.tmpdir(), 'claimbook-editor-bench-'))
  const { paragraphs } = await buildWorkspace(dir)
  const host = await startHost(dir)
  let report = () => {}
  const browser = await launchChromium()
  try {
    const page = await (await browser.newContext({ viewport: { width: 1360, height: 860 } })).newPage()
    page.on('pageerror', (e) => console.log(`page error: ${e.message}`))
    await page.goto(host.url)
    await page.locator('[data-testid="article-row"][data-article-id="big"]').waitFor()

    // Opening: the first time (cold: code and fonts load) and six more.
    const open = []
    const painted = []
    const panel = []
    for (let i = 0; i < 7; i++) {
      await page.locator('[data-testid="article-row"][data-article-id="big"] [data-testid="article-open"]').click()
      open.push(await waitForMeasure(page, 'claimbook:reader-open'))
      painted.push(await waitForMeasure(page, 'claimbook:reader-open-painted'))
      panel.push(await waitForMeasure(page, 'claimbook:reader-panel'))
      await page.getByTestId('back-to-library').click()
      await page.locator('[data-testid="article-row"][data-article-id="big"]').waitFor()
    }
    await page.locator('[data-testid="article-row"][data-article-id="big"] [data-testid="article-open"]').click()
    await page.getByTestId('article-text').waitFor()
    await page.waitForTimeout(500)

    // The page's speed on this machine now (see pageBaseline), before and
    // after the timed work.
    const baselines = [await pageBaseline(page)]

    // Tagging: select the claim-free end of a paragraph, press 1.
    const highlight = []
    const painted2 = []
    const saved = []
    const split = []
    for (let i = 0; i < 12; i++) {
      await page.evaluate((p) => {
        const block = document.querySelectorAll('[data-testid="article-text"] > p')[p]
        // The paragraph's last 40 characters but one, wherever decorations
        // (mentions, suggestions) split its text into several nodes.
        const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT)
        const nodes = []
        let length = 0
        for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push({ node: n, start: length }), (length += n.data.length)
        const at = (offset) => {
          const hit = nodes.findLast((n) => n.start <= offset)
          return [hit.node, offset - hit.start]
        }
        block.scrollIntoView({ block: 'center' })
        const root = document.querySelector('[data-testid="article-text"]')
        root.focus()
        window.getSelection().setBaseAndExtent(...at(length - 40), ...at(length - 1))
      }, 3 + i * Math.floor(paragraphs / 13))
      await page.waitForFunction(() => Number(document.querySelector('[data-testid="selection-info"]')?.dataset.length) > 0)
      await page.evaluate(() => performance.clearResourceTimings())
      await page.keyboard.press('1')
      highlight.push(await waitForMeasure(page, 'claimbook:tag-highlight'))
      painted2.push(await waitForMeasure(page, 'claimbook:tag-painted'))
      const save = await nextMeasure(page, 'claimbook:tag-saved', 30_000)
      saved.push(save.duration)
      // Where the save's time went: in the page before the request left, at
      // the host (the store's work and the HTTP answer), in the page after.
      const request = await page.evaluate(() => performance.getEntriesByType('resource').find((e) => e.name.includes('articles.saveBlocks'))?.toJSON())
      if (request) split.push({ before: request.startTime - save.start, host: request.responseEnd - request.startTime, app: request.serverTiming?.find((t) => t.name === 'app')?.duration ?? NaN, after: save.start + save.duration - request.responseEnd })
    }

    // The actor picker of the new claim: one key at a time.
    await page.waitForFunction(() => document.querySelector('[data-testid="save-status"]')?.dataset.state === 'saved')
    await page.keyboard.press('s')
    await page.getByTestId('speakers-input').waitFor()
    await takeMeasures(page, 'claimbook:picker-keystroke')
    const keystrokes = []
    for (const word of ['mar', 'kowal', 'ivanova 3', 'zeller']) {
      for (const ch of word) {
        await page.keyboard.type(ch)
        keystrokes.push(await waitForMeasure(page, 'claimbook:picker-keystroke'))
      }
      for (let k = 0; k < word.length; k++) {
        await page.keyboard.press('Backspace')
        keystrokes.push(await waitForMeasure(page, 'claimbook:picker-keystroke'))
      }
    }

    baselines.push(await pageBaseline(page))
    report = () => {
      const rows = [
        ['open 20,000 words / 500 claims: laid out and scrollable (median of 6 warm; cold first)', median(open.slice(1)), GOALS.open, `cold ${ms(open[0])}, max ${ms(max(open.slice(1)))}`],
        ['open … painted (next frame)', median(painted.slice(1)), GOALS.open, `cold ${ms(painted[0])}, max ${ms(max(painted.slice(1)))}`],
        ['open … all 500 claims listed in the panel (follows the text; no goal of its own)', median(panel.slice(1)), Infinity, `cold ${ms(panel[0])}, max ${ms(max(panel.slice(1)))}`],
        ['tag a selection: key → highlight in the DOM (median of 12)', median(highlight), GOALS.highlight, `max ${ms(max(highlight))}`],
        ['tag a selection: key → the next frame (highlight painted; the panel follows the save’s answer; no goal of its own)', median(painted2), Infinity, `max ${ms(max(painted2))}`],
        ['tag a selection: key → save acknowledged by the store (median of 12)', median(saved), GOALS.save, `max ${ms(max(saved))}`],
        [`actor picker, ${ACTORS.toLocaleString('en')} actors: keystroke → list re-rendered (median of ${keystrokes.length})`, median(keystrokes), GOALS.keystroke, `max ${ms(max(keystrokes))}`],
      ]
      console.log(`Reader in Chromium (${os.cpus().length} cores, load average ${os.loadavg()[0].toFixed(1)}):`)
      for (const [label, value, goal, extra] of rows) console.log(`  ${goal === Infinity ? 'info' : value <= goal ? 'ok  ' : 'SLOW'} ${label}: ${ms(value)} (${goal === Infinity ? '' : `goal ≤ ${goal} ms; `}${extra})`)
      const baseline = median(baselines)
      console.log(`  info baseline (80 kB of JSON parsed and a 400-row table laid out in the page): ${ms(baseline)}; open ${(median(open.slice(1)) / baseline).toFixed(2)} × base, save ${(median(saved) / baseline).toFixed(2)} × base, keystroke ${(median(keystrokes) / baseline).toFixed(2)} × base`)
      const part = (key) => ms(median(split.map((s) => s[key])))
      console.log(`  info the save, split (medians): in the page until the request leaves ${part('before')}, at the host ${part('host')} (of which the host's own work ${part('app')}, the rest between the processes), in the page after the answer ${part('after')}`)
    }
  } finally {
    await browser.close()
    await host.stop()
  }
  report()
  const store = await storeSaveTime(dir)
  const durable = await durableWriteTime(dir)
  console.log(`  info the store alone (in this process, no browser): articles.saveBlocks of one paragraph ${ms(store)} (median of 12), of which the durable write of the ${(durable.bytes / 1024).toFixed(0)} kB article file (temp file, fsync, rename, fsync of the folder) ${ms(durable.ms)}`)
  if (os.loadavg()[0] > os.cpus().length) console.log(`  note: the load average (${os.loadavg()[0].toFixed(1)}) exceeds the ${os.cpus().length} cores: the browser, the host and other work share them, so the figures above include waiting for a core.`)
  rmSync(dir, { recursive: true, force: true })
}

await main()
