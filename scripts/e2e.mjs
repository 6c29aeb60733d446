// End-to-end runner: the real renderer in Debian's Chromium against the web
// host, each test in its own temporary workspace. No test runner package is
// needed (and none may download a browser): playwright-core drives the
// system Chromium. Every page is guarded: any dialog, any console error, any
// uncaught exception and any request that leaves the host fails the test.
//
// A test is a file tests/e2e/*.e2e.mjs exporting `name` and
// `async function run(ctx)`; see the ctx object below.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { chromium } from 'playwright-core'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const CHROMIUM = process.env.CHROMIUM_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p))
const only = process.argv[2]

if (!CHROMIUM) {
  console.error('No Chromium found for the end-to-end tests. Install Debian’s package: `sudo apt-get install chromium` (or set CHROMIUM_PATH).')
  process.exit(1)
}
if (!existsSync(path.join(ROOT, 'out/renderer/index.html'))) {
  console.log('Building the app for the end-to-end tests…')
  const build = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'], { cwd: ROOT, stdio: 'inherit' })
  if (build.status !== 0) process.exit(1)
}

/** Starts `claimbook serve` on a workspace and waits for the URL it prints. */
function startHost(workspaceDir) {
  const child = spawn(process.execPath, [path.join(ROOT, 'bin/claimbook.mjs'), 'serve', '--workspace', workspaceDir, '--port', '0'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] })
  let stderr = ''
  child.stderr.on('data', (c) => (stderr += c))
  return new Promise((resolve, reject) => {
    let stdout = ''
    child.stdout.on('data', (c) => {
      stdout += c
      const match = /Claimbook is running at (http:\/\/127\.0\.0\.1:(\d+)\/#token=\S+)/.exec(stdout)
      if (match) {
        const origin = `http://127.0.0.1:${match[2]}`
        resolve({
          url: match[1],
          origin,
          workspaceDir,
          stop: () =>
            new Promise((done) => {
              if (child.exitCode !== null) return done()
              child.once('exit', () => done())
              child.kill('SIGTERM')
            }),
        })
      }
    })
    child.once('exit', (code) => reject(new Error(`the web host exited (${code}) before it was ready:\n${stderr}`)))
  })
}

async function runTest(browser, file) {
  const mod = await import(pathToFileURL(file).href)
  const workspaceDir = mkdtempSync(path.join(os.tmpdir(), 'claimbook-e2e-'))
  const downloadsDir = mkdtempSync(path.join(os.tmpdir(), 'claimbook-dl-'))
  const problems = []
  const hosts = []
  const contexts = []
  const ctx = {
    root: ROOT,
    corpus: path.resolve(ROOT, '../shared/corpus'),
    screenshots: path.join(ROOT, 'docs/screenshots'),
    workspaceDir,
    downloadsDir,
    problems,
    /** Starts (or restarts) the web host on this test's workspace. */
    async startHost() {
      const host = await startHost(workspaceDir)
      hosts.push(host)
      return host
    },
    /** A fresh page on a host, guarded against dialogs, errors and any
     * request that leaves the host. */
    async openPage(host, options = {}) {
      const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1360, height: 860 }, colorScheme: options.colorScheme ?? 'light' })
      contexts.push(context)
      const page = await context.newPage()
      page.on('dialog', (d) => {
        problems.push(`unexpected dialog: ${d.type()} “${d.message()}”`)
        void d.dismiss()
      })
      page.on('console', (m) => {
        if (m.type() === 'error') problems.push(`console error: ${m.text()}`)
      })
      page.on('pageerror', (e) => problems.push(`uncaught exception: ${e.message}`))
      page.on('request', (r) => {
        const url = r.url()
        if (!url.startsWith(host.origin + '/') && !url.startsWith('blob:') && !url.startsWith('data:')) problems.push(`request left the host: ${url}`)
      })
      await page.goto(host.url)
      return page
    },
  }
  mkdirSync(ctx.screenshots, { recursive: true })
  try {
    await mod.run(ctx)
    if (problems.length) throw new Error(problems.join('\n'))
  } finally {
    for (const c of contexts) await c.close().catch(() => {})
    for (const h of hosts) await h.stop()
    rmSync(workspaceDir, { recursive: true, force: true })
    rmSync(downloadsDir, { recursive: true, force: true })
  }
  return mod.name ?? path.basename(file)
}

const files = readdirSync(path.join(ROOT, 'tests/e2e'))
  .filter((f) => f.endsWith('.e2e.mjs') && (!only || f.includes(only)))
  .sort()
  .map((f) => path.join(ROOT, 'tests/e2e', f))

const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
})
let passed = 0
let failed = 0
for (const file of files) {
  const started = Date.now()
  try {
    const name = await runTest(browser, file)
    passed++
    console.log(`✓ ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`)
  } catch (err) {
    failed++
    console.log(`✗ ${path.basename(file)}\n${err?.stack ?? err}`)
  }
}
await browser.close()
if (files.length === 0) console.log('no end-to-end tests found')
console.log(`e2e: ${passed} passed, ${failed} failed`)
process.exit(failed || files.length === 0 ? 1 : 0)
