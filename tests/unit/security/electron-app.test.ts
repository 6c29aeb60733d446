// The same checklist in the real desktop app, where an Electron binary is
// installed (ELECTRON_PATH, or node_modules/electron/dist after
// `npx install-electron`). Skipped, and says so, where there is none: the
// Electron binary cannot be downloaded on every machine (not on this one).
import { existsSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { REPO, tempDir } from '../helpers'

const candidates = [process.env.ELECTRON_PATH, path.join(REPO, 'node_modules/electron/dist', process.platform === 'darwin' ? 'Electron.app/Contents/MacOS/Electron' : process.platform === 'win32' ? 'electron.exe' : 'electron')]
const ELECTRON = candidates.find((p): p is string => !!p && existsSync(p))
const BUILT = existsSync(path.join(REPO, 'out/main/index.js'))
const why = !ELECTRON ? 'no Electron binary (set ELECTRON_PATH or run `npx install-electron`)' : !BUILT ? 'the app is not built (`npm run build`)' : ''

if (why) console.log(`[electron-app] skipped: ${why}; the checklist is proved from the configuration in electron-config.test.ts.`)

describe.skipIf(!!why)(`the running desktop app${why ? ` (skipped: ${why})` : ''}`, () => {
  it('runs the window isolated and sandboxed, without Node, refusing navigation, new windows and the network', async () => {
    const { _electron } = await import('playwright-core')
    const home = tempDir()
    const app = await _electron.launch({ executablePath: ELECTRON!, args: [path.join(REPO, 'out/main/index.js')], env: { ...process.env, HOME: home, XDG_CONFIG_HOME: home } })
    try {
      const page = await app.firstWindow()
      await page.waitForLoadState('domcontentloaded')
      // No Node in the page, only the one API object the preload exposes.
      expect(await page.evaluate(() => [typeof (globalThis as { require?: unknown }).require, typeof (globalThis as { process?: unknown }).process])).toEqual(['undefined', 'undefined'])
      expect(await page.evaluate(() => window.open('https://example.com') === null)).toBe(true)
      expect(await page.evaluate(() => fetch('https://example.com').then(() => 'sent', () => 'blocked'))).toBe('blocked')
      await page.evaluate(() => (location.href = 'https://example.com'))
      await page.waitForTimeout(500)
      expect(page.url()).toMatch(/^app:\/\/claimbook\//)
      expect(await page.evaluate(() => typeof (window as unknown as { claimbook?: unknown }).claimbook)).toBe('object')
    } finally {
      await app.close()
    }
  })
})
