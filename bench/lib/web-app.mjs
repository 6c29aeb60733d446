// The real renderer for browser benchmarks: built when out/ is missing or
// older than the sources, served by `claimbook serve` on a workspace, driven
// in the system's Chromium (playwright-core, never a downloaded browser).
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']

function newest(dir) {
  let t = 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name)
    t = Math.max(t, entry.isDirectory() ? newest(full) : statSync(full).mtimeMs)
  }
  return t
}

export function ensureBuilt() {
  const index = path.join(ROOT, 'out/renderer/index.html')
  const sources = Math.max(newest(path.join(ROOT, 'src/renderer')), newest(path.join(ROOT, 'src/shared')))
  if (existsSync(index) && statSync(index).mtimeMs >= sources) return
  console.log('Building the renderer (out/ is missing or older than src/)…')
  const r = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'], { cwd: ROOT, stdio: 'inherit' })
  if (r.status !== 0) process.exit(1)
}

/** SIGTERM, then SIGKILL if the host has not exited within 5 s (the timer
 * also keeps this process alive until the host is gone). */
function stopChild(child) {
  return new Promise((done) => {
    if (child.exitCode !== null || child.signalCode !== null) return done()
    const timer = setTimeout(() => child.kill('SIGKILL'), 5_000)
    child.once('exit', () => {
      clearTimeout(timer)
      done()
    })
    child.kill('SIGTERM')
  })
}

/** `claimbook serve` on a workspace; resolves with its URL once it listens. */
export function startHost(dir) {
  const child = spawn(process.execPath, [path.join(ROOT, 'bin/claimbook.mjs'), 'serve', '--workspace', dir, '--port', '0'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] })
  let stderr = ''
  child.stderr.on('data', (c) => (stderr += c))
  return new Promise((resolve, reject) => {
    let out = ''
    child.stdout.on('data', (c) => {
      out += c
      const m = /Claimbook is running at (http:\/\/127\.0\.0\.1:\d+\/#token=\S+)/.exec(out)
      if (m) resolve({ url: m[1], pid: child.pid, stop: () => stopChild(child) })
    })
    child.once('exit', (code) => reject(new Error(`the web host exited (${code}) before it was ready:\n${stderr}`)))
  })
}

export async function launchChromium() {
  if (!existsSync(CHROMIUM)) throw new Error(`No Chromium at ${CHROMIUM}: install Debian’s chromium package or set CHROMIUM_PATH.`)
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS })
}

/** The performance measures named `name` so far ({start, duration}), cleared. */
export async function takeMeasures(page, name) {
  return page.evaluate((n) => {
    const found = performance.getEntriesByName(n, 'measure').map((e) => ({ start: e.startTime, duration: e.duration }))
    performance.clearMeasures(n)
    return found
  }, name)
}

/** Waits for the next measure named `name` and returns it ({start, duration}). */
export async function nextMeasure(page, name, timeout = 60_000) {
  await page.waitForFunction((n) => performance.getEntriesByName(n, 'measure').length > 0, name, { timeout })
  return (await takeMeasures(page, name))[0]
}

/** When the answer of the last call to an API method arrived (page time), and how long the call took. */
export async function lastCall(page, method) {
  return page.evaluate((m) => {
    const calls = performance.getEntriesByType('resource').filter((e) => e.name.endsWith(`/api/${m}`))
    const last = calls[calls.length - 1]
    return last ? { end: last.responseEnd, duration: last.duration } : null
  }, method)
}

export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]

/** CPU time a process has used so far, all its threads (Linux), in ms; NaN elsewhere. */
export function processCpuMs(pid) {
  try {
    let ns = 0
    for (const task of readdirSync(`/proc/${pid}/task`)) ns += Number(readFileSync(`/proc/${pid}/task/${task}/schedstat`, 'utf8').split(' ')[0])
    return ns / 1e6
  } catch {
    return NaN
  }
}

/** The renderer's main-thread busy time so far (Chrome's TaskDuration), in ms. */
export async function rendererBusyMs(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics')
  return (metrics.find((m) => m.name === 'TaskDuration')?.value ?? NaN) * 1000
}

/** A fixed piece of work in the page, timed there (median of `runs`, ms):
 * parse 80 kB of JSON and lay out a 400-row table. The machine is shared
 * and its load moves every figure; a figure divided by this one, measured in
 * the same run, moves much less, so runs on a busy and an idle machine can
 * be compared. */
export async function pageBaseline(page, runs = 5) {
  return page.evaluate((n) => {
    const rows = Array.from({ length: 400 }, (_, i) => ({ id: `row${i}`, name: `Row number ${i}`, counts: [i % 7, i % 11, i % 13], quote: 'the minister said talks would resume next week '.repeat(4) }))
    const json = JSON.stringify(rows)
    const times = []
    for (let r = 0; r < n; r++) {
      const t0 = performance.now()
      const data = JSON.parse(json)
      const table = document.createElement('table')
      for (const row of data) {
        const tr = table.insertRow()
        for (const value of [row.name, ...row.counts, row.quote]) tr.insertCell().textContent = String(value)
      }
      document.body.append(table)
      void table.offsetHeight
      table.remove()
      times.push(performance.now() - t0)
    }
    return times.sort((a, b) => a - b)[Math.floor(n / 2)]
  }, runs)
}
