// Electron's security checklist, read back from the configuration the app
// runs with: the modules under test are the real ones (security.ts, ipc.ts,
// app-files.ts); only the `electron` module itself is replaced by a recorder,
// since no Electron binary can run here.
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { REPO, openTemp, tempDir } from '../helpers'

type Listener = (...args: unknown[]) => unknown
const electron = vi.hoisted(() => {
  const state = {
    isPackaged: true,
    ipcHandlers: new Map<string, (...args: unknown[]) => unknown>(),
    session: {
      permissionRequest: undefined as undefined | ((...args: unknown[]) => void),
      permissionCheck: undefined as undefined | ((...args: unknown[]) => boolean),
      devicePermission: undefined as undefined | ((...args: unknown[]) => boolean),
      beforeRequest: undefined as undefined | ((details: { url: string }, cb: (r: { cancel: boolean }) => void) => void),
      listeners: new Map<string, (...args: unknown[]) => unknown>(),
    },
  }
  return state
})

vi.mock('electron', () => ({
  app: {
    get isPackaged() {
      return electron.isPackaged
    },
  },
  ipcMain: { handle: (channel: string, fn: (...args: unknown[]) => unknown) => electron.ipcHandlers.set(channel, fn) },
  session: {
    defaultSession: {
      setPermissionRequestHandler: (fn: (...args: unknown[]) => void) => (electron.session.permissionRequest = fn),
      setPermissionCheckHandler: (fn: (...args: unknown[]) => boolean) => (electron.session.permissionCheck = fn),
      setDevicePermissionHandler: (fn: (...args: unknown[]) => boolean) => (electron.session.devicePermission = fn),
      on: (name: string, fn: (...args: unknown[]) => unknown) => electron.session.listeners.set(name, fn),
      webRequest: { onBeforeRequest: (fn: typeof electron.session.beforeRequest) => (electron.session.beforeRequest = fn) },
    },
  },
}))

const { APP_ORIGIN, WEB_PREFERENCES, hardenSession, hardenWebContents, isAppUrl } = await import('../../../src/main/desktop/security')
const { registerIpc } = await import('../../../src/main/desktop/ipc')
const { CONTENT_SECURITY_POLICY, SECURITY_HEADERS, readAppFile, resolveAppFile } = await import('../../../src/main/services/app-files')
const { IPC_CHANNEL } = await import('../../../src/shared/contract')

/** A WebContents that records what the app registers on it. */
function fakeContents() {
  const listeners = new Map<string, Listener>()
  let openHandler: Listener | undefined
  const contents = {
    on: (name: string, fn: Listener) => listeners.set(name, fn),
    setWindowOpenHandler: (fn: Listener) => (openHandler = fn),
  }
  return { contents, listeners, open: (url: string) => openHandler!({ url, frameName: '', features: '', disposition: 'new-window' }) }
}

