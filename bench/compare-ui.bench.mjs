// The analysis views in the real renderer (issue 5): Chromium against the
// web host on a PolNeAR-sized synthetic workspace (bench/lib/synthetic-
// workspace.ts: 924 articles, ~24,000 claims, ~2,000 actors), timed by the
// performance marks the renderer sets (features/compare/perf.ts), each from
// opening the view until its first render with data:
//
// - the comparison of the largest event (~3,000 claims, ~1.3 MB of JSON;
//   its rows render progressively, its cells show their first quotes);
// - the outlet comparison of that event;
// - the speaker → target actor network: until it can be seen (a big
//   network's sketch painted, features/network/NetworkSketch.tsx), and,
//   as information, until cytoscape has drawn it.
//
// Goal: ≤ 200 ms each. Printed per view: the first opening (cold: code,
// fonts and the store's claim index), the median and worst of the next
// openings, and how the median splits into waiting for the API call (the
// web host computing and sending the answer) and rendering after it came.
// The two cores are shared with other work, which stretches wall-clock
// times: the load average is printed, and so is the CPU the opening itself
// used (the web host's process and the page's main thread), which is about
// what it takes on an otherwise idle machine, and the ratio of each median
// to a fixed piece of work timed in the page in the same run (pageBaseline),
// which moves less with the load than the figures themselves.
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { ARTICLES, buildWorkspace, OUTLETS } from './lib/synthetic-workspace.ts'
import { ensureBuilt, lastCall, launchChromium, median, nextMeasure, pageBaseline, processCpuMs, rendererBusyMs, startHost, takeMeasures } from './lib/web-app.mjs'

const GOAL_MS = 200
const RUNS = 7
const VIEWS = {
  event: { measure: 'claimbook:compare-event', method: 'compare.event', label: 'compare: largest event (actors × kinds)' },
  outlets: { measure: 'claimbook:compare-outlets', method: 'compare.outlets', label: 'compare: outlets of the largest event' },
  network: { measure: 'claimbook:network', method: 'analysis.network', label: 'network: speaker → target' },
}
const NETWORK_DRAWN = 'claimbook:network-drawn'

/** Opens a view with `open` and returns the measure split at the arrival
 * of its API answer, with the CPU the host and the page used meanwhile. */
async function time(page, cdp, hostPid, view, open) {
  await takeMeasures(page, view.measure)
  const [host0, page0] = [processCpuMs(hostPid), await rendererBusyMs(cdp)]
  await open()
  const m = await nextMeasure(page, view.measure)
  const [host1, page1] = [processCpuMs(hostPid), await rendererBusyMs(cdp)]
  const call = await lastCall(page, view.method)
  const end = m.start + m.duration
  return { total: m.duration, api: call?.duration ?? NaN, after: call ? end - call.end : NaN, host: host1 - host0, page: page1 - page0 }
}

/** A researcher reads before moving on: let the last view's deferred requests finish. */
const pause = (page) => page.waitForTimeout(1_000)

async function main() {
  ensureBuilt()
  const dir = mkdtempSync(path.join(os.tmpdir(), 'claimbook-compare-ui-bench-'))
  const { largestEvent } = buildWorkspace(dir)
  const host = await startHost(dir)
  const browser = await launchChromium()
  try {
    const page = await (await browser.newContext({ viewport: { width: 1360, height: 860 } })).newPage()
    page.on('pageerror', (e) => console.log(`page error: ${e.message}`))
    const cdp = await page.context().newCDPSession(page)
    await cdp.send('Performance.enable')
    await page.goto(host.url)
    await page.getByRole('navigation').waitFor()
    console.log(`workspace: ${ARTICLES} articles, ~24,000 claims, 2,000 actors, ${OUTLETS.length} outlets`)

    const results = { event: [], outlets: [], network: [] }
    const drawn = []
    const baselines = []
    for (let i = 0; i < RUNS; i++) {
      // The comparison opens on the largest event (the most claims), from a page that asks for nothing.
      await page.getByTestId('nav-export').click()
      await pause(page)
      results.event.push(await time(page, cdp, host.pid, VIEWS.event, () => page.getByTestId('nav-compare').click()))
      if (i === 0) {
        const chosen = await page.getByTestId('compare-event-select').inputValue()
        if (chosen !== largestEvent) throw new Error(`the comparison opened on ${chosen}, not on the largest event ${largestEvent}`)
        const rows = await page.getByTestId('compare-table').getAttribute('data-rows')
        console.log(`largest event: ${await page.getByTestId('compare-claim-total').innerText()}, ${rows} rows`)
      }
      await pause(page)
      results.outlets.push(await time(page, cdp, host.pid, VIEWS.outlets, () => page.getByTestId('compare-tab-outlets').click()))
      await pause(page)
      await takeMeasures(page, NETWORK_DRAWN)
      results.network.push(await time(page, cdp, host.pid, VIEWS.network, () => page.getByTestId('nav-network').click()))
      // (A renderer older than the sketch sets no such measure: NaN.)
      drawn.push((await nextMeasure(page, NETWORK_DRAWN, 20_000).catch(() => null))?.duration ?? NaN)
      await pause(page)
      baselines.push(await pageBaseline(page))
      if (i === 0) console.log(`network: ${await page.getByTestId('network-stats').innerText()}`)
    }

    console.log(`\nload average now: ${os.loadavg().map((l) => l.toFixed(1)).join(' ')} on ${os.cpus().length} cores`)
    const baseline = median(baselines)
    console.log(`baseline (80 kB of JSON parsed and a 400-row table laid out in the page): median ${baseline.toFixed(1)} ms; "× base" below = median ÷ baseline`)
    const ms = (n) => `${n.toFixed(0).padStart(5)} ms`
    for (const [key, view] of Object.entries(VIEWS)) {
      const runs = results[key]
      const rest = runs.slice(1)
      const total = median(rest.map((r) => r.total))
      console.log(
        `${view.label.padEnd(42)} first ${ms(runs[0].total)}   median ${ms(total)} (${(total / baseline).toFixed(1)} × base; API ${ms(median(rest.map((r) => r.api))).trim()}, render after it ${ms(median(rest.map((r) => r.after))).trim()}; CPU: host ${ms(median(rest.map((r) => r.host))).trim()} + page ${ms(median(rest.map((r) => r.page))).trim()})   worst ${ms(Math.max(...rest.map((r) => r.total)))}   goal ≤ ${GOAL_MS} ms: ${total <= GOAL_MS ? 'met' : 'NOT MET'}`,
      )
    }
    const drawnMedian = median(drawn.slice(1))
    console.log(`${'network: … until cytoscape has drawn it'.padEnd(42)} first ${ms(drawn[0])}   median ${ms(drawnMedian)} (${(drawnMedian / baseline).toFixed(1)} × base; no goal of its own: the sketch before it is the first render)`)
  } finally {
    await browser.close()
    await host.stop()
    rmSync(dir, { recursive: true, force: true })
  }
}

await main()
