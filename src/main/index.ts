// The desktop app: one window on one workspace. Domain logic lives in
// ./services (no Electron there); this file wires it to windows, menus,
// dialogs and IPC.
import { app, BrowserWindow, dialog, Menu, protocol } from 'electron'
import { promises as fs } from 'node:fs'
import path from 'node:path'
import { createHandlers, type Handlers } from './services/api'
import { readAppFile, SECURITY_HEADERS } from './services/app-files'
import { defaultWorkspaceDir, userDataDir } from './services/paths'
import { WorkspaceStore, type OpenOptions } from './services/store/workspace-store'
import { startBackupSchedule, type BackupSchedule } from './services/backups'
import { registerIpc } from './desktop/ipc'
import { buildMenu } from './desktop/menu'
import { guardUnsavedEdits } from './desktop/unsaved-guard'
import { desktopExportPlatform } from './desktop/export-desktop'
import { APP_ORIGIN, hardenSession, hardenWebContents, WEB_PREFERENCES } from './desktop/security'

app.setName('Claimbook')
protocol.registerSchemesAsPrivileged([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }])

const RENDERER_DIR = path.join(__dirname, '../renderer')
const SETTINGS_FILE = () => path.join(userDataDir(), 'settings.json')

let window: BrowserWindow | null = null
let handlers: Handlers
let current: { store: WorkspaceStore; backups: BackupSchedule } | null = null

/** Stops the backup schedule and lets go of the workspace (its lock) once
 * every pending save is on disk. */
async function closeWorkspace(): Promise<void> {
  const open = current
  current = null
  open?.backups.stop()
  await open?.store.close()
}

async function readSettings(): Promise<{ lastWorkspace?: string }> {
  try {
    return JSON.parse(await fs.readFile(SETTINGS_FILE(), 'utf8'))
  } catch {
    return {}
  }
}

async function openWorkspace(dir: string, options: OpenOptions = {}): Promise<void> {
  const store = await WorkspaceStore.open(dir, options)
  await closeWorkspace()
  current = { store, backups: startBackupSchedule(store, (err) => console.error(`backup failed: ${err.message}`)) }
  handlers = createHandlers(store, {
    // PDF through Electron's printToPDF; exports saved whole after a save dialog.
    ...desktopExportPlatform(() => window),
    saveFile: async (fileName, content, encoding) => {
      const result = await dialog.showSaveDialog(window!, { defaultPath: fileName })
      if (result.canceled || !result.filePath) return { saved: false }
      // Images (PNG) arrive base64-encoded: write their bytes, not the text.
      await fs.writeFile(result.filePath, encoding === 'base64' ? Buffer.from(content, 'base64') : content, encoding === 'base64' ? undefined : 'utf8')
      return { saved: true }
    },
    // The renderer never names paths itself: the user picks them here.
    pickImportPaths: async (what) => {
      const result = await dialog.showOpenDialog(window!, {
        title: what === 'folder' ? 'Import a folder of articles' : 'Import articles',
        properties: what === 'folder' ? ['openDirectory'] : ['openFile', 'multiSelections'],
      })
      return result.canceled ? [] : result.filePaths
    },
  })
  await fs.mkdir(userDataDir(), { recursive: true })
  await fs.writeFile(SETTINGS_FILE(), JSON.stringify({ lastWorkspace: store.dir }, null, 1))
  window?.setTitle(`Claimbook — ${path.basename(store.dir)}`)
}

async function chooseWorkspace(create: boolean): Promise<void> {
  if (!window) return
  const result = await dialog.showOpenDialog(window, {
    title: create ? 'New workspace: choose an empty folder' : 'Open workspace',
    properties: ['openDirectory', 'createDirectory'],
  })
  if (result.canceled || !result.filePaths[0]) return
  try {
    await openWorkspace(result.filePaths[0])
    window.webContents.reload()
  } catch (err) {
    dialog.showErrorBox('Cannot open this workspace', (err as Error).message)
  }
}

function createWindow(): void {
  window = new BrowserWindow({ width: 1360, height: 880, minWidth: 900, minHeight: 600, show: false, title: 'Claimbook', webPreferences: { ...WEB_PREFERENCES, preload: path.join(__dirname, '../preload/index.cjs') } })
  hardenWebContents(window.webContents)
  guardUnsavedEdits(window)
  window.once('ready-to-show', () => window?.show())
  const dev = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined
  void window.loadURL(dev ?? `${APP_ORIGIN}/index.html`)
}

app.whenReady().then(async () => {
  hardenSession()
  protocol.handle('app', async (request) => {
    const file = await readAppFile(RENDERER_DIR, new URL(request.url).pathname)
    return new Response(new Uint8Array(file.body), { status: file.status, headers: { ...SECURITY_HEADERS, 'content-type': file.type } })
  })
  const settings = await readSettings()
  try {
    // The last workspace must still be there: if its folder was moved or
    // deleted, say so rather than silently start an empty one in its place.
    await openWorkspace(settings.lastWorkspace ?? defaultWorkspaceDir(), { create: !settings.lastWorkspace })
  } catch (err) {
    dialog.showErrorBox('Cannot open the last workspace', `${(err as Error).message}\n\nClaimbook opens the default workspace instead.`)
    await openWorkspace(defaultWorkspaceDir())
  }
  registerIpc(() => handlers)
  Menu.setApplicationMenu(buildMenu({ newWorkspace: () => void chooseWorkspace(true), openWorkspace: () => void chooseWorkspace(false) }))
  createWindow()
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow()
  })
})

let quitting = false
app.on('will-quit', (event) => {
  if (quitting) return
  quitting = true
  event.preventDefault()
  void closeWorkspace().finally(() => app.quit())
})

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit()
})
