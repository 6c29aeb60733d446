// Electron's security checklist, in one place so a test can read it back
// from the running configuration.
import { app, session, type WebContents, type WebPreferences } from 'electron'

export const APP_ORIGIN = 'app://claimbook'

export const WEB_PREFERENCES: WebPreferences = {
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
  spellcheck: false,
}

/** The renderer's own origin: the app:// protocol, or the dev server while
 * developing with `npm run dev`. */
export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url)
    if (parsed.origin === APP_ORIGIN || url.startsWith(`${APP_ORIGIN}/`)) return true
    const dev = process.env.ELECTRON_RENDERER_URL
    return !app.isPackaged && !!dev && parsed.origin === new URL(dev).origin
  } catch {
    return false
  }
}

export function hardenWebContents(contents: WebContents): void {
  // No navigation away from the app (of the window or of any frame), no new
  // windows, no <webview>.
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault()
  })
  contents.on('will-frame-navigate', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault()
  })
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault()
  })
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.setWindowOpenHandler(() => ({ action: 'deny' }))
}

export function hardenSession(): void {
  const ses = session.defaultSession
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  ses.setPermissionCheckHandler(() => false)
  ses.setDevicePermissionHandler(() => false)
  // Files are saved by the main process after a save dialog (file.save);
  // nothing in a page may start a download of its own.
  ses.on('will-download', (event) => event.preventDefault())
  // Nothing leaves the machine: every request that is not the app itself
  // (or the dev server) is cancelled.
  ses.webRequest.onBeforeRequest((details, callback) => {
    const ok = isAppUrl(details.url) || details.url.startsWith('devtools://') || details.url.startsWith('blob:') || details.url.startsWith('data:')
    callback({ cancel: !ok })
  })
}