const HOSTILE_URLS = ['https://evil.example/', 'http://127.0.0.1:8080/', 'file:///etc/passwd', 'javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'app://claimbook.evil/', 'app://evil/index.html', 'chrome://settings', 'ws://evil.example']

beforeEach(() => {
  electron.isPackaged = true
  delete process.env.ELECTRON_RENDERER_URL
})

describe('Electron security checklist', () => {
  it('runs the renderer isolated, sandboxed, without Node, with web security, without <webview>', () => {
    expect(WEB_PREFERENCES).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
    })
    // The window is built from exactly these preferences (plus the preload).
    const main = readFileSync(path.join(REPO, 'src/main/index.ts'), 'utf8')
    expect(main).toMatch(/webPreferences: \{ \.\.\.WEB_PREFERENCES, preload: [^}]*\}/)
    expect(main).toMatch(/hardenWebContents\(window\.webContents\)/)
    expect(main).toMatch(/hardenSession\(\)/)
  })

  it('knows its own origin and nothing else, and trusts the dev server only in an unpackaged app', () => {
    expect(isAppUrl(`${APP_ORIGIN}/index.html`)).toBe(true)
    for (const url of HOSTILE_URLS) expect(isAppUrl(url), url).toBe(false)
    process.env.ELECTRON_RENDERER_URL = 'http://localhost:5173'
    expect(isAppUrl('http://localhost:5173/')).toBe(false) // packaged
    electron.isPackaged = false
    expect(isAppUrl('http://localhost:5173/')).toBe(true)
    expect(isAppUrl('http://localhost:5174/')).toBe(false)
  })

  it('denies navigation and redirects to other origins (window and frames), every new window and every <webview>', () => {
    const { contents, listeners, open } = fakeContents()
    hardenWebContents(contents as never)
    for (const url of HOSTILE_URLS) {
      for (const name of ['will-navigate', 'will-redirect']) {
        const event = { preventDefault: vi.fn() }
        listeners.get(name)!(event, url)
        expect(event.preventDefault, `${name} ${url}`).toHaveBeenCalled()
      }
      const frameEvent = { url, preventDefault: vi.fn() }
      listeners.get('will-frame-navigate')!(frameEvent)
      expect(frameEvent.preventDefault, `will-frame-navigate ${url}`).toHaveBeenCalled()
      expect(open(url)).toEqual({ action: 'deny' })
    }
    // Its own pages may load (a reload), but never in a new window.
    const own = { preventDefault: vi.fn() }
    listeners.get('will-navigate')!(own, `${APP_ORIGIN}/index.html`)
    expect(own.preventDefault).not.toHaveBeenCalled()
    expect(open(`${APP_ORIGIN}/index.html`)).toEqual({ action: 'deny' })
    const webview = { preventDefault: vi.fn() }
    listeners.get('will-attach-webview')!(webview, {}, {})
    expect(webview.preventDefault).toHaveBeenCalled()
  })

  it('denies every permission request and check, and every download a page starts', () => {
    hardenSession()
    const permissions = ['media', 'geolocation', 'notifications', 'midi', 'midiSysex', 'pointerLock', 'fullscreen', 'openExternal', 'clipboard-read', 'clipboard-sanitized-write', 'display-capture', 'idle-detection', 'storage-access', 'unknown']
    for (const permission of permissions) {
      const callback = vi.fn()
      electron.session.permissionRequest!({}, permission, callback, {})
      expect(callback, permission).toHaveBeenCalledWith(false)
      expect(electron.session.permissionCheck!({}, permission, APP_ORIGIN, {}), permission).toBe(false)
    }
    expect(electron.session.devicePermission!({ deviceType: 'usb', origin: APP_ORIGIN })).toBe(false)
    const download = { preventDefault: vi.fn() }
    electron.session.listeners.get('will-download')!(download, {}, {})
    expect(download.preventDefault).toHaveBeenCalled()
  })

  it('cancels every request that is not the app itself (nothing is sent anywhere)', () => {
    hardenSession()
    const decide = (url: string) => {
      let cancel: boolean | undefined
      electron.session.beforeRequest!({ url }, (r) => (cancel = r.cancel))
      return cancel
    }
    // data: and blob: never leave the machine (the CSP decides where they may
    // be used); everything else that is not app:// is cancelled.
    for (const url of [...HOSTILE_URLS.filter((u) => !u.startsWith('data:')), 'https://fonts.googleapis.com/css?family=x', 'http://localhost:5173/', 'ftp://example.com/', 'wss://example.com/socket']) {
      expect(decide(url), url).toBe(true)
    }
    for (const url of [`${APP_ORIGIN}/index.html`, `${APP_ORIGIN}/assets/index.js`, 'devtools://devtools/bundled/inspector.html', 'blob:app://claimbook/1234', 'data:image/png;base64,AAAA']) {
      expect(decide(url), url).toBe(false)
    }
  })

  it('answers an IPC call only from the app’s own top frame, and validates its input', async () => {
    const { handlers } = await openTemp()
    registerIpc(() => handlers)
    const handle = electron.ipcHandlers.get(IPC_CHANNEL)!
    const top = { url: `${APP_ORIGIN}/index.html`, parent: null }
    const forbidden = { ok: false, error: { code: 'forbidden', message: 'This caller may not use the Claimbook API.' } }
    for (const senderFrame of [null, undefined, { url: 'https://evil.example/', parent: null }, { url: `${APP_ORIGIN}/index.html`, parent: top }, { url: 'file:///tmp/x.html', parent: null }, { url: 'about:blank', parent: null }]) {
      expect(await handle({ senderFrame }, 'workspace.info', {}), JSON.stringify(senderFrame)).toEqual(forbidden)
    }
    expect(await handle({ senderFrame: top }, 'workspace.info', {})).toMatchObject({ ok: true, value: { articles: 0 } })
    expect(await handle({ senderFrame: top }, 'articles.get', { id: '../../etc/passwd' })).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
    expect(await handle({ senderFrame: top }, 'constructor', {})).toMatchObject({ ok: false, error: { code: 'unknown-method' } })
  })

  it('serves a strict Content Security Policy: nothing remote, no eval, no inline script, no plugins, no frames', () => {
    const directives = Object.fromEntries(CONTENT_SECURITY_POLICY.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name, values]))
    expect(directives['default-src']).toEqual(["'self'"])
    expect(directives['script-src']).toEqual(["'self'"])
    expect(directives['connect-src']).toEqual(["'self'"])
    expect(directives['object-src']).toEqual(["'none'"])
    expect(directives['frame-src']).toEqual(["'none'"])
    expect(directives['base-uri']).toEqual(["'none'"])
    expect(directives['form-action']).toEqual(["'none'"])
    expect(directives['frame-ancestors']).toEqual(["'none'"])
    // Styles may be inline (the editor sets a claim's colours in a style
    // attribute), but nothing anywhere may come from another host or run eval.
    for (const [name, values] of Object.entries(directives)) {
      for (const value of values) {
        expect(value, name).not.toMatch(/unsafe-eval|wasm-unsafe-eval|unsafe-hashes|strict-dynamic|^\*|^https?:|^wss?:|^ftp:|^\w+\.\w+/)
        if (name !== 'style-src') expect(value, name).not.toBe("'unsafe-inline'")
      }
    }
    expect(SECURITY_HEADERS['content-security-policy']).toBe(CONTENT_SECURITY_POLICY)
    expect(SECURITY_HEADERS).toMatchObject({ 'x-content-type-options': 'nosniff', 'referrer-policy': 'no-referrer', 'x-frame-options': 'DENY' })
    // Both servers of the app send these headers with every file.
    expect(readFileSync(path.join(REPO, 'src/main/index.ts'), 'utf8')).toMatch(/headers: \{ \.\.\.SECURITY_HEADERS/)
    expect(readFileSync(path.join(REPO, 'src/main/web-host/server.ts'), 'utf8')).toMatch(/\.\.\.SECURITY_HEADERS/)
  })

  it('serves app files only from inside the app folder, even through a link', async () => {
    const root = tempDir()
    const app = path.join(root, 'renderer')
    mkdirSync(path.join(app, 'assets'), { recursive: true })
    writeFileSync(path.join(app, 'index.html'), '<!doctype html>')
    writeFileSync(path.join(root, 'secret.txt'), 'secret')
    symlinkSync(path.join(root, 'secret.txt'), path.join(app, 'assets', 'link.txt'))
    expect((await readAppFile(app, '/')).status).toBe(200)
    for (const p of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/..\\secret.txt', '/%5c..%5csecret.txt', '/%00', '/%E0%A4%A', '/assets/link.txt', `/${'../'.repeat(20)}etc/passwd`]) {
      const file = await readAppFile(app, p)
      expect(file.status, p).toBeGreaterThanOrEqual(400)
      expect(file.body.toString(), p).not.toContain('secret')
    }
    expect(resolveAppFile(app, '/../secret.txt')).toBeNull()
  })

  it('never calls shell.openExternal (or turns a safety setting off) anywhere in the source', () => {
    const offenders: string[] = []
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const full = path.join(dir, name)
        if (statSync(full).isDirectory()) walk(full)
        else if (/\.(ts|tsx|js|mjs|cjs)$/.test(name)) {
          const text = readFileSync(full, 'utf8')
          for (const pattern of [/openExternal/, /openPath\(/, /contextIsolation:\s*false/, /sandbox:\s*false/, /nodeIntegration\w*:\s*true/, /webSecurity:\s*false/, /webviewTag:\s*true/, /allowRunningInsecureContent:\s*true/, /\bnew Function\(/, /\beval\(/]) {
            if (pattern.test(text)) offenders.push(`${path.relative(REPO, full)}: ${pattern}`)
          }
        }
      }
    }
    for (const dir of ['src', 'bin']) if (existsSync(path.join(REPO, dir))) walk(path.join(REPO, dir))
    expect(offenders).toEqual([])
  })
})
