// The Claim menu of the desktop app: every reader command with its keys,
// built from the same table as the reader's key handler and help
// (shared/reader-commands.ts). A menu item raises the command in the page as
// a DOM event with a fixed command id (the renderer runs only ids it knows):
// no new IPC channel, nothing from the page reaches the main process.
//
// Keys are shown, not registered: the page handles its own keys, so a key
// never runs a command twice, and a bare key ("J", "1") never steals typing
// from a text field. On a Mac only Cmd combinations become key equivalents;
// other keys are named in the label.
import { BrowserWindow, type BaseWindow, type MenuItemConstructorOptions } from 'electron'
import { MENU_COMMAND_EVENT, READER_COMMAND_GROUPS, READER_COMMANDS, type ReaderCommandDef } from '../../shared/reader-commands'

/** The script a menu item runs in the page: one CustomEvent, its id a
 * constant from the table, serialised with JSON. */
export function commandScript(id: string): string {
  return `window.dispatchEvent(new CustomEvent(${JSON.stringify(MENU_COMMAND_EVENT)}, { detail: ${JSON.stringify(id)} }))`
}

function run(window: BaseWindow | undefined, id: string): void {
  const target = window instanceof BrowserWindow ? window : BrowserWindow.getFocusedWindow()
  void target?.webContents.executeJavaScript(commandScript(id)).catch(() => undefined)
}

/** Electron's form of a shown key ("Alt+↓" → "Alt+Down", "J" → "J"). */
function accelerator(command: ReaderCommandDef): string | undefined {
  const key = command.keys[0]
  if (command.accelerator) return command.accelerator
  if (!key || key === 'Esc' || key === '?') return key === 'Esc' ? 'Escape' : undefined
  return key.replace('↓', 'Down').replace('↑', 'Up').replace(/^Ctrl\+/, 'CmdOrCtrl+')
}

export function menuItemOf(command: ReaderCommandDef, isMac: boolean): MenuItemConstructorOptions {
  const key = accelerator(command)
  const macEquivalent = isMac && !!key && key.startsWith('CmdOrCtrl+')
  const shownInLabel = isMac && command.keys.length > 0 && !macEquivalent
  return {
    label: shownInLabel ? `${command.label}    ${command.keys.join(' / ')}` : command.label,
    ...(key && (!isMac || macEquivalent) ? { accelerator: key, registerAccelerator: false } : {}),
    click: (_item, window) => run(window, command.id),
  }
}

export function claimMenu(isMac: boolean): MenuItemConstructorOptions {
  const submenu: MenuItemConstructorOptions[] = []
  for (const group of READER_COMMAND_GROUPS) {
    const items = READER_COMMANDS.filter((c) => c.menu && c.group === group)
    if (items.length === 0) continue
    if (submenu.length > 0) submenu.push({ type: 'separator' })
    submenu.push(...items.map((c) => menuItemOf(c, isMac)))
  }
  return { label: 'Claim', submenu }
}
